import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sealAuditTrail } from '../modules/audit-events/audit-sealer';
import { runEvery } from './interval-job';

/**
 * Seals the audit trail after commit (ADR 008): at start, then every 200 ms (one index lookup when
 * nothing waits), and once more on close for what the last requests wrote. Requests only insert their
 * events, so no write waits for another's commit.
 */
export const auditSealerPlugin = fp(async (app: FastifyInstance) => {
  runEvery(app, {
    intervalMs: 200,
    job: () => sealAuditTrail(app.database.jobs),
    failure: 'Sealing the audit trail failed; it will run again',
    runOnClose: true,
  });
});
