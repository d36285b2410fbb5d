import {
  CreateUnitBodySchema,
  ErrorResponseSchema,
  IdParamsSchema,
  ListUnitsQuerySchema,
  UnitDetailSchema,
  UnitListSchema,
  UpdateUnitBodySchema,
} from '@partrack/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AuthenticatedContext, contextOf } from '../../lib/request-context';
import { createUnitsService } from './units.service';

const writeErrors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
  409: ErrorResponseSchema,
};

/**
 * Administrative units are public reference data (the state publishes them): anyone may read them.
 * Only an admin changes them.
 */
export const unitsRoutes: FastifyPluginAsyncZod = async (app) => {
  const units = createUnitsService({ db: app.db });
  const actor = (req: FastifyRequest) => contextOf(req) as AuthenticatedContext;

  app.get(
    '/',
    {
      config: { access: 'public' },
      schema: {
        tags: ['units'],
        summary: 'List administrative units',
        querystring: ListUnitsQuerySchema,
        response: { 200: UnitListSchema, 400: ErrorResponseSchema },
      },
    },
    async (req) => units.list(req.query),
  );

  app.get(
    '/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['units'],
        summary: 'One administrative unit with its ancestors and successions',
        params: IdParamsSchema,
        response: { 200: UnitDetailSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (req) => units.get(req.params.id),
  );

  app.post(
    '/',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['units'],
        summary: 'Create a unit',
        body: CreateUnitBodySchema,
        response: { 201: UnitDetailSchema, ...writeErrors },
      },
    },
    async (req, reply) => reply.status(201).send(await units.create(actor(req), req.body)),
  );

  app.patch(
    '/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['units'],
        summary: 'Edit a unit',
        params: IdParamsSchema,
        body: UpdateUnitBodySchema,
        response: { 200: UnitDetailSchema, ...writeErrors },
      },
    },
    async (req) => units.update(actor(req), req.params.id, req.body),
  );
};
