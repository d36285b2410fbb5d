import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { FileStorage } from '../lib/file-storage';
import { createAuditEventsRepository } from '../modules/audit-events/audit-events.repository';
import { createAuditEventsService } from '../modules/audit-events/audit-events.service';
import { type Database, type Db, executeRows, readSnapshot } from './database';
import { countAppliedMigrations } from './migrate';

/**
 * A partrack backup (docs/decisions/021-backups-and-crash-safety.md): gzip-compressed JSON lines, the
 * same for PGlite and PostgreSQL. Line 1 is the header; then every row of every table, parents before
 * children, as `{"table","row"}`; then every evidence file as `{"file","sha256","data"}` (base64).
 */
export const BACKUP_FORMAT = 'partrack-backup';
export const BACKUP_FORMAT_VERSION = 1;

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  /** The migrations applied to the database backed up: how many, and the last one's name. */
  migrations: { count: number; last: string };
  /** Rows per table, in the order they are loaded. */
  tables: Record<string, number>;
  files: number;
  /** The audit trail's last event: worth keeping apart from the backup (ADR 008), it dates the chain. */
  auditHead: { seq: number; hash: string } | null;
  /** SHA-256 of everything after the header (uncompressed). */
  sha256: string;
};

type BodyLine = { table: string; row: Record<string, unknown> } | { file: string; sha256: string; data: string };

/** A backup that cannot be made or restored, for a reason the user can act on. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

type TableInfo = {
  name: string;
  columns: string[];
  primaryKey: string[];
  selfReference?: { column: string; references: string };
};

/** The database's own tables (public schema), each after every table it references. */
async function listTables(db: Db): Promise<TableInfo[]> {
  const tables = await executeRows<{ name: string; columns: string[]; primary_key: string[] | null }>(
    db,
    sql`SELECT c.relname AS name,
          array(SELECT a.attname::text FROM pg_attribute a
                 WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                 ORDER BY a.attnum) AS columns,
          (SELECT array(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY k(attnum, n)
                          JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum ORDER BY k.n)
             FROM pg_index i WHERE i.indrelid = c.oid AND i.indisprimary) AS primary_key
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
       ORDER BY c.relname`,
  );
  const references = await executeRows<{ child: string; parent: string; column: string; parent_column: string }>(
    db,
    sql`SELECT child.relname AS child, parent.relname AS parent,
               (SELECT attname::text FROM pg_attribute WHERE attrelid = con.conrelid AND attnum = con.conkey[1]) AS column,
               (SELECT attname::text FROM pg_attribute WHERE attrelid = con.confrelid AND attnum = con.confkey[1]) AS parent_column
          FROM pg_constraint con
          JOIN pg_class child ON child.oid = con.conrelid
          JOIN pg_class parent ON parent.oid = con.confrelid
          JOIN pg_namespace n ON n.oid = child.relnamespace
         WHERE con.contype = 'f' AND n.nspname = 'public'`,
  );
  const byName = new Map(
    tables.map((table): [string, TableInfo] => [
      table.name,
      { name: table.name, columns: table.columns, primaryKey: table.primary_key ?? table.columns },
    ]),
  );
  for (const reference of references) {
    const table = byName.get(reference.child);
    if (table && reference.child === reference.parent)
      table.selfReference = { column: reference.column, references: reference.parent_column };
  }
  const ordered: TableInfo[] = [];
  const visit = (name: string, path: string[]) => {
    const table = byName.get(name);
    if (!table || ordered.includes(table)) return;
    if (path.includes(name)) throw new BackupError(`Tables ${path.join(' → ')} reference each other in a cycle`);
    for (const reference of references)
      if (reference.child === name && reference.parent !== name) visit(reference.parent, [...path, name]);
    ordered.push(table);
  };
  for (const name of byName.keys()) visit(name, []);
  return ordered;
}

/**
 * A table's rows as JSON text, in primary-key order; a table referencing itself (units' parents) in
 * depth order, so that a parent is always loaded before its children.
 */
function selectRows(table: TableInfo) {
  const columns = sql.join(
    table.columns.map((column) => sql`t.${sql.identifier(column)}`),
    sql`, `,
  );
  const order = sql.join(
    table.primaryKey.map((column) => sql`t.${sql.identifier(column)}`),
    sql`, `,
  );
  const name = sql.identifier(table.name);
  if (!table.selfReference) return sql`SELECT ${columns} FROM ${name} t ORDER BY ${order}`;
  const child = sql.identifier(table.selfReference.column);
  const parent = sql.identifier(table.selfReference.references);
  return sql`WITH RECURSIVE depths AS (
      SELECT ${parent} AS key, 0 AS depth FROM ${name} WHERE ${child} IS NULL
      UNION ALL
      SELECT c.${parent}, d.depth + 1 FROM ${name} c JOIN depths d ON c.${child} = d.key
    )
    SELECT ${columns} FROM ${name} t JOIN depths d ON d.key = t.${parent} ORDER BY d.depth, ${order}`;
}

/** Reads a query's rows a batch at a time through a cursor: a table never has to fit in memory. */
async function* readRows(tx: Db, query: ReturnType<typeof sql>): AsyncGenerator<string[]> {
  await tx.execute(
    sql`DECLARE partrack_backup NO SCROLL CURSOR FOR SELECT row_to_json(r)::text AS json FROM (${query}) r`,
  );
  try {
    for (;;) {
      const rows = await executeRows<{ json: string }>(tx, sql`FETCH FORWARD 1000 FROM partrack_backup`);
      if (rows.length === 0) return;
      yield rows.map((row) => row.json);
    }
  } finally {
    await tx.execute(sql`CLOSE partrack_backup`);
  }
}

/** The head of the sealed chain; events that wait to be sealed are backed up and sealed later. */
async function readAuditHead(tx: Db): Promise<BackupHeader['auditHead']> {
  const head = await createAuditEventsRepository(tx).chainHead();
  return head ? { seq: head.seq, hash: head.hash } : null;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

function readJournal(migrationsDir: string): Promise<string[]> {
  return readFile(`${migrationsDir}/meta/_journal.json`, 'utf8').then((text) =>
    (JSON.parse(text) as { entries: { tag: string }[] }).entries.map((entry) => entry.tag),
  );
}

export type BackupSummary = { path: string; header: BackupHeader; missingFiles: string[] };

/**
 * Writes a backup of the whole database and its evidence files to `path`, from one read-only
 * snapshot. The file appears only when complete (written under a temporary name, then renamed).
 */
export async function writeBackup({
  database,
  storage,
  migrationsDir,
  path,
}: {
  database: Database;
  storage: FileStorage;
  migrationsDir: string;
  path: string;
}): Promise<BackupSummary> {
  // A backup never replaces another one, and a mistyped folder is named as such.
  if (await exists(path)) throw new BackupError(`${path} already exists; choose another file with --out.`);
  if (!(await exists(dirname(path)))) throw new BackupError(`There is no folder ${dirname(path)}.`);
  const tags = await readJournal(migrationsDir);
  const bodyPath = `${path}.body.part`;
  const headerPath = `${path}.part`;
  try {
    const result = await readSnapshot(database.db, async (tx) => {
      const applied = await countAppliedMigrations(tx);
      const last = tags[applied - 1];
      if (applied === 0 || !last)
        throw new BackupError(
          applied === 0
            ? 'The database has no partrack tables yet: there is nothing to back up.'
            : `The database was migrated by a newer partrack (${applied} migrations, this one knows ${tags.length}); back it up with that version.`,
        );
      const hash = createHash('sha256');
      const gzip = createGzip();
      const written = pipeline(gzip, createWriteStream(bodyPath));
      const write = async (line: BodyLine | string) => {
        const text = `${typeof line === 'string' ? line : JSON.stringify(line)}\n`;
        hash.update(text);
        if (!gzip.write(text)) await new Promise((resolve) => gzip.once('drain', resolve));
      };
      const tables: BackupHeader['tables'] = {};
      for (const table of await listTables(tx)) {
        let count = 0;
        const prefix = `{"table":${JSON.stringify(table.name)},"row":`;
        for await (const rows of readRows(tx, selectRows(table))) {
          for (const json of rows) await write(`${prefix}${json}}`);
          count += rows.length;
        }
        const [total] = await executeRows<{ count: number }>(
          tx,
          sql`SELECT count(*)::int AS count FROM ${sql.identifier(table.name)}`,
        );
        // Only a cycle of self-references (no root) could leave rows out of the depth walk.
        if (total?.count !== count)
          throw new BackupError(
            `${table.name}: ${total?.count} rows, but only ${count} could be ordered parents first`,
          );
        tables[table.name] = count;
      }
      const evidence = await executeRows<{ key: string; sha256: string }>(
        tx,
        sql`SELECT DISTINCT storage_key AS key, sha256 FROM evidence_files ORDER BY storage_key`,
      );
      // A file gone from the disk cannot be backed up; the backup still holds everything else, and says so.
      const missingFiles: string[] = [];
      let files = 0;
      for (const file of evidence) {
        const content = await buffer(storage.open(file.key)).catch(() => undefined);
        if (!content) {
          missingFiles.push(file.key);
          continue;
        }
        await write({ file: file.key, sha256: file.sha256, data: content.toString('base64') });
        files += 1;
      }
      gzip.end();
      await written;
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        createdAt: new Date().toISOString(),
        migrations: { count: applied, last },
        tables,
        files,
        auditHead: await readAuditHead(tx),
        sha256: hash.digest('hex'),
      };
      return { header, missingFiles };
    });
    // Two gzip members, header then body, read back as one stream; the body is not compressed twice.
    await writeFile(headerPath, gzipSync(`${JSON.stringify(result.header)}\n`));
    await pipeline(createReadStream(bodyPath), createWriteStream(headerPath, { flags: 'a' }));
    await rename(headerPath, path);
    return { path, ...result };
  } finally {
    await rm(bodyPath, { force: true });
    await rm(headerPath, { force: true });
  }
}

function openLines(path: string) {
  const input = createReadStream(path).pipe(createGunzip());
  return { lines: createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY }), input };
}

/** Reads and checks a backup's header without reading the rest. */
export async function readBackupHeader(path: string): Promise<BackupHeader> {
  if (!(await exists(path))) throw new BackupError(`There is no file ${path}.`);
  const { lines, input } = openLines(path);
  try {
    for await (const line of lines) {
      const header = JSON.parse(line) as Partial<BackupHeader>;
      if (header.format !== BACKUP_FORMAT) break;
      if (header.formatVersion !== BACKUP_FORMAT_VERSION)
        throw new BackupError(
          `${path} is a partrack backup of format ${header.formatVersion}; this partrack reads format ${BACKUP_FORMAT_VERSION}.`,
        );
      return header as BackupHeader;
    }
  } catch (error) {
    // Anything else (not gzip, not JSON) means the same to the user: not a backup.
    if (error instanceof BackupError) throw error;
  } finally {
    lines.close();
    input.destroy();
  }
  throw new BackupError(`${path} is not a partrack backup (made by \`pnpm partrack backup\`).`);
}

/** The first table of the public schema that holds a row, if any (before or after migrations). */
async function findTableWithRows(db: Db): Promise<string | undefined> {
  for (const { name } of await listTables(db)) {
    const [row] = await executeRows<{ present: boolean }>(
      db,
      sql`SELECT EXISTS (SELECT 1 FROM ${sql.identifier(name)}) AS present`,
    );
    if (row?.present) return name;
  }
  return undefined;
}

/** Every sequence owned by a column (audit_events.seq) continues after the highest value restored. */
async function resetSequences(tx: Db): Promise<void> {
  const owned = await executeRows<{ sequence: string; table: string; column: string }>(
    tx,
    sql`SELECT s.relname AS sequence, t.relname AS table, a.attname::text AS column
          FROM pg_depend d
          JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
          JOIN pg_class t ON t.oid = d.refobjid
          JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
          JOIN pg_namespace n ON n.oid = t.relnamespace
         WHERE d.deptype IN ('a', 'i') AND n.nspname = 'public'`,
  );
  for (const { sequence, table, column } of owned) {
    await tx.execute(
      sql`SELECT setval(${`public.${sequence}`}::regclass, coalesce((SELECT max(${sql.identifier(column)}) FROM ${sql.identifier(table)}), 0) + 1, false)`,
    );
  }
}

/** Rows are inserted this many at a time: few statements, each of a bounded size. */
const INSERT_BATCH_ROWS = 500;

/**
 * Restores a backup into an empty database: refuses one holding data, or a backup of another schema
 * version; migrates the database (`migrate`); loads every row in one transaction, the derived tables
 * (figure_periods, unit_ancestors) copied as they were rather than rebuilt by their triggers; resets
 * sequences; checks the checksum, the row counts and the audit chain before committing. Evidence files
 * are written to `storage`, and removed again if the restore fails.
 */
export async function restoreBackup({
  database,
  storage,
  migrationsDir,
  path,
  migrate,
}: {
  database: Database;
  storage: FileStorage;
  migrationsDir: string;
  path: string;
  migrate: () => Promise<void>;
}): Promise<BackupHeader> {
  const header = await readBackupHeader(path);
  const tags = await readJournal(migrationsDir);
  if (header.migrations.count !== tags.length) {
    const age = header.migrations.count > tags.length ? 'newer' : 'older';
    throw new BackupError(
      `This backup was made by a ${age} partrack (its last migration is ${header.migrations.last}; this partrack's is ${tags.at(-1)}). ` +
        `Restore it with the partrack version that made it${age === 'older' ? ', then upgrade that installation' : ''}.`,
    );
  }
  const occupied = await findTableWithRows(database.db);
  if (occupied)
    throw new BackupError(
      `The database is not empty (${occupied} holds rows). Restore into an empty database: a new PARTRACK_DATA_DIR, or a DATABASE_URL naming a newly created database.`,
    );
  await migrate();
  if ((await countAppliedMigrations(database.db)) !== tags.length)
    throw new BackupError('The database has migrations this partrack does not know; restore into an empty database.');

  const written: string[] = [];
  try {
    await database.db.transaction(async (tx) => {
      const tables = new Map((await listTables(tx)).map((table) => [table.name, table]));
      // The triggers that keep figure_periods and unit_ancestors would rebuild them once per batch of
      // figures (quadratic: minutes for 60,000 figures), and where two figures tie they may pick the
      // other one: the backup holds both tables as they were, so they are loaded as they were.
      // Foreign keys are constraint triggers, which stay on. Only this transaction sees the change.
      for (const name of tables.keys()) await tx.execute(sql`ALTER TABLE ${sql.identifier(name)} DISABLE TRIGGER USER`);
      const loaded: Record<string, number> = {};
      let pending: { table: string; rows: Record<string, unknown>[] } | undefined;
      const flush = async () => {
        if (!pending || pending.rows.length === 0) return;
        const table = tables.get(pending.table);
        if (!table)
          throw new BackupError(`The backup holds rows of ${pending.table}, which this partrack does not restore.`);
        const columns = sql.join(
          table.columns.map((column) => sql.identifier(column)),
          sql`, `,
        );
        // PostgreSQL converts each JSON value to its column's type, exactly as row_to_json wrote it.
        await tx.execute(
          sql`INSERT INTO ${sql.identifier(table.name)} (${columns})
              SELECT ${columns} FROM json_populate_recordset(NULL::${sql.identifier(table.name)}, ${JSON.stringify(pending.rows)}::json)`,
        );
        loaded[table.name] = (loaded[table.name] ?? 0) + pending.rows.length;
        pending = undefined;
      };
      const hash = createHash('sha256');
      const { lines } = openLines(path);
      let isHeader = true;
      for await (const text of lines) {
        if (isHeader) {
          isHeader = false;
          continue;
        }
        hash.update(`${text}\n`);
        const line = JSON.parse(text) as BodyLine;
        if ('table' in line) {
          if (pending && pending.table !== line.table) await flush();
          pending ??= { table: line.table, rows: [] };
          pending.rows.push(line.row);
          if (pending.rows.length >= INSERT_BATCH_ROWS) await flush();
        } else {
          await flush();
          const content = Buffer.from(line.data, 'base64');
          if (createHash('sha256').update(content).digest('hex') !== line.sha256)
            throw new BackupError(`Evidence file ${line.file} in the backup does not match its SHA-256.`);
          await storage.put(line.file, content);
          written.push(line.file);
        }
      }
      await flush();
      for (const name of tables.keys()) await tx.execute(sql`ALTER TABLE ${sql.identifier(name)} ENABLE TRIGGER USER`);
      if (hash.digest('hex') !== header.sha256)
        throw new BackupError(`${path} is damaged: its content does not match the checksum in its header.`);
      for (const [table, rows] of Object.entries(header.tables)) {
        if ((loaded[table] ?? 0) !== rows)
          throw new BackupError(
            `${path} is damaged: ${table} should have ${rows} rows, ${loaded[table] ?? 0} were read.`,
          );
      }
      if (written.length !== header.files)
        throw new BackupError(
          `${path} is damaged: it should hold ${header.files} evidence files, ${written.length} were read.`,
        );
      await resetSequences(tx);
      const chain = await createAuditEventsService({ repo: createAuditEventsRepository(tx) }).verify();
      if (!chain.ok)
        throw new BackupError(
          `The restored audit trail is broken at event #${chain.seq}: ${chain.reason}. Nothing was restored.`,
        );
      const head = await readAuditHead(tx);
      if (head?.hash !== header.auditHead?.hash)
        throw new BackupError(
          `The restored audit trail does not end at the backup's last event. Nothing was restored.`,
        );
    });
  } catch (error) {
    await Promise.all(written.map((key) => storage.remove(key)));
    throw error;
  }
  return header;
}
