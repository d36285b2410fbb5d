import {
  ChangePasswordBodySchema,
  CurrentUserSchema,
  ErrorResponseSchema,
  LoginBodySchema,
  SessionSchema,
} from '@partrack/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error';
import { type AuthenticatedContext, contextOf } from '../../lib/request-context';
import { createAuthService, type SessionGrant } from './auth.service';

export const REFRESH_COOKIE = 'partrack_refresh';
/** The cookie goes only to the auth routes: no other request carries it. */
const REFRESH_COOKIE_PATH = '/api/v1/auth';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 429: ErrorResponseSchema };

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const auth = createAuthService({
    db: app.db,
    signAccessToken: (user) => app.jwt.sign({ sub: user.id, sv: user.sessionVersion }),
    accessTokenTtlSeconds: app.config.auth.accessTokenTtlSeconds,
    refreshTokenTtlHours: app.config.auth.refreshTokenTtlHours,
  });
  const limitPerUsername = app.createRateLimit({
    max: app.config.auth.loginLimitPerUsername,
    timeWindow: 60_000,
    keyGenerator: (req) => `login-user:${(req.body as { username?: string } | undefined)?.username ?? ''}`,
  });

  function setRefreshCookie(request: FastifyRequest, reply: FastifyReply, grant: SessionGrant) {
    reply.setCookie(REFRESH_COOKIE, grant.refreshToken, {
      path: REFRESH_COOKIE_PATH,
      httpOnly: true,
      sameSite: 'strict',
      secure: request.protocol === 'https',
      expires: grant.refreshExpiresAt,
    });
    return grant.session;
  }

  const authenticated = (req: FastifyRequest) => contextOf(req) as AuthenticatedContext;

  app.post(
    '/login',
    {
      config: {
        access: 'public',
        rateLimit: {
          max: app.config.auth.loginLimitPerIp,
          timeWindow: 60_000,
          keyGenerator: (req) => `login-ip:${req.ip}`,
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in',
        body: LoginBodySchema,
        response: { 200: SessionSchema, ...errors },
      },
    },
    async (req, reply) => {
      const limit = await limitPerUsername(req);
      if (!limit.isAllowed && limit.isExceeded) {
        reply.header('retry-after', String(limit.ttlInSeconds));
        throw new AppError('RATE_LIMITED', `Too many sign-in attempts for this user; retry in ${limit.ttlInSeconds} s`);
      }
      return setRefreshCookie(req, reply, await auth.login(req.body, contextOf(req)));
    },
  );

  app.post(
    '/refresh',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Rotate the refresh cookie for a new access token',
        response: { 200: SessionSchema, ...errors },
      },
    },
    async (req, reply) => setRefreshCookie(req, reply, await auth.refresh(req.cookies[REFRESH_COOKIE], contextOf(req))),
  );

  app.post(
    '/logout',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: 'Sign out: revoke this session', response: { 204: z.null() } },
    },
    async (req, reply) => {
      await auth.logout(req.cookies[REFRESH_COOKIE], contextOf(req));
      reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: CurrentUserSchema, ...errors } },
    },
    async (req) => auth.me(authenticated(req)),
  );

  app.post(
    '/password',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'Change my password; ends every other session',
        body: ChangePasswordBodySchema,
        response: { 200: SessionSchema, ...errors },
      },
    },
    async (req, reply) => setRefreshCookie(req, reply, await auth.changePassword(authenticated(req), req.body)),
  );
};
