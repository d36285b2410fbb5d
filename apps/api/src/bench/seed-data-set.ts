/**
 * The benchmark's data sets (docs/performance.md), written into a PostgreSQL database or a PGlite data
 * directory: `pnpm bench:seed` writes the benchmark's, `pnpm load` its own.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { findRepoRoot } from '../config/repo-root';
import { DEMO_PASSWORD } from '../db/demo/demo-users';
import { migratePgliteDatabase, migratePostgresDatabase } from '../db/migrate';
import { fromPglite } from '../db/open-database';
import { hashPassword } from '../lib/passwords';
import { bulkInsert, type RunQuery } from './bulk-insert';
import {
  createRandom,
  FIRST_MONTH,
  generateInspections,
  generateUnits,
  lastDayOfMonth,
  lastWholeMonth,
  MONTHLY_INDICATORS,
  monthlyCounts,
  monthsBetween,
  type Scale,
  SHAPES,
  type UnitTree,
} from './scale-data';
import type { SeedInfo } from './seed-info';

const print = (line: string) => process.stdout.write(`${line}\n`);
const migrationsDir = join(findRepoRoot(), 'migrations');

/** The accounts the benchmark signs in with: the demo's names and password. */
const BENCH_USERS = [
  { username: 'admin', display_name: 'Quản trị hệ thống', role: 'admin' },
  { username: 'noivu', display_name: 'Chuyên viên Sở Nội vụ', role: 'inspector' },
  { username: 'lanhdao', display_name: 'Lãnh đạo', role: 'leader' },
] as const;

async function recreatePostgres(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`The data set's database must have a plain name, not "${name}"`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

/** Every figure of the monthly one-stop series, as the import writes them (source, batch, key). */
function* monthlyFigures(tree: UnitTree, seed: number, batchOf: Map<string, string>) {
  const random = createRandom(seed + 1);
  const levelOf = new Map(tree.units.map((unit) => [unit.id, unit.level]));
  for (const series of tree.series) {
    const level = levelOf.get(series.unitId) ?? 'commune';
    const quality = 0.9 + random.next() * 0.1;
    for (const month of monthsBetween(series.from, series.to)) {
      const start = `${month}-01`;
      const end = lastDayOfMonth(month);
      const counts = monthlyCounts(random, level, quality);
      for (const [position, indicator] of MONTHLY_INDICATORS.entries()) {
        yield {
          source: 'one_stop_import',
          import_batch_id: batchOf.get(month),
          import_key: ['one_stop_import', series.unitId, indicator, series.tier, start, end].join('|'),
          position,
          unit_id: series.unitId,
          indicator,
          tier: series.tier,
          period_start: start,
          period_end: end,
          value: counts[position],
        };
      }
    }
  }
}

async function load(run: RunQuery, scale: Scale, seed: number, asOf: string): Promise<Record<string, number>> {
  const random = createRandom(seed);
  const lastMonth = lastWholeMonth(asOf);
  const tree = generateUnits(scale, random, lastMonth);
  const counts: Record<string, number> = {};
  const timed = async (name: string, write: () => Promise<number>) => {
    const started = performance.now();
    counts[name] = await write();
    print(
      `  ${name.padEnd(22)} ${String(counts[name]).padStart(10)} rows  ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  };

  await timed('units', () =>
    bulkInsert(
      run,
      'units',
      [
        { name: 'id', type: 'uuid' },
        { name: 'name', type: 'text' },
        { name: 'short_name', type: 'text' },
        { name: 'level', type: 'text', cast: 'unit_level' },
        { name: 'parent_id', type: 'uuid' },
        { name: 'code', type: 'text' },
        { name: 'valid_from', type: 'date' },
        { name: 'valid_to', type: 'date' },
        { name: 'search_text', type: 'text' },
        { name: 'sort_name', type: 'text' },
      ],
      tree.units,
    ),
  );
  await timed('unit_successions', () =>
    bulkInsert(
      run,
      'unit_successions',
      [
        { name: 'predecessor_id', type: 'uuid' },
        { name: 'successor_id', type: 'uuid' },
        { name: 'effective_on', type: 'date' },
      ],
      tree.successions,
    ),
  );

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIds = BENCH_USERS.map(() => random.uuid());
  await timed('users', () =>
    bulkInsert(
      run,
      'users',
      [
        { name: 'id', type: 'uuid' },
        { name: 'username', type: 'text' },
        { name: 'display_name', type: 'text' },
        { name: 'role', type: 'text', cast: 'user_role' },
        { name: 'password_hash', type: 'text' },
        { name: 'search_text', type: 'text' },
      ],
      BENCH_USERS.map((user, index) => ({
        ...user,
        id: userIds[index],
        password_hash: passwordHash,
        search_text: ` ${user.username} `,
      })),
    ),
  );
  const staffId = userIds[1];

  // One import batch per month, as a province's one-stop system exports them.
  const months = monthsBetween(FIRST_MONTH, lastMonth);
  const batchOf = new Map(months.map((month) => [month, random.uuid()]));
  await timed('import_batches', () =>
    bulkInsert(
      run,
      'import_batches',
      [
        { name: 'id', type: 'uuid' },
        { name: 'kind', type: 'text' },
        { name: 'file_name', type: 'text' },
        { name: 'imported_by', type: 'uuid' },
      ],
      months.map((month) => ({
        id: batchOf.get(month),
        kind: 'dossier_stats',
        file_name: `mot-cua-${month}.xlsx`,
        imported_by: staffId,
      })),
    ),
  );
  // A bulk load refreshes the dashboard's figure_periods once at the end, not after every batch.
  await run('ALTER TABLE figures DISABLE TRIGGER figures_periods_after_insert');
  await timed('figures (one-stop)', () =>
    bulkInsert(
      run,
      'figures',
      [
        { name: 'source', type: 'text', cast: 'figure_source' },
        { name: 'import_batch_id', type: 'uuid' },
        { name: 'import_key', type: 'text' },
        { name: 'position', type: 'int' },
        { name: 'unit_id', type: 'uuid' },
        { name: 'indicator', type: 'text' },
        { name: 'tier', type: 'text', cast: 'unit_level' },
        { name: 'period_start', type: 'date' },
        { name: 'period_end', type: 'date' },
        { name: 'value', type: 'float8' },
      ],
      monthlyFigures(tree, seed, batchOf),
    ),
  );

  const plans = generateInspections(tree, SHAPES[scale].inspections, random, asOf);
  await timed('inspections', () =>
    bulkInsert(
      run,
      'inspections',
      [
        { name: 'id', type: 'uuid' },
        { name: 'unit_id', type: 'uuid' },
        { name: 'kind', type: 'text', cast: 'inspection_kind' },
        { name: 'date', type: 'date' },
        { name: 'topic', type: 'text' },
        { name: 'period_start', type: 'date' },
        { name: 'period_end', type: 'date' },
        { name: 'leader_name', type: 'text' },
        { name: 'leader_title', type: 'text' },
        { name: 'search_text', type: 'text' },
        { name: 'leader_search', type: 'text' },
        { name: 'logged_by', type: 'uuid' },
      ],
      plans.map((plan) => ({
        id: plan.id,
        unit_id: plan.unitId,
        kind: plan.kind,
        date: plan.date,
        topic: plan.topic,
        period_start: `${plan.date.slice(0, 4)}-01-01`,
        period_end: plan.date,
        leader_name: plan.leaderName,
        leader_title: plan.leaderTitle,
        search_text: plan.searchText,
        leader_search: plan.leaderSearch,
        logged_by: staffId,
      })),
    ),
  );
  await timed('findings', () =>
    bulkInsert(
      run,
      'findings',
      [
        { name: 'inspection_id', type: 'uuid' },
        { name: 'position', type: 'int' },
        { name: 'kind', type: 'text', cast: 'finding_kind' },
        { name: 'par_area', type: 'text', cast: 'par_area' },
        { name: 'text', type: 'text' },
      ],
      plans.flatMap((plan) =>
        plan.findings.map((finding, position) => ({
          inspection_id: plan.id,
          position,
          kind: finding.kind,
          par_area: finding.parArea,
          text: finding.text,
        })),
      ),
    ),
  );
  // Each inspection's own report: plan tasks of its year so far, and procedures in force.
  await timed('figures (inspections)', () =>
    bulkInsert(
      run,
      'figures',
      [
        { name: 'inspection_id', type: 'uuid' },
        { name: 'position', type: 'int' },
        { name: 'unit_id', type: 'uuid' },
        { name: 'indicator', type: 'text' },
        { name: 'period_start', type: 'date' },
        { name: 'period_end', type: 'date' },
        { name: 'value', type: 'float8' },
      ],
      plans.flatMap((plan) => {
        const assigned = 10 + (plan.id.charCodeAt(0) % 20);
        const completed = Math.min(assigned, assigned - (plan.id.charCodeAt(1) % 5));
        const yearStart = `${plan.date.slice(0, 4)}-01-01`;
        return [
          ['plan_tasks_assigned', assigned, yearStart],
          ['plan_tasks_completed', completed, yearStart],
          ['procedures_total', 300 + (plan.id.charCodeAt(2) % 100), null],
        ].map(([indicator, value, start], position) => ({
          inspection_id: plan.id,
          position,
          unit_id: plan.unitId,
          indicator,
          period_start: start,
          period_end: plan.date,
          value,
        }));
      }),
    ),
  );
  await run('ALTER TABLE figures ENABLE TRIGGER figures_periods_after_insert');
  await timed('figure_periods', async () => {
    await run(`SELECT refresh_figure_periods(array_agg(unit_id), array_agg(tier), array_agg(period_start), array_agg(period_end))
                 FROM (SELECT DISTINCT unit_id, tier, period_start, period_end FROM figures) keys`);
    const [row] = (await run('SELECT count(*)::int AS count FROM figure_periods')).rows as { count: number }[];
    return row?.count ?? 0;
  });
  const directives = plans.flatMap((plan) =>
    plan.directives.map((directive, position) => ({ ...directive, position, inspectionId: plan.id })),
  );
  await timed('directives', () =>
    bulkInsert(
      run,
      'directives',
      [
        { name: 'id', type: 'uuid' },
        { name: 'inspection_id', type: 'uuid' },
        { name: 'position', type: 'int' },
        { name: 'lead_unit_id', type: 'uuid' },
        { name: 'text', type: 'text' },
        { name: 'par_area', type: 'text', cast: 'par_area' },
        { name: 'due_date', type: 'date' },
        { name: 'reported_done_on', type: 'date' },
        { name: 'completed_on', type: 'date' },
      ],
      directives.map((directive) => ({
        id: directive.id,
        inspection_id: directive.inspectionId,
        position: directive.position,
        lead_unit_id: directive.leadUnitId,
        text: directive.text,
        par_area: directive.parArea,
        due_date: directive.dueDate,
        reported_done_on: directive.completedOn,
        completed_on: directive.completedOn,
      })),
    ),
  );
  // The answers: a completion report for every directive done, progress for some still open.
  await timed('directive_updates', () =>
    bulkInsert(
      run,
      'directive_updates',
      [
        { name: 'directive_id', type: 'uuid' },
        { name: 'text', type: 'text' },
        { name: 'percent_done', type: 'int' },
        { name: 'done_on', type: 'date' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      directives
        .filter((directive) => directive.completedOn || directive.progress !== null)
        .map((directive) => ({
          directive_id: directive.id,
          text: directive.completedOn ? 'Đã hoàn thành, gửi kèm báo cáo kết quả.' : 'Đang triển khai thực hiện.',
          percent_done: directive.completedOn ? 100 : directive.progress,
          done_on: directive.completedOn,
          created_at: `${directive.completedOn ?? directive.dueDate}T09:00:00+07:00`,
        })),
    ),
  );
  await timed('directive_reviews', () =>
    bulkInsert(
      run,
      'directive_reviews',
      [
        { name: 'directive_id', type: 'uuid' },
        { name: 'reviewer_id', type: 'uuid' },
        { name: 'decision', type: 'text', cast: 'review_decision' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      directives
        .filter((directive) => directive.completedOn)
        .map((directive) => ({
          directive_id: directive.id,
          reviewer_id: staffId,
          decision: 'accept',
          created_at: `${directive.completedOn}T15:00:00+07:00`,
        })),
    ),
  );
  // As autovacuum would leave a database that has settled: statistics, the visibility map, and the GIN
  // indexes' pending lists merged (a search through a long pending list costs milliseconds per query).
  const started = performance.now();
  await run('VACUUM (ANALYZE)');
  print(
    `  ${'VACUUM (ANALYZE)'.padEnd(22)} ${''.padStart(10)}       ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return counts;
}

/**
 * Writes the data set of `scale` afresh into the database: a PostgreSQL database is dropped and created
 * again (it must be a plain name), a PGlite data directory emptied. Prints each table's time.
 */
export async function seedDataSet(
  scale: Scale,
  seed: number,
  asOf: string,
  database: SeedInfo['database'],
): Promise<Record<string, number>> {
  if (database.kind === 'postgres') {
    await recreatePostgres(database.url);
    await migratePostgresDatabase(database.url, migrationsDir);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return await load((text, params) => client.query(text, params), scale, seed, asOf);
    } finally {
      await client.end();
    }
  }
  rmSync(database.dataDir, { recursive: true, force: true });
  mkdirSync(join(database.dataDir, 'pglite'), { recursive: true });
  const client = await PGlite.create({ dataDir: join(database.dataDir, 'pglite') });
  try {
    await migratePgliteDatabase(fromPglite(client), migrationsDir);
    return await load((text, params) => client.query(text, params), scale, seed, asOf);
  } finally {
    await client.close();
  }
}
