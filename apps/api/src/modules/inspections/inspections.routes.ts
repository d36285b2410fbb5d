import {
  CreateInspectionBodySchema,
  ErrorResponseSchema,
  ExportInspectionsQuerySchema,
  IdempotencyHeadersSchema,
  IdParamsSchema,
  InspectionListSchema,
  InspectionSchema,
  ListInspectionsQuerySchema,
  UpdateInspectionBodySchema,
} from '@partrack/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idempotentRequest, runIdempotent, sendAnswer } from '../../lib/idempotency';
import { type AuthenticatedContext, contextOf } from '../../lib/request-context';
import { createInspectionsService, etagOf } from './inspections.service';
import { exportFileName, inspectionsToCsv, inspectionsToXlsx } from './inspections-export';

const errors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
};
const editors = { access: ['admin', 'inspector'] as const };
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const inspectionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const inspections = createInspectionsService({ db: app.db });
  const actor = (req: FastifyRequest) => contextOf(req) as AuthenticatedContext;

  app.get(
    '/',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['inspections'],
        summary: 'Find inspections in your scope',
        querystring: ListInspectionsQuerySchema,
        response: { 200: InspectionListSchema, ...errors },
      },
    },
    async (req) => inspections.list(actor(req), req.query),
  );

  app.get(
    '/export',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['inspections'],
        summary: 'The filtered list as CSV or XLSX',
        querystring: ExportInspectionsQuerySchema,
        response: { 200: z.any(), ...errors },
      },
    },
    async (req, reply) => {
      const { format, ...query } = req.query;
      const items = await inspections.listAll(actor(req), query);
      reply.header('content-disposition', `attachment; filename="${exportFileName(format)}"`);
      if (format === 'xlsx') return reply.type(XLSX_TYPE).send(await inspectionsToXlsx(items));
      return reply.type('text/csv; charset=utf-8').send(inspectionsToCsv(items));
    },
  );

  app.post(
    '/',
    {
      config: editors,
      schema: {
        tags: ['inspections'],
        summary: 'Log an inspection with its findings, figures and directives, in one transaction',
        headers: IdempotencyHeadersSchema,
        body: CreateInspectionBodySchema,
        response: { 201: InspectionSchema, 422: ErrorResponseSchema, ...errors },
      },
    },
    async (req, reply) => {
      const outcome = await runIdempotent(app.db, idempotentRequest(req), async (db) => {
        const created = await createInspectionsService({ db }).create(actor(req), req.body);
        return {
          statusCode: 201,
          body: created,
          headers: { etag: etagOf(created.version), location: `/api/v1/inspections/${created.id}` },
        };
      });
      return sendAnswer(reply, outcome);
    },
  );

  app.get(
    '/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['inspections'],
        summary: 'One inspection, whole, with computed on-time rates and consistency flags',
        params: IdParamsSchema,
        response: { 200: InspectionSchema, ...errors },
      },
    },
    async (req, reply) => {
      const inspection = await inspections.get(actor(req), req.params.id);
      return reply.header('etag', etagOf(inspection.version)).send(inspection);
    },
  );

  app.patch(
    '/:id',
    {
      config: editors,
      schema: {
        tags: ['inspections'],
        summary: 'Edit an inspection; needs If-Match with its ETag (412 when stale, 428 when missing)',
        params: IdParamsSchema,
        headers: z.object({ 'if-match': z.string().max(100).optional() }),
        body: UpdateInspectionBodySchema,
        response: { 200: InspectionSchema, 412: ErrorResponseSchema, 428: ErrorResponseSchema, ...errors },
      },
    },
    async (req, reply) => {
      const updated = await inspections.update(actor(req), req.params.id, req.headers['if-match'], req.body);
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.delete(
    '/:id',
    {
      config: editors,
      schema: {
        tags: ['inspections'],
        summary: 'Delete an inspection (soft: an admin can restore it)',
        params: IdParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await inspections.remove(actor(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/:id/restore',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['inspections'],
        summary: 'Restore a deleted inspection',
        params: IdParamsSchema,
        response: { 200: InspectionSchema, ...errors },
      },
    },
    async (req, reply) => {
      const restored = await inspections.restore(actor(req), req.params.id);
      return reply.header('etag', etagOf(restored.version)).send(restored);
    },
  );
};
