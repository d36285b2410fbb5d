import fastifyMultipart from '@fastify/multipart';
import {
  CreateDirectiveUpdateBodySchema,
  DecideExtensionBodySchema,
  DirectiveDetailSchema,
  DirectiveListSchema,
  ErrorResponseSchema,
  EvidenceParamsSchema,
  EvidenceUploadSchema,
  ExtensionParamsSchema,
  IdempotencyHeadersSchema,
  IdParamsSchema,
  ListDirectivesQuerySchema,
  RequestExtensionBodySchema,
  ReviewDirectiveBodySchema,
} from '@partrack/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { toSafeFileName } from '../../lib/file-names';
import { createLocalFileStorage } from '../../lib/file-storage';
import { idempotentRequest, runIdempotent, sendAnswer } from '../../lib/idempotency';
import { type AuthenticatedContext, contextOf } from '../../lib/request-context';
import { createDirectivesService, type IncomingFile } from './directives.service';

const errors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
  409: ErrorResponseSchema,
};
const idempotencyErrors = { 422: ErrorResponseSchema };

export const directivesRoutes: FastifyPluginAsyncZod = async (app) => {
  const storage = createLocalFileStorage(app.config.filesDir);
  const directives = createDirectivesService({ db: app.db, storage });
  // Multipart only for this module's upload route; size checked while reading (413, nothing stored).
  await app.register(fastifyMultipart, { limits: { fileSize: app.config.uploadLimitBytes, files: 10, fields: 0 } });
  const actor = (req: FastifyRequest) => contextOf(req) as AuthenticatedContext;

  app.get(
    '/',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['directives'],
        summary: 'Directives in your scope, by bucket, stage, unit, due date, PAR area or inspection',
        querystring: ListDirectivesQuerySchema,
        response: { 200: DirectiveListSchema, ...errors },
      },
    },
    async (req) => directives.list(actor(req), req.query),
  );

  app.get(
    '/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['directives'],
        summary: 'One directive with its timeline and what you may do with it',
        params: IdParamsSchema,
        response: { 200: DirectiveDetailSchema, ...errors },
      },
    },
    async (req) => directives.get(actor(req), req.params.id),
  );

  app.post(
    '/:id/updates',
    {
      config: { access: ['admin', 'unit_officer'] },
      schema: {
        tags: ['directives'],
        summary: 'Report progress, or report it done (doneOn), as the addressed unit',
        params: IdParamsSchema,
        headers: IdempotencyHeadersSchema,
        body: CreateDirectiveUpdateBodySchema,
        response: { 201: DirectiveDetailSchema, ...idempotencyErrors, ...errors },
      },
    },
    async (req, reply) => {
      const outcome = await runIdempotent(app.db, idempotentRequest(req), async (db) => ({
        statusCode: 201,
        body: await createDirectivesService({ db, storage }).report(actor(req), req.params.id, req.body),
      }));
      return sendAnswer(reply, outcome);
    },
  );

  app.post(
    '/:id/review',
    {
      config: { access: ['admin', 'inspector'] },
      schema: {
        tags: ['directives'],
        summary: 'Accept a reported completion, or return it with a comment',
        params: IdParamsSchema,
        body: ReviewDirectiveBodySchema,
        response: { 200: DirectiveDetailSchema, ...errors },
      },
    },
    async (req) => directives.review(actor(req), req.params.id, req.body),
  );

  app.post(
    '/:id/extensions',
    {
      config: { access: ['admin', 'unit_officer'] },
      schema: {
        tags: ['directives'],
        summary: 'Ask for a later due date, with a reason',
        params: IdParamsSchema,
        body: RequestExtensionBodySchema,
        response: { 201: DirectiveDetailSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await directives.requestExtension(actor(req), req.params.id, req.body)),
  );

  app.post(
    '/:id/extensions/:extensionId/decision',
    {
      config: { access: ['admin', 'leader'] },
      schema: {
        tags: ['directives'],
        summary: 'Approve or reject an extension request',
        params: ExtensionParamsSchema,
        body: DecideExtensionBodySchema,
        response: { 200: DirectiveDetailSchema, ...errors },
      },
    },
    async (req) => directives.decideExtension(actor(req), req.params.id, req.params.extensionId, req.body),
  );

  app.post(
    '/:id/evidence',
    {
      config: { access: ['admin', 'unit_officer'] },
      schema: {
        tags: ['directives'],
        summary: 'Upload evidence files (multipart) to cite in a progress report; PDF, images, DOCX, XLSX',
        consumes: ['multipart/form-data'],
        params: IdParamsSchema,
        headers: IdempotencyHeadersSchema,
        response: {
          201: EvidenceUploadSchema,
          413: ErrorResponseSchema,
          415: ErrorResponseSchema,
          ...idempotencyErrors,
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const files: IncomingFile[] = [];
      for await (const part of req.files()) {
        files.push({ fileName: toSafeFileName(part.filename, 'tep-dinh-kem'), content: await part.toBuffer() });
      }
      const parts = () => files.flatMap((file) => [file.fileName, file.content]);
      const outcome = await runIdempotent(app.db, idempotentRequest(req, parts), async (db) => ({
        statusCode: 201,
        body: await createDirectivesService({ db, storage }).uploadEvidence(actor(req), req.params.id, files),
      }));
      return sendAnswer(reply, outcome);
    },
  );

  app.get(
    '/:id/evidence/:fileId',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['directives'],
        summary: 'Download an evidence file (whoever may see the directive)',
        params: EvidenceParamsSchema,
        response: { 200: z.any(), ...errors },
      },
    },
    async (req, reply) => {
      const { file, stream } = await directives.openEvidence(actor(req), req.params.id, req.params.fileId);
      return reply
        .type(file.mediaType)
        .header('content-length', String(file.sizeBytes))
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('x-content-sha256', file.sha256)
        .send(stream);
    },
  );
};
