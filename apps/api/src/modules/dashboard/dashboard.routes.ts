import {
  DashboardSummaryQuerySchema,
  DashboardSummarySchema,
  ErrorResponseSchema,
  OnTimeRatesQuerySchema,
  OnTimeRatesSchema,
  TaskCompletionQuerySchema,
  TaskCompletionSchema,
  TrendSchema,
  TrendsQuerySchema,
} from '@partrack/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendJsonAnswer } from '../../lib/http-cache';
import { type AuthenticatedContext, contextOf } from '../../lib/request-context';
import { createDashboardService } from './dashboard.service';
import { createAnswerCache } from './dashboard-answers';

const responses = {
  304: z.null().describe('Not modified: the If-None-Match ETag is still current'),
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  404: ErrorResponseSchema,
};
const headers = z.object({ 'if-none-match': z.string().max(1000).optional() });

/**
 * What leaders read every week, limited to the caller's scope. Every answer carries an ETag (a hash
 * of the answer) and `Cache-Control: private, no-cache`; asking again with If-None-Match gets 304.
 * Answers are kept until the data changes (dashboard-answers.ts).
 */
export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  const dashboard = createDashboardService({
    db: app.db,
    answers: createAnswerCache(app.config.dashboardCacheMegabytes),
  });
  const actor = (req: FastifyRequest) => contextOf(req) as AuthenticatedContext;

  app.get(
    '/on-time-rates',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['dashboard'],
        summary: 'On-time dossier rate per unit (and tier) under a named definition; not reported said so',
        querystring: OnTimeRatesQuerySchema,
        headers,
        response: { 200: OnTimeRatesSchema, ...responses },
      },
    },
    async (req, reply) => {
      const body = await dashboard.onTimeRates(actor(req), req.query);
      return sendJsonAnswer(req, reply, body);
    },
  );

  app.get(
    '/task-completion',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['dashboard'],
        summary: 'Directives per unit in the four buckets, completion rates, and reported plan tasks',
        querystring: TaskCompletionQuerySchema,
        headers,
        response: { 200: TaskCompletionSchema, ...responses },
      },
    },
    async (req, reply) => {
      const body = await dashboard.taskCompletion(actor(req), req.query);
      return sendJsonAnswer(req, reply, body);
    },
  );

  app.get(
    '/trends',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['dashboard'],
        summary: "One unit's indicator by month, quarter, half or year: counts summed, rates from summed counts",
        querystring: TrendsQuerySchema,
        headers,
        response: { 200: TrendSchema, ...responses },
      },
    },
    async (req, reply) => {
      const body = await dashboard.trends(actor(req), req.query);
      return sendJsonAnswer(req, reply, body);
    },
  );

  app.get(
    '/summary',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['dashboard'],
        summary: 'Inspections, overdue directives, on-time completion, days to close, units not inspected',
        querystring: DashboardSummaryQuerySchema,
        headers,
        response: { 200: DashboardSummarySchema, ...responses },
      },
    },
    async (req, reply) => {
      const body = await dashboard.summary(actor(req), req.query);
      return sendJsonAnswer(req, reply, body);
    },
  );
};
