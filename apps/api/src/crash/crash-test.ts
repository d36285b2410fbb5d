import { InspectionSchema, SessionSchema, UnitListSchema } from '@partrack/contracts';
import { sql, TransactionRollbackError } from 'drizzle-orm';
import { type Db, executeRows } from '../db/database';
import { DEMO_PASSWORD } from '../db/demo/demo-users';
import { createAuditEventsRepository } from '../modules/audit-events/audit-events.repository';
import { createAuditEventsService } from '../modules/audit-events/audit-events.service';
import { sealAuditTrail } from '../modules/audit-events/audit-sealer';
import { loadDemoDataInto, type ServerDatabase, startServer } from '../testing/server-process';

/** Every inspection the load creates has this many figures and directives: fewer means a partial write. */
const FIGURES_PER_INSPECTION = 3;
const DIRECTIVES_PER_INSPECTION = 2;
const TOPIC_PREFIX = 'crash-test';

export type CrashTestResult = {
  /** Creates the server answered 201. */
  acknowledged: number;
  /** Acknowledged creates found after the restart (must equal acknowledged). */
  found: number;
  /** Creates in flight when the server was killed that committed anyway (allowed: the client never heard). */
  unacknowledgedFound: number;
  /** Inspections missing figures, directives or their audit event (must be 0). */
  partial: number;
  auditEvents: number;
  isAuditChainIntact: boolean;
  /** figure_periods equals what refresh_figure_periods computes from figures now. */
  doFigurePeriodsAgree: boolean;
  /** Requests that failed other than by the kill (must be 0). */
  unexpectedErrors: string[];
};

/** figure_periods, every row, sorted: equal fingerprints mean equal tables. */
async function fingerprintFigurePeriods(db: Db): Promise<string | undefined> {
  const [row] = await executeRows<{ md5: string }>(
    db,
    sql`SELECT md5(coalesce(string_agg(json, E'\n' ORDER BY json), '')) AS md5
          FROM (SELECT row_to_json(p)::text AS json FROM figure_periods p) rows`,
  );
  return row?.md5;
}

/**
 * Kills the server with SIGKILL in the middle of a write load, starts it again, and checks that every
 * write the client saw succeed is there and no write is there in part. `database` must be migrated
 * and empty; it gets the demo data (an admin and units) first.
 */
export async function runCrashTest({
  database,
  loadMs,
  minAcknowledged = 1,
  connections,
}: {
  database: ServerDatabase;
  loadMs: number;
  minAcknowledged?: number;
  connections: number;
}): Promise<CrashTestResult> {
  await loadDemoDataInto(database);
  const server = await startServer(database.env);
  const acknowledged = new Set<string>();
  const unexpectedErrors: string[] = [];
  let isKilled = false;
  try {
    const login = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
    });
    const { accessToken } = SessionSchema.parse(await login.json());
    const units = UnitListSchema.parse(
      await (
        await fetch(`${server.baseUrl}/api/v1/units?q=Kiến An`, { headers: { authorization: `Bearer ${accessToken}` } })
      ).json(),
    );
    const unitId = units.items.find((unit) => unit.name === 'Quận Kiến An')?.id;
    if (!unitId) throw new Error('The demo data has no Quận Kiến An');

    const worker = async (index: number) => {
      for (let n = 0; !isKilled; n++) {
        // Each write its own period, so that figure_periods gains rows as the figures do.
        const periodEnd = new Date(Date.UTC(2000 + (n % 25), index % 12, 28)).toISOString().slice(0, 10);
        try {
          const response = await fetch(`${server.baseUrl}/api/v1/inspections`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
            body: JSON.stringify({
              unitId,
              kind: 'visit',
              date: '2025-06-30',
              topic: `${TOPIC_PREFIX} ${index}-${n}`,
              figures: ['received', 'resolved', 'resolved_on_time'].map((indicator, position) => ({
                indicator,
                periodEnd,
                value: 100 - position,
              })),
              directives: Array.from({ length: DIRECTIVES_PER_INSPECTION }, (_, position) => ({
                leadUnitId: unitId,
                text: `Chỉ đạo ${position + 1}`,
              })),
            }),
          });
          const body: unknown = await response.json();
          if (response.status === 201) acknowledged.add(InspectionSchema.parse(body).id);
          else if (!isKilled) unexpectedErrors.push(`${response.status} ${JSON.stringify(body)}`);
        } catch (error) {
          // After the kill every request fails; before it, none should.
          if (!isKilled) unexpectedErrors.push(String(error));
        }
      }
    };
    const load = Promise.all(Array.from({ length: connections }, (_, index) => worker(index)));
    // At least loadMs, and at least minAcknowledged writes in, however busy the machine.
    const startedAt = Date.now();
    while (Date.now() - startedAt < loadMs || acknowledged.size < minAcknowledged) {
      if (unexpectedErrors.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    isKilled = true;
    server.child.kill('SIGKILL');
    await server.exited;
    await load;
  } finally {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
  }

  // The server must start again on what the crash left, and stop cleanly, before the data is read here.
  const restarted = await startServer(database.env);
  restarted.child.kill('SIGTERM');
  const { code } = await restarted.exited;
  if (code !== 0) throw new Error(`The restarted server did not stop cleanly:\n${restarted.output()}`);

  const checked = await database.open();
  try {
    const rows = await executeRows<{ id: string; figures: number; directives: number; events: number }>(
      checked.db,
      sql`SELECT i.id,
                 (SELECT count(*)::int FROM figures f WHERE f.inspection_id = i.id) AS figures,
                 (SELECT count(*)::int FROM directives d WHERE d.inspection_id = i.id) AS directives,
                 (SELECT count(*)::int FROM audit_events e
                   WHERE e.entity_type = 'inspection' AND e.entity_id = i.id::text AND e.action = 'inspection.created') AS events
            FROM inspections i WHERE i.topic LIKE ${`${TOPIC_PREFIX} %`}`,
    );
    const present = new Set(rows.map((row) => row.id));
    // What the killed server had not sealed yet is sealed, as its next start would, then the chain walked.
    await sealAuditTrail(checked.db);
    const chain = await createAuditEventsService({ repo: createAuditEventsRepository(checked.db) }).verify();
    // figure_periods as it stands, then as rebuilt from every figure, inside a transaction rolled back.
    const stored = await fingerprintFigurePeriods(checked.db);
    let rebuilt: typeof stored | undefined;
    await checked.db
      .transaction(async (tx) => {
        await tx.execute(sql`DELETE FROM figure_periods`);
        await tx.execute(
          sql`SELECT refresh_figure_periods(array_agg(unit_id), array_agg(tier), array_agg(period_start), array_agg(period_end))
                FROM (SELECT DISTINCT unit_id, tier, period_start, period_end FROM figures) existing`,
        );
        rebuilt = await fingerprintFigurePeriods(tx);
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof TransactionRollbackError)) throw error;
      });
    return {
      acknowledged: acknowledged.size,
      found: [...acknowledged].filter((id) => present.has(id)).length,
      unacknowledgedFound: rows.filter((row) => !acknowledged.has(row.id)).length,
      partial: rows.filter(
        (row) =>
          row.figures !== FIGURES_PER_INSPECTION || row.directives !== DIRECTIVES_PER_INSPECTION || row.events !== 1,
      ).length,
      auditEvents: chain.checked,
      isAuditChainIntact: chain.ok,
      doFigurePeriodsAgree: stored !== undefined && stored === rebuilt,
      unexpectedErrors,
    };
  } finally {
    await checked.close();
  }
}
