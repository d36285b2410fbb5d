import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { DirectiveListSchema, EvidenceUploadSchema, InspectionSchema, UnitListSchema } from '@partrack/contracts';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { createLocalFileStorage } from '../lib/file-storage';
import { createAuditEventsRepository } from '../modules/audit-events/audit-events.repository';
import { createAuditEventsService } from '../modules/audit-events/audit-events.service';
import { sealAuditTrail } from '../modules/audit-events/audit-sealer';
import { authHeaders } from '../testing/auth';
import { type TestContext, testConfig, useTestApp } from '../testing/test-app';
import { withDatabaseName } from '../testing/test-database';
import { BackupError, restoreBackup, writeBackup } from './backup';
import { type Database, executeRows } from './database';
import { migratePgliteDatabase, migratePostgresDatabase } from './migrate';
import { fromPglite, fromPostgresPool } from './open-database';

const root = mkdtempSync(join(tmpdir(), 'partrack-backup-test-'));
const filesDir = join(root, 'files');
const migrationsDir = testConfig().migrationsDir;
const context = useTestApp({ demoData: true, config: { filesDir } });
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

/** An empty, un-migrated database of either kind, as a user would restore into. */
type Target = { database: Database; migrate: () => Promise<void>; drop: () => Promise<void> };

async function emptyPglite(): Promise<Target> {
  const database = fromPglite(await PGlite.create());
  return {
    database,
    migrate: () => migratePgliteDatabase(database, migrationsDir),
    drop: () => database.close(),
  };
}

async function emptyPostgres(): Promise<Target> {
  const adminUrl = process.env.TEST_DATABASE_URL as string;
  const name = `partrack_backup_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = withDatabaseName(adminUrl, name);
  const database = fromPostgresPool(new pg.Pool({ connectionString: url, max: 3 }));
  return {
    database,
    migrate: () => migratePostgresDatabase(url, migrationsDir),
    drop: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

const targets: [string, () => Promise<Target>][] = [['PGlite', emptyPglite]];
if (process.env.TEST_DATABASE_URL) targets.push(['PostgreSQL', emptyPostgres]);

async function request(ctx: TestContext, username: string, method: 'GET' | 'POST', url: string, payload?: object) {
  return ctx.app.inject({ method, url, payload, headers: await authHeaders(ctx, username) });
}

/** What a user sees: the dashboards, lists, the audit trail and an evidence file, as the API answers them. */
async function answers(ctx: TestContext, evidenceUrl: string): Promise<Record<string, unknown>> {
  const units = UnitListSchema.parse((await request(ctx, 'admin', 'GET', '/api/v1/units?pageSize=200')).json());
  const giaLam = units.items.find((unit) => unit.name === 'Huyện Gia Lâm')?.id;
  const urls = [
    '/api/v1/dashboard/on-time-rates?level=district&from=2015-01-01&to=2021-12-31&sources=true',
    '/api/v1/dashboard/on-time-rates?level=district&from=2015-01-01&to=2021-12-31&definition=decision_766',
    '/api/v1/dashboard/task-completion?level=district',
    '/api/v1/dashboard/summary?level=district',
    '/api/v1/dashboard/summary?level=district&from=2021-01-01&to=2021-12-31',
    `/api/v1/dashboard/trends?unitId=${giaLam}&indicator=on_time_rate&granularity=half&from=2020-07-01&to=2021-12-31`,
    '/api/v1/inspections?pageSize=200',
    '/api/v1/directives?pageSize=200',
    '/api/v1/audit-events?pageSize=200',
    '/api/v1/units?pageSize=200',
  ];
  const result: Record<string, unknown> = {};
  for (const url of urls) {
    const response = await request(ctx, url.includes('audit-events') ? 'admin' : 'lanhdao', 'GET', url);
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    result[url] = response.json();
  }
  const evidence = await request(ctx, 'lanhdao', 'GET', evidenceUrl);
  expect(evidence.statusCode).toBe(200);
  result[evidenceUrl] = evidence.rawPayload.toString('base64');
  return result;
}

async function chainOf(database: Database) {
  return executeRows<{ seq: string; chain_seq: string; hash: string; prev_hash: string }>(
    database.db,
    sql`SELECT seq::text, chain_seq::text, hash, prev_hash FROM audit_events ORDER BY seq`,
  );
}

describe('backup and restore', () => {
  const backupFile = join(root, 'partrack.jsonl.gz');
  let evidenceUrl = '';
  let kienAn: string | undefined;
  let backupChecksum = '';

  beforeAll(async () => {
    // Changes made through the API, so that the audit trail, figure_periods and an evidence file have content.
    const ctx = context();
    const units = UnitListSchema.parse((await request(ctx, 'admin', 'GET', '/api/v1/units?q=Kiến An')).json());
    kienAn = units.items.find((unit) => unit.name === 'Quận Kiến An')?.id;
    const created = await request(ctx, 'noivu', 'POST', '/api/v1/inspections', {
      unitId: kienAn,
      kind: 'visit',
      date: '2021-09-15',
      topic: 'Kiểm tra sau sao lưu',
      figures: [
        { indicator: 'received', periodEnd: '2021-08-31', value: 120 },
        { indicator: 'resolved', periodEnd: '2021-08-31', value: 100 },
        { indicator: 'resolved_on_time', periodEnd: '2021-08-31', value: 97 },
      ],
      directives: [{ leadUnitId: kienAn, text: 'Công khai thủ tục', parArea: 'procedures', dueDate: '2021-12-01' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    InspectionSchema.parse(created.json());
    const open = DirectiveListSchema.parse(
      (await request(ctx, 'kienan', 'GET', '/api/v1/directives?stage=open')).json(),
    );
    const directive = open.items[0];
    if (!directive) throw new Error('no open directive for kienan');
    const boundary = '----partrack-backup-test';
    const upload = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/directives/${directive.id}/evidence`,
      headers: { ...(await authHeaders(ctx, 'kienan')), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="bao-cao.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        PDF,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const file = EvidenceUploadSchema.parse(upload.json()).files[0];
    const report = await request(ctx, 'kienan', 'POST', `/api/v1/directives/${directive.id}/updates`, {
      text: 'Đã xong, kèm báo cáo',
      evidenceFileIds: [file?.id],
    });
    expect(report.statusCode, report.body).toBe(201);
    evidenceUrl = `/api/v1/directives/${directive.id}/evidence/${file?.id}`;

    // Sealed now rather than by the server's next round, so that the backup holds the whole chain.
    await sealAuditTrail(ctx.database.db);
    const { header, missingFiles } = await writeBackup({
      database: ctx.database,
      storage: createLocalFileStorage(filesDir),
      migrationsDir,
      path: backupFile,
    });
    expect(missingFiles).toEqual([]);
    backupChecksum = header.sha256;
    expect(header.files).toBe(1);
    expect(header.tables.audit_events).toBeGreaterThanOrEqual(3);
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(targets)(
    'restores into an empty %s database with the same answers, audit chain and evidence',
    async (kind, makeTarget) => {
      const target = await makeTarget();
      const restoredFiles = mkdtempSync(join(root, 'restored-files-'));
      try {
        await restoreBackup({
          database: target.database,
          storage: createLocalFileStorage(restoredFiles),
          migrationsDir,
          path: backupFile,
          migrate: target.migrate,
        });
        const config = testConfig({ filesDir: restoredFiles });
        const app = await buildApp({ config, database: target.database, logger: false });
        try {
          const restored = { app, database: target.database };
          expect(await answers(restored, evidenceUrl)).toEqual(await answers(context(), evidenceUrl));
          expect(await chainOf(target.database)).toEqual(await chainOf(context().database));
          const verified = await createAuditEventsService({
            repo: createAuditEventsRepository(target.database.db),
          }).verify();
          expect(verified).toEqual({ ok: true, checked: (await chainOf(context().database)).length });
          // Backed up again, the restored database gives the very same rows, byte for byte.
          const again = await writeBackup({
            database: target.database,
            storage: createLocalFileStorage(restoredFiles),
            migrationsDir,
            path: join(root, `again-${kind}.jsonl.gz`),
          });
          expect(again.header.sha256).toBe(backupChecksum);

          // The restored database keeps working: a new event chains onto the restored ones.
          const after = await request(restored, 'noivu', 'POST', '/api/v1/inspections', {
            unitId: kienAn,
            kind: 'visit',
            date: '2021-10-01',
            topic: 'Sau khi khôi phục',
          });
          expect(after.statusCode, after.body).toBe(201);
          await sealAuditTrail(target.database.db);
          const verifiedAfter = await createAuditEventsService({
            repo: createAuditEventsRepository(target.database.db),
          }).verify();
          expect(verifiedAfter).toEqual({ ok: true, checked: (await chainOf(target.database)).length });
          expect(verifiedAfter.checked).toBeGreaterThan((await chainOf(context().database)).length);
        } finally {
          await app.close();
        }
      } finally {
        await target.drop();
      }
    },
    60_000,
  );

  it('never replaces an existing file, and names a folder that does not exist', async () => {
    const write = (path: string) =>
      writeBackup({ database: context().database, storage: createLocalFileStorage(filesDir), migrationsDir, path });
    await expect(write(backupFile)).rejects.toThrow(`${backupFile} already exists; choose another file with --out.`);
    await expect(write(join(root, 'nowhere', 'b.jsonl.gz'))).rejects.toThrow(
      `There is no folder ${join(root, 'nowhere')}.`,
    );
  });

  it('refuses a database that holds data, naming the table', async () => {
    await expect(
      restoreBackup({
        database: context().database,
        storage: createLocalFileStorage(join(root, 'unused')),
        migrationsDir,
        path: backupFile,
        migrate: async () => {},
      }),
    ).rejects.toThrow(/The database is not empty \(\w+ holds rows\)/);
  });

  /** A copy of the backup with its header or body changed as `edit` says. */
  function editedBackup(name: string, edit: (lines: string[]) => void): string {
    const lines = gunzipSync(readFileSync(backupFile)).toString('utf8').split('\n');
    edit(lines);
    const path = join(root, name);
    writeFileSync(path, gzipSync(lines.join('\n')));
    return path;
  }

  it('refuses a backup made by a newer or older partrack, naming its migration', async () => {
    for (const [count, age] of [
      [99, 'newer'],
      [3, 'older'],
    ] as const) {
      const path = editedBackup(`${age}.jsonl.gz`, (lines) => {
        const header = JSON.parse(lines[0] as string);
        lines[0] = JSON.stringify({ ...header, migrations: { count, last: `00${count}_other` } });
      });
      const target = await emptyPglite();
      try {
        const restoring = restoreBackup({
          database: target.database,
          storage: createLocalFileStorage(join(root, 'unused')),
          migrationsDir,
          path,
          migrate: target.migrate,
        });
        await expect(restoring).rejects.toThrow(BackupError);
        await expect(restoring).rejects.toThrow(`made by a ${age} partrack (its last migration is 00${count}_other`);
      } finally {
        await target.drop();
      }
    }
  });

  it('restores nothing, not even a file, from a backup damaged after it was written', async () => {
    const path = editedBackup('damaged.jsonl.gz', (lines) => {
      const index = lines.findIndex((line) => line.includes('Kiểm tra sau sao lưu'));
      lines[index] = (lines[index] as string).replace('Kiểm tra sau sao lưu', 'Kiểm tra đã sửa');
    });
    const target = await emptyPglite();
    const restoredFiles = mkdtempSync(join(root, 'damaged-files-'));
    try {
      await expect(
        restoreBackup({
          database: target.database,
          storage: createLocalFileStorage(restoredFiles),
          migrationsDir,
          path,
          migrate: target.migrate,
        }),
      ).rejects.toThrow(`${path} is damaged: its content does not match the checksum in its header.`);
      const [counts] = await executeRows<{ inspections: number; events: number }>(
        target.database.db,
        sql`SELECT (SELECT count(*)::int FROM inspections) AS inspections, (SELECT count(*)::int FROM audit_events) AS events`,
      );
      expect(counts).toEqual({ inspections: 0, events: 0 });
      expect(readdirRecursive(restoredFiles)).toEqual([]);
    } finally {
      await target.drop();
    }
  });

  it('says a file that is missing, or is not a backup, is not one', async () => {
    const path = join(root, 'not-a-backup.gz');
    writeFileSync(path, gzipSync('{"hello":"world"}\n'));
    const target = await emptyPglite();
    try {
      await expect(
        restoreBackup({
          database: target.database,
          storage: createLocalFileStorage(join(root, 'unused')),
          migrationsDir,
          path,
          migrate: target.migrate,
        }),
      ).rejects.toThrow(`${path} is not a partrack backup`);
      await expect(
        restoreBackup({
          database: target.database,
          storage: createLocalFileStorage(join(root, 'unused')),
          migrationsDir,
          path: join(root, 'missing.jsonl.gz'),
          migrate: target.migrate,
        }),
      ).rejects.toThrow(`There is no file ${join(root, 'missing.jsonl.gz')}.`);
    } finally {
      await target.drop();
    }
  });
});

function readdirRecursive(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((name) => !statSync(join(dir, name)).isDirectory());
}
