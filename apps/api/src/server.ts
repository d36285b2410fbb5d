import pino from 'pino';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config/load-config';
import { prepareDatabase } from './db/prepare-database';
import { sendError } from './plugins/error-handler';

async function main() {
  const config = loadConfig();
  const log = pino({ level: config.logLevel });

  const database = await prepareDatabase(config, log);
  const app = await buildApp({ config, database, logger: log });

  let isShuttingDown = false;
  app.addHook('onRequest', async (request, reply) => {
    if (isShuttingDown) return sendError(request, reply, 'SHUTTING_DOWN', 'partrack is restarting; try again shortly');
  });

  const shutdown = async (signal: string) => {
    if (isShuttingDown) return;
    isShuttingDown = true;
    app.log.info({ signal }, 'Shutting down: finishing requests in flight');
    const timer = setTimeout(() => {
      app.log.error('Shutdown timed out; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    try {
      await app.close();
      await database.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'Shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ host: config.host, port: config.port });
  app.log.info(
    { database: database.kind, dataDir: config.database.kind === 'pglite' ? config.database.dataDir : undefined },
    `partrack is ready at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${app.server.address() && typeof app.server.address() === 'object' ? (app.server.address() as { port: number }).port : config.port}`,
  );
}

main().catch((error: unknown) => {
  // Start-up failures are for a person to read: the message, not a stack.
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`partrack could not start.\n${message}\n`);
  if (!(error instanceof ConfigError) && error instanceof Error && error.cause) {
    process.stderr.write(`Cause: ${error.cause instanceof Error ? error.cause.message : String(error.cause)}\n`);
  }
  process.exit(1);
});
