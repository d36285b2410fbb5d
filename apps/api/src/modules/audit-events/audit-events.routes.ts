import { AuditEventListSchema, ErrorResponseSchema, ListAuditEventsQuerySchema } from '@partrack/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createAuditEventsRepository } from './audit-events.repository';
import { createAuditEventsService } from './audit-events.service';

export const auditEventsRoutes: FastifyPluginAsyncZod = async (app) => {
  const auditEvents = createAuditEventsService({ repo: createAuditEventsRepository(app.db) });

  app.get(
    '/',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail, newest first',
        querystring: ListAuditEventsQuerySchema,
        response: {
          200: AuditEventListSchema,
          400: ErrorResponseSchema,
          401: ErrorResponseSchema,
          403: ErrorResponseSchema,
        },
      },
    },
    async (req) => auditEvents.list(req.query),
  );
};
