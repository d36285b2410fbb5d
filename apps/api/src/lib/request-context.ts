import type { Role, UnitRef } from '@partrack/contracts';
import type { FastifyRequest } from 'fastify';

/** The signed-in user as the server knows them, loaded from the database on every request. */
export type AuthUser = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** Scope root: this unit and its descendants; null means every unit. */
  unit: UnitRef | null;
  sessionVersion: number;
};

/** Who is acting, for services: authorisation and the audit trail both need it. */
export type RequestContext = {
  user: AuthUser | null;
  requestId: string;
  ip: string;
};

export type AuthenticatedContext = RequestContext & { user: AuthUser };

export function contextOf(request: FastifyRequest): RequestContext {
  return { user: request.authUser ?? null, requestId: request.id, ip: request.ip };
}

declare module 'fastify' {
  interface FastifyRequest {
    authUser?: AuthUser;
  }
}
