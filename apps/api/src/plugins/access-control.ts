import fastifyJwt from '@fastify/jwt';
import { IdSchema, type Role } from '@partrack/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error';
import { createUsersRepository } from '../modules/users/users.repository';

/**
 * Every API route declares who may call it: `'public'`, `'authenticated'` (any signed-in user) or the
 * roles allowed. Object-level rules (scope by unit) live in the services.
 */
export type AccessPolicy = 'public' | 'authenticated' | readonly Role[];

export type RegisteredRoute = { method: string; url: string; access: AccessPolicy };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessPolicy;
  }
  interface FastifyInstance {
    /** Every API route and its policy, for the route × role matrix test. */
    apiRoutes: RegisteredRoute[];
  }
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub: string; sv: number };
  }
}

/** Routes that plugins register for us (the API reference) are public documentation. */
const DOCUMENTATION_PREFIX = '/api/docs';

export const accessControlPlugin = fp(
  async (app: FastifyInstance, opts: { jwtSecret: string; accessTokenTtlSeconds: number }) => {
    await app.register(fastifyJwt, {
      secret: opts.jwtSecret,
      // Pinned: a token claiming another algorithm (or `none`) is refused.
      sign: { algorithm: 'HS256', expiresIn: opts.accessTokenTtlSeconds },
      verify: { algorithms: ['HS256'] },
    });

    const users = createUsersRepository(app.db);
    const routes: RegisteredRoute[] = [];
    app.decorate('apiRoutes', routes);

    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api')) return;
      // HEAD routes mirror a GET route and carry its policy.
      const methods = [route.method].flat().filter((method) => method !== 'HEAD');
      if (methods.length === 0) return;
      let access = route.config?.access;
      if (!access && route.url.startsWith(DOCUMENTATION_PREFIX)) access = 'public';
      // No future route can ship unprotected: a route without a policy stops start-up.
      if (!access) throw new Error(`Route ${methods.join(',')} ${route.url} declares no access policy (config.access)`);
      route.config = { ...route.config, access };
      for (const method of methods) routes.push({ method, url: route.url, access });
    });

    async function authenticate(request: FastifyRequest): Promise<void> {
      if (!request.headers.authorization) throw new AppError('UNAUTHENTICATED', 'Sign in first');
      let payload: { sub: string; sv: number };
      try {
        payload = await request.jwtVerify();
      } catch {
        throw new AppError('UNAUTHENTICATED', 'The access token is invalid or has expired');
      }
      // A subject that is not an id is no user: asking the database would fail on the uuid type.
      const user = IdSchema.safeParse(payload.sub).success ? await users.findAuthUser(payload.sub) : undefined;
      // A disabled user, or one whose sessions were revoked, is refused at once.
      if (!user?.isActive || user.sessionVersion !== payload.sv) {
        throw new AppError('UNAUTHENTICATED', 'The session has ended; sign in again');
      }
      request.authUser = user.authUser;
    }

    app.addHook('onRequest', async (request) => {
      const access = request.routeOptions.config?.access;
      // Fail closed: a matched API route without a policy is never served.
      if (!access && request.routeOptions.url?.startsWith('/api'))
        throw new AppError('FORBIDDEN', 'This route has no access policy');
      if (!access || access === 'public') return;
      await authenticate(request);
      if (access !== 'authenticated' && !access.includes(request.authUser?.role as Role)) {
        throw new AppError('FORBIDDEN', 'Your role may not do this');
      }
    });
  },
);
