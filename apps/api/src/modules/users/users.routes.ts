import {
  CreateUserBodySchema,
  ErrorResponseSchema,
  IdParamsSchema,
  ListUsersQuerySchema,
  ResetPasswordBodySchema,
  UpdateUserBodySchema,
  UserListSchema,
  UserSchema,
} from '@partrack/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AuthenticatedContext, contextOf } from '../../lib/request-context';
import { createUsersService } from './users.service';

const errors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
  409: ErrorResponseSchema,
};
const adminOnly = { access: ['admin'] as const };

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const users = createUsersService({ db: app.db });
  const actor = (req: FastifyRequest) => contextOf(req) as AuthenticatedContext;

  app.get(
    '/',
    {
      config: adminOnly,
      schema: {
        tags: ['users'],
        summary: 'List users',
        querystring: ListUsersQuerySchema,
        response: { 200: UserListSchema, ...errors },
      },
    },
    async (req) => users.list(req.query),
  );

  app.post(
    '/',
    {
      config: adminOnly,
      schema: {
        tags: ['users'],
        summary: 'Create a user',
        body: CreateUserBodySchema,
        response: { 201: UserSchema, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await users.create(actor(req), req.body)),
  );

  app.get(
    '/:id',
    {
      config: adminOnly,
      schema: {
        tags: ['users'],
        summary: 'One user',
        params: IdParamsSchema,
        response: { 200: UserSchema, ...errors },
      },
    },
    async (req) => users.get(req.params.id),
  );

  app.patch(
    '/:id',
    {
      config: adminOnly,
      schema: {
        tags: ['users'],
        summary: 'Edit, disable or enable a user',
        params: IdParamsSchema,
        body: UpdateUserBodySchema,
        response: { 200: UserSchema, ...errors },
      },
    },
    async (req) => users.update(actor(req), req.params.id, req.body),
  );

  app.post(
    '/:id/password',
    {
      config: adminOnly,
      schema: {
        tags: ['users'],
        summary: "Reset a user's password; ends their sessions",
        params: IdParamsSchema,
        body: ResetPasswordBodySchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await users.resetPassword(actor(req), req.params.id, req.body);
      return reply.status(204).send(null);
    },
  );
};
