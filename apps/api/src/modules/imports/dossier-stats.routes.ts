import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import {
  DOSSIER_STATS_NDJSON,
  type DossierStatsImportEvent,
  DossierStatsImportResultSchema,
  DossierStatsMappingSchema,
  DossierStatsPreviewSchema,
  type ErrorResponse,
  ErrorResponseSchema,
  errorStatusByCode,
  formatIssuePath,
  IdempotencyHeadersSchema,
} from '@partrack/contracts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/app-error';
import { toSafeFileName } from '../../lib/file-names';
import { hashing, idempotentRequest, runIdempotent, sendAnswer } from '../../lib/idempotency';
import { type AuthenticatedContext, contextOf } from '../../lib/request-context';
import { classifyError } from '../../plugins/error-handler';
import { createDossierStatsService, type IncomingUpload, type ProgressListener } from './dossier-stats.service';

const errors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  413: ErrorResponseSchema,
  415: ErrorResponseSchema,
};

/** The multipart part `file` (any field name), as the service reads it. */
async function uploadOf(req: FastifyRequest): Promise<{ upload: IncomingUpload; part: MultipartFile }> {
  const part = await req.file();
  if (!part)
    throw new AppError('VALIDATION_FAILED', 'Attach the statistics file (CSV or XLSX) as multipart field "file"');
  return { part, upload: { fileName: toSafeFileName(part.filename, 'thong-ke.csv'), stream: untruncated(part) } };
}

/**
 * The file's bytes. Past the size limit busboy ends the stream quietly (only `truncated` tells): read
 * as it is, a cut file would import its first rows. Failing the read rolls the import back with a 413.
 */
async function* untruncated(part: MultipartFile): AsyncGenerator<Buffer> {
  for await (const chunk of part.file) yield chunk as Buffer;
  if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE', 'The file is larger than the upload limit');
}

/** The `mapping` text field, which the form sends before the file. */
function mappingOf(part: MultipartFile) {
  const field = part.fields.mapping;
  const value = field && !Array.isArray(field) && field.type === 'field' ? field.value : undefined;
  if (typeof value !== 'string') {
    throw new AppError('VALIDATION_FAILED', 'Send the column mapping as the field "mapping", before the file', [
      { path: 'mapping', code: 'required', message: 'Required, before the file' },
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    throw new AppError('INVALID_JSON', 'The field "mapping" is not valid JSON');
  }
  const parsed = DossierStatsMappingSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION_FAILED',
      'The column mapping is not valid',
      parsed.error.issues.map((issue) => ({
        path: formatIssuePath(['mapping', ...issue.path]),
        code: issue.code,
        message: issue.message,
      })),
    );
  }
  return parsed.data;
}

/** Reads what is left of an upload, so that the request ends cleanly after an early answer. */
function drain(part: MultipartFile) {
  part.file.resume();
}

export const dossierStatsRoutes: FastifyPluginAsyncZod = async (app) => {
  const imports = createDossierStatsService({ db: app.db });
  await app.register(fastifyMultipart, { limits: { fileSize: app.config.uploadLimitBytes, files: 1, fields: 2 } });
  const actor = (req: FastifyRequest) => contextOf(req) as AuthenticatedContext;

  app.post(
    '/dossier-stats/preview',
    {
      config: { access: ['admin', 'inspector'] },
      schema: {
        tags: ['imports'],
        summary:
          'Read the header and first rows of a one-stop statistics file (CSV or XLSX) and propose a column mapping',
        consumes: ['multipart/form-data'],
        response: { 200: DossierStatsPreviewSchema, ...errors },
      },
    },
    async (req) => {
      const { part, upload } = await uploadOf(req);
      try {
        // A mapping sent before the file (the user's corrections) reads the first rows with it.
        const mapping = part.fields.mapping ? mappingOf(part) : undefined;
        return await imports.preview(actor(req), upload, mapping);
      } finally {
        drain(part);
      }
    },
  );

  app.post(
    '/dossier-stats',
    {
      config: { access: ['admin', 'inspector'] },
      schema: {
        tags: ['imports'],
        summary:
          'Import one-stop dossier statistics (multipart: "mapping" then "file"): every row or none, upserted. ' +
          'With Accept: application/x-ndjson, progress events stream as the rows are read.',
        consumes: ['multipart/form-data'],
        headers: IdempotencyHeadersSchema,
        response: { 200: DossierStatsImportResultSchema, 422: ErrorResponseSchema, ...errors },
      },
    },
    async (req, reply) => {
      const { part, upload } = await uploadOf(req);
      let mapping: ReturnType<typeof mappingOf>;
      try {
        mapping = mappingOf(part);
      } catch (error) {
        drain(part);
        throw error;
      }
      // The file is hashed as the import reads it, so it still streams; a replay reads it through here.
      const fileHash = createHash('sha256');
      const hashed: IncomingUpload = { ...upload, stream: hashing(upload.stream, fileHash) };
      const parts = async () => {
        for await (const _ of hashed.stream);
        return [JSON.stringify(mapping), upload.fileName, fileHash.digest('hex')];
      };
      const run = (onProgress?: ProgressListener) =>
        runIdempotent(app.db, idempotentRequest(req, parts), async (db) => ({
          statusCode: 200,
          body: await createDossierStatsService({ db }).importFile(actor(req), hashed, mapping, onProgress),
        }));
      if (!(req.headers.accept ?? '').includes(DOSSIER_STATS_NDJSON)) {
        try {
          return sendAnswer(reply, await run());
        } finally {
          drain(part);
        }
      }
      // Progress as NDJSON: the status is 200 from the start; the last line says done or failed. A
      // replay is its `done` line alone (its headers are gone by the time the key is looked up).
      const out = new PassThrough();
      const send = (event: DossierStatsImportEvent) => out.write(`${JSON.stringify(event)}\n`);
      // The stream bypasses the response schema: each event is a contract of its own.
      (reply as FastifyReply)
        .type(`${DOSSIER_STATS_NDJSON}; charset=utf-8`)
        .header('cache-control', 'no-store')
        .send(out);
      run(send)
        .then(
          (outcome) => send({ type: 'done', result: outcome.body }),
          (error: FastifyError) => {
            const known = classifyError(error);
            if (known) req.log.info({ err: error, code: known.code }, known.message);
            else req.log.error({ err: error }, 'Unexpected error');
            const code = known?.code ?? 'INTERNAL_ERROR';
            const body: ErrorResponse = {
              statusCode: errorStatusByCode[code],
              code,
              message: known?.message ?? 'Something went wrong on our side; quote the request id',
              requestId: req.id,
              ...(known?.issues ? { issues: known.issues } : {}),
            };
            send({ type: 'failed', error: body });
          },
        )
        .finally(() => {
          drain(part);
          out.end();
        });
      return reply;
    },
  );
};
