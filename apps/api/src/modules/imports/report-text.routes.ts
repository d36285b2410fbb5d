import { ErrorResponseSchema, ReportDraftSchema, ReportTextImportBodySchema } from '@partrack/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createReportTextService } from './report-text.service';

/** Home Affairs staff turn a written report into a draft inspection; nothing is stored. */
export const reportTextRoutes: FastifyPluginAsyncZod = async (app) => {
  const reportText = createReportTextService({ db: app.db });

  app.post(
    '/report-text',
    {
      config: { access: ['admin', 'inspector'] },
      schema: {
        tags: ['imports'],
        summary: 'Read a report text into a draft inspection (units resolved on the event date); stores nothing',
        body: ReportTextImportBodySchema,
        response: {
          200: ReportDraftSchema,
          400: ErrorResponseSchema,
          401: ErrorResponseSchema,
          403: ErrorResponseSchema,
        },
      },
    },
    async (req) => reportText.draft(req.body),
  );
};
