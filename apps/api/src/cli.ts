import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { CreateUserBodySchema, formatIssuePath } from '@partrack/contracts';
import pino from 'pino';
import { type Config, ConfigError, loadConfig, resolveUserPath } from './config/load-config';
import { restoreBackup, writeBackup } from './db/backup';
import type { Database } from './db/database';
import { migratePgliteDatabase, migratePostgresDatabase } from './db/migrate';
import { openDatabase } from './db/open-database';
import { AppError } from './lib/app-error';
import { createLocalFileStorage } from './lib/file-storage';
import { createSmtpMailer } from './lib/mailer';
import { createAuditEventsRepository } from './modules/audit-events/audit-events.repository';
import { createAuditEventsService } from './modules/audit-events/audit-events.service';
import { sealAuditTrail } from './modules/audit-events/audit-sealer';
import { createNotificationsService } from './modules/notifications/notifications.service';
import { createUnitsRepository } from './modules/units/units.repository';
import { createUsersService } from './modules/users/users.service';

const USAGE = `Usage: pnpm partrack <command> [options]

Commands:
  user:create   --username NAME --display-name "Full name" --role admin|inspector|leader|unit_officer
                [--unit UNIT_ID_OR_CODE] --password-stdin
                Creates a user (the first admin on PostgreSQL). The password is read from standard
                input (echo "…" | pnpm partrack user:create … --password-stdin) or PARTRACK_PASSWORD.
  audit:verify  Recomputes the audit trail's hash chain and reports the first tampered event.
  reminders:run Runs the reminder job once (idempotent), e-mailing when SMTP_URL is set.
  backup        [--out FILE]  Writes the whole database and its evidence files to one file
                (default partrack-backup-<date>-<time>.jsonl.gz in the current folder).
  restore       FILE  Loads a backup into an empty database (a new PARTRACK_DATA_DIR, or a
                DATABASE_URL naming a newly created database), checks it, and commits it whole.
                A backup of PGlite restores into PostgreSQL and back.

The database is the one the server uses (DATABASE_URL, or the embedded one in PARTRACK_DATA_DIR;
stop the server first when it is the embedded one).`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function createUser(database: Database, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      'display-name': { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  const password = values['password-stdin'] ? await readStdin() : process.env.PARTRACK_PASSWORD;
  let unitId: string | null = null;
  if (values.unit) {
    const units = createUnitsRepository(database.db);
    const byCode = (await units.list({ q: values.unit, page: 1, pageSize: 50 })).rows.find(
      (unit) => unit.code === values.unit,
    );
    unitId = byCode?.id ?? (await units.findById(values.unit).catch(() => undefined))?.id ?? null;
    if (!unitId) throw new Error(`No unit with id or code ${values.unit}`);
  }
  const parsed = CreateUserBodySchema.safeParse({
    username: values.username,
    displayName: values['display-name'],
    role: values.role,
    unitId,
    password,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      process.stderr.write(`  ${formatIssuePath(issue.path) || 'input'}: ${issue.message}\n`);
    return 2;
  }
  const user = await createUsersService({ db: database.db }).create(
    { user: null, requestId: `cli-${randomUUID()}`, ip: 'cli' },
    parsed.data,
  );
  process.stdout.write(`Created ${user.role} ${user.username} (${user.id}).\n`);
  return 0;
}

async function verifyAudit(database: Database): Promise<number> {
  // Events committed while no server ran (an import from the command line) are sealed first.
  const sealed = await sealAuditTrail(database.db);
  if (sealed > 0) process.stdout.write(`Sealed ${sealed} event(s) that were waiting.\n`);
  const result = await createAuditEventsService({ repo: createAuditEventsRepository(database.db) }).verify();
  if (result.ok) {
    process.stdout.write(`The audit trail is intact: ${result.checked} event(s) checked.\n`);
    return 0;
  }
  process.stdout.write(
    `The audit trail is broken at event #${result.seq}: ${result.reason}. ${result.checked} events before it are intact.\n`,
  );
  return 1;
}

async function runReminders(database: Database, _args: string[], config: Config): Promise<number> {
  const { smtpUrl, mailFrom, publicUrl } = config.reminders;
  const mailer = smtpUrl ? createSmtpMailer(smtpUrl, mailFrom) : undefined;
  try {
    const service = createNotificationsService({ db: database.db, mailer, publicUrl });
    const result = await service.runReminders(pino({ level: 'warn' }));
    process.stdout.write(
      `Reminders: ${result.added} added, ${result.emailed} e-mailed, ${result.emailFailures} e-mail failures.\n`,
    );
    return result.emailFailures > 0 ? 1 : 0;
  } finally {
    mailer?.close();
  }
}

async function backup(database: Database, args: string[], config: Config): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  const stamp = new Date().toISOString().slice(0, 19).replace('T', '-').replaceAll(':', '');
  const { path, header, missingFiles } = await writeBackup({
    database,
    storage: createLocalFileStorage(config.filesDir),
    migrationsDir: config.migrationsDir,
    path: resolveUserPath(values.out ?? `partrack-backup-${stamp}.jsonl.gz`),
  });
  const rows = Object.values(header.tables).reduce((sum, count) => sum + count, 0);
  process.stdout.write(
    `Backed up ${rows} rows of ${Object.keys(header.tables).length} tables and ${header.files} evidence files to ${path}\n` +
      `Migration ${header.migrations.last}; SHA-256 ${header.sha256}.\n` +
      // Kept apart from the database (ADR 008), the chain's head shows later that history was not rewritten.
      (header.auditHead
        ? `Last audit event #${header.auditHead.seq}, hash ${header.auditHead.hash}.\n`
        : 'No audit events yet.\n'),
  );
  if (missingFiles.length === 0) return 0;
  process.stderr.write(
    `${missingFiles.length} evidence files are missing from ${config.filesDir} and are not in the backup:\n${missingFiles.map((key) => `  ${key}`).join('\n')}\n`,
  );
  return 1;
}

async function restore(database: Database, args: string[], config: Config): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true });
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    process.stderr.write('Usage: pnpm partrack restore FILE\n');
    return 2;
  }
  const settings = config.database;
  const header = await restoreBackup({
    database,
    storage: createLocalFileStorage(config.filesDir),
    migrationsDir: config.migrationsDir,
    path: resolveUserPath(file),
    // The embedded database was migrated when it was opened; PostgreSQL only once it is known to be empty.
    migrate: async () => {
      if (settings.kind === 'postgres') await migratePostgresDatabase(settings.url, config.migrationsDir);
    },
  });
  const rows = Object.values(header.tables).reduce((sum, count) => sum + count, 0);
  process.stdout.write(
    `Restored ${rows} rows and ${header.files} evidence files from the backup of ${header.createdAt} into the ${database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL database'}; the audit trail verifies.\n`,
  );
  return 0;
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  const commands: Record<string, (database: Database, args: string[], config: Config) => Promise<number>> = {
    'user:create': createUser,
    'audit:verify': verifyAudit,
    'reminders:run': runReminders,
    backup,
    restore,
  };
  const run = command ? commands[command] : undefined;
  if (!run) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined || command === '--help' ? 0 : 2;
  }
  const config = loadConfig();
  const database = await openDatabase(config.database, () => {});
  try {
    if (database.kind === 'pglite') await migratePgliteDatabase(database, config.migrationsDir);
    return await run(database, args, config);
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const issues =
      error instanceof AppError && error.issues
        ? error.issues.map((issue) => `\n  ${issue.path}: ${issue.message}`).join('')
        : '';
    const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`partrack: ${message}${issues}\n`);
    process.exit(1);
  },
);
