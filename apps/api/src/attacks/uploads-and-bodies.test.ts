import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ErrorResponseSchema, EvidenceUploadSchema } from '@partrack/contracts';
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { authHeaders } from '../testing/auth';
import { openDirectiveOf } from '../testing/directives';
import { type TestContext, testConfig, useTestApp } from '../testing/test-app';

/**
 * Hostile uploads and bodies (OWASP API4:2023 unrestricted resource consumption, ASVS 5.0 V5 file
 * handling): traversal in file names, oversized JSON and files, too many parts. Files live under the
 * storage directory by a generated key; the name a client sends is only a label.
 */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const BOUNDARY = 'partrack-attack';

/** A multipart body with the file names exactly as given (raw bytes in the header). */
function multipart(
  parts: { field?: string; name: string; content?: Buffer }[],
): Pick<InjectOptions, 'headers' | 'payload'> {
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    payload: Buffer.concat([
      ...parts.flatMap(({ field = 'files', name, content = PDF }) => [
        Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="`),
        Buffer.from(name, 'utf8'),
        Buffer.from('"\r\nContent-Type: application/pdf\r\n\r\n'),
        content,
        Buffer.from('\r\n'),
      ]),
      Buffer.from(`--${BOUNDARY}--\r\n`),
    ]),
  };
}

/** Every file under a directory, as absolute paths. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(dir, entry))
    .filter((path) => statSync(path).isFile());
}

/** When the file at the path last changed, or null when there is none (or the name cannot be a path). */
function mtimeOf(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

async function uploadEvidence(ctx: TestContext, body: Pick<InjectOptions, 'headers' | 'payload'>) {
  const directiveId = (await openDirectiveOf(ctx, 'kienan')).id;
  const headers = { ...body.headers, ...(await authHeaders(ctx, 'kienan')) };
  return ctx.app.inject({ method: 'POST', url: `/api/v1/directives/${directiveId}/evidence`, ...body, headers });
}

const context = useTestApp({ demoData: true });

describe('file names in evidence uploads', () => {
  const hostile = [
    '../../etc/passwd',
    '..\\..\\windows\\win.ini',
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/etc/passwd',
    'C:\\Windows\\system.ini',
    'bao-cao\u0000.pdf',
    'dong\r\nmoi.pdf',
    `${'a'.repeat(5000)}.pdf`,
    '..',
  ];

  it.each(hostile)('stores %j under the storage directory only, with a harmless name', async (name) => {
    const ctx = context();
    const root = resolve(ctx.app.config.filesDir);
    const before = new Set(filesUnder(root));
    const targetBefore = mtimeOf(resolve(root, name));
    const response = await uploadEvidence(ctx, multipart([{ name }]));
    expect(response.statusCode, response.body.slice(0, 300)).toBe(201);
    const [file] = EvidenceUploadSchema.parse(response.json()).files;
    const stored = file?.fileName ?? '';
    expect(stored).not.toMatch(/[/\\\p{Cc}]/u);
    expect(stored).not.toBe('..');
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length).toBeLessThanOrEqual(255);
    const added = filesUnder(root).filter((path) => !before.has(path));
    expect(added).toHaveLength(1);
    expect(added[0]?.startsWith(`${root}/`)).toBe(true);
    // Nothing was written where the name points, inside or outside the storage directory.
    expect(mtimeOf(resolve(root, name))).toBe(targetBefore);
  });

  it.each([
    '/api/v1/directives/..%2f..%2f..%2fetc%2fpasswd/evidence/x',
    '/api/v1/directives/%2e%2e/evidence/%2e%2e%2fpasswd',
    '/api/v1/directives/00000000-0000-4000-8000-000000000000/evidence/..%5c..%5cwin.ini',
  ])('answers a download URL with traversal (%s) with 400 or 404 in the error shape', async (url) => {
    const response = await context().app.inject({ method: 'GET', url, headers: await authHeaders(context(), 'admin') });
    expect([400, 404]).toContain(response.statusCode);
    expect(ErrorResponseSchema.parse(response.json()).requestId).toBeTruthy();
    expect(response.body).not.toContain('root:');
  });
});

describe('oversized bodies', () => {
  it('answers JSON bigger than the body limit with 413 in the error shape, storing nothing', async () => {
    const ctx = context();
    const headers = await authHeaders(ctx, 'admin');
    const count = async () =>
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/inspections?pageSize=1', headers })).json().total;
    const before = await count();
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/inspections',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify({
        unitId: '00000000-0000-4000-8000-000000000000',
        kind: 'visit',
        date: '2024-01-01',
        topic: 'x'.repeat(ctx.app.config.bodyLimitBytes + 1),
      }),
    });
    expect(response.statusCode).toBe(413);
    expect(ErrorResponseSchema.parse(response.json()).code).toBe('PAYLOAD_TOO_LARGE');
    expect(await count()).toBe(before);
  });

  it('answers more files than one upload may carry with 413, storing nothing', async () => {
    const ctx = context();
    const before = filesUnder(ctx.app.config.filesDir).length;
    const response = await uploadEvidence(
      ctx,
      multipart(Array.from({ length: 11 }, (_, index) => ({ name: `tep-${index}.pdf` }))),
    );
    expect(response.statusCode, response.body.slice(0, 300)).toBe(413);
    expect(ErrorResponseSchema.parse(response.json()).code).toBe('PAYLOAD_TOO_LARGE');
    expect(filesUnder(ctx.app.config.filesDir)).toHaveLength(before);
  });

  it('answers a form field where only files are taken with 413, storing nothing', async () => {
    const ctx = context();
    const before = filesUnder(ctx.app.config.filesDir).length;
    const body = multipart([{ name: 'a.pdf' }]);
    const response = await uploadEvidence(ctx, {
      ...body,
      payload: Buffer.concat([
        Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="uploadedBy"\r\n\r\nadmin\r\n`),
        body.payload as Buffer,
      ]),
    });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(413);
    expect(ErrorResponseSchema.parse(response.json()).code).toBe('PAYLOAD_TOO_LARGE');
    expect(filesUnder(ctx.app.config.filesDir)).toHaveLength(before);
  });
});

describe('upload size limit', () => {
  const small = useTestApp({ demoData: true, config: { uploadLimitBytes: 1024, filesDir: testConfig().filesDir } });

  it('answers a statistics import over the file limit with 413 in the error shape', async () => {
    const ctx = small();
    // Every row valid and different: a file cut at the limit would still import its first rows.
    const rows = Array.from({ length: 26 }, (_, index) => `Quận Kiến An,${2000 + index},10,${'ghi chú '.repeat(5)}`);
    const csv = Buffer.from(`Đơn vị,Năm,Tiếp nhận,Ghi chú\r\n${rows.join('\r\n')}\r\n`);
    expect(csv.length).toBeGreaterThan(1024);
    const file = multipart([{ field: 'file', name: 'lon.csv', content: csv }]);
    const mapping = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="mapping"\r\n\r\n${JSON.stringify({ unit: 0, year: 1, received: 2 })}\r\n`;
    const body = { ...file, payload: Buffer.concat([Buffer.from(mapping), file.payload as Buffer]) };
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/imports/dossier-stats',
      ...body,
      headers: { ...body.headers, ...(await authHeaders(ctx, 'admin')) },
    });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(413);
    expect(ErrorResponseSchema.parse(response.json()).code).toBe('PAYLOAD_TOO_LARGE');
  });
});
