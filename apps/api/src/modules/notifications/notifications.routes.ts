import {
  ErrorResponseSchema,
  IdParamsSchema,
  ListNotificationsQuerySchema,
  MarkedReadSchema,
  NotificationListSchema,
} from '@partrack/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AuthenticatedContext, contextOf } from '../../lib/request-context';
import { createNotificationsService } from './notifications.service';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema };

/** Everyone's own notifications: no one reads another's. */
export const notificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const notifications = createNotificationsService({ db: app.db });
  const actor = (req: FastifyRequest) => contextOf(req) as AuthenticatedContext;

  app.get(
    '/',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['notifications'],
        summary: 'My notifications, newest first, with the unread count',
        querystring: ListNotificationsQuerySchema,
        response: { 200: NotificationListSchema, ...errors },
      },
    },
    async (req) => notifications.list(actor(req), req.query),
  );

  app.post(
    '/:id/read',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['notifications'],
        summary: 'Mark one of my notifications read',
        params: IdParamsSchema,
        response: { 200: MarkedReadSchema, ...errors },
      },
    },
    async (req) => ({ marked: await notifications.markRead(actor(req), [req.params.id]) }),
  );

  app.post(
    '/read-all',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['notifications'],
        summary: 'Mark all my notifications read',
        response: { 200: MarkedReadSchema, ...errors },
      },
    },
    async (req) => ({ marked: await notifications.markRead(actor(req), 'all') }),
  );
};
