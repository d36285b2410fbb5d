import { ErrorResponseSchema, HealthSchema, ReadinessSchema } from '@partrack/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { countAppliedMigrations, countExpectedMigrations } from '../../db/migrate';
import { AppError } from '../../lib/app-error';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  const expected = countExpectedMigrations(app.config.migrationsDir);

  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: { tags: ['operations'], summary: 'Liveness: the process answers', response: { 200: HealthSchema } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      config: { access: 'public' },
      schema: {
        tags: ['operations'],
        summary: 'Readiness: the database answers and every migration is applied',
        response: { 200: ReadinessSchema, 503: ErrorResponseSchema },
      },
    },
    async () => {
      const applied = await countAppliedMigrations(app.db);
      if (applied < expected) {
        throw new AppError('NOT_READY', `Database migrations pending: ${applied} of ${expected} applied`);
      }
      return {
        status: 'ready' as const,
        database: app.database.kind,
        migrations: { applied, expected },
        ...(app.database.poolStats ? { pool: app.database.poolStats() } : {}),
      };
    },
  );
};
