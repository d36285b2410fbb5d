import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sealAuditTrail } from '../modules/audit-events/audit-sealer';

/** How often the sealer looks for committed events to seal (one index lookup when there are none). */
const SEAL_INTERVAL_MS = 200;

/**
 * Seals the audit trail after commit (ADR 008): at start, then every SEAL_INTERVAL_MS, and once more
 * on close for what the last requests wrote. Requests only insert their events, so no write waits
 * for another's commit.
 */
export const auditSealerPlugin = fp(async (app: FastifyInstance) => {
  let running: Promise<unknown> | undefined;
  const run = () => {
    running ??= sealAuditTrail(app.database.jobs)
      .catch((error: unknown) => app.log.error({ err: error }, 'Sealing the audit trail failed; it will run again'))
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    run();
    timer = setInterval(run, SEAL_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
    await run();
  });
});
