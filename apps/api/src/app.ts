import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { resolveJwtSecret } from './config/jwt-secret';
import type { Config } from './config/load-config';
import type { Database } from './db/database';
import { auditEventsRoutes } from './modules/audit-events/audit-events.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes';
import { directivesRoutes } from './modules/directives/directives.routes';
import { healthRoutes } from './modules/health/health.routes';
import { dossierStatsRoutes } from './modules/imports/dossier-stats.routes';
import { reportTextRoutes } from './modules/imports/report-text.routes';
import { inspectionsRoutes } from './modules/inspections/inspections.routes';
import { notificationsRoutes } from './modules/notifications/notifications.routes';
import { unitsRoutes } from './modules/units/units.routes';
import { usersRoutes } from './modules/users/users.routes';
import { accessControlPlugin } from './plugins/access-control';
import { auditSealerPlugin } from './plugins/audit-sealer';
import { databasePlugin } from './plugins/database';
import { errorHandlerPlugin, sendFrameworkError } from './plugins/error-handler';
import { inputGuardPlugin } from './plugins/input-guard';
import { openapiPlugin } from './plugins/openapi';
import { remindersPlugin } from './plugins/reminders';
import { securityPlugin } from './plugins/security';
import { spaPlugin } from './plugins/spa';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export type BuildAppOptions = {
  config: Config;
  database: Database;
  /** A logger to share (the server's), `false` for none (tests), or omitted for one at LOG_LEVEL. */
  logger?: FastifyBaseLogger | false;
};

/** Builds the whole application without listening: the server and the tests both start here. */
export async function buildApp({ config, database, logger }: BuildAppOptions) {
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: logger ?? { level: config.logLevel } }),
    bodyLimit: config.bodyLimitBytes,
    requestIdHeader: false,
    // Keep a caller's well-formed x-request-id so logs can be joined across systems.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors: sendFrameworkError,
    trustProxy: config.trustProxy,
    // While shutting down, server.ts answers 503 SHUTTING_DOWN in the one error shape; Fastify's own 503 has another.
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(databasePlugin, { config, database });
  await app.register(errorHandlerPlugin);
  await app.register(inputGuardPlugin);
  await app.register(securityPlugin, { config });
  // Before any route: every /api route registered after it must declare its access policy.
  await app.register(accessControlPlugin, {
    jwtSecret: resolveJwtSecret(config),
    accessTokenTtlSeconds: config.auth.accessTokenTtlSeconds,
  });
  await app.register(openapiPlugin);
  await app.register(healthRoutes, { prefix: '/api' });
  await app.register(authRoutes, { prefix: '/api/v1/auth' });
  await app.register(usersRoutes, { prefix: '/api/v1/users' });
  await app.register(unitsRoutes, { prefix: '/api/v1/units' });
  await app.register(inspectionsRoutes, { prefix: '/api/v1/inspections' });
  await app.register(directivesRoutes, { prefix: '/api/v1/directives' });
  await app.register(notificationsRoutes, { prefix: '/api/v1/notifications' });
  await app.register(auditEventsRoutes, { prefix: '/api/v1/audit-events' });
  await app.register(dashboardRoutes, { prefix: '/api/v1/dashboard' });
  await app.register(dossierStatsRoutes, { prefix: '/api/v1/imports' });
  await app.register(reportTextRoutes, { prefix: '/api/v1/imports' });
  await app.register(spaPlugin, { webDistDir: config.webDistDir });
  await app.register(remindersPlugin);
  await app.register(auditSealerPlugin);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
