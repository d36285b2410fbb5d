import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';

export type StoredFile = { key: string; sizeBytes: number; sha256: string };

/** Where evidence files live. Local disk by default; an object store can implement the same calls. */
export type FileStorage = {
  save(content: Buffer): Promise<StoredFile>;
  /** Writes a file under a key it had before: a restore from a backup. */
  put(key: string, content: Buffer): Promise<void>;
  open(key: string): Readable;
  remove(key: string): Promise<void>;
};

/** Files under `root/<yyyy-mm>/<uuid>`, written to a temporary name first so a crash leaves no half file. */
export function createLocalFileStorage(root: string): FileStorage {
  const pathOf = (key: string) => {
    if (!/^\d{4}-\d{2}\/[0-9a-f-]{36}$/.test(key)) throw new Error(`Not a storage key: ${key}`);
    return join(root, key);
  };
  const put = async (key: string, content: Buffer) => {
    const path = pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(`${path}.part`, content, { flag: 'wx' });
    await rename(`${path}.part`, path);
  };
  return {
    async save(content) {
      const key = `${new Date().toISOString().slice(0, 7)}/${randomUUID()}`;
      await put(key, content);
      return { key, sizeBytes: content.length, sha256: createHash('sha256').update(content).digest('hex') };
    },
    put,
    open: (key) => createReadStream(pathOf(key)),
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
