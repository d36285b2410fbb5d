import { randomUUID } from 'node:crypto';
import type { ChangePasswordBody, CurrentUser, LoginBody, Session } from '@partrack/contracts';
import type { Db } from '../../db/database';
import { AppError } from '../../lib/app-error';
import { hashPassword, verifyPassword } from '../../lib/passwords';
import type { AuthenticatedContext, AuthUser, RequestContext } from '../../lib/request-context';
import { recordAuditEvent } from '../audit-events/audit-trail';
import { createUsersRepository, type UserWithUnit } from '../users/users.repository';
import { createAuthRepository } from './auth.repository';

export type SignAccessToken = (user: { id: string; sessionVersion: number }) => string;

export type SessionGrant = { session: Session; refreshToken: string; refreshExpiresAt: Date };

type Dependencies = {
  db: Db;
  signAccessToken: SignAccessToken;
  accessTokenTtlSeconds: number;
  refreshTokenTtlHours: number;
};

const WRONG_CREDENTIALS = 'Wrong username or password';

export function toCurrentUser(user: Pick<AuthUser, 'id' | 'username' | 'displayName' | 'role' | 'unit'>): CurrentUser {
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role, unit: user.unit };
}

export function createAuthService({ db, signAccessToken, accessTokenTtlSeconds, refreshTokenTtlHours }: Dependencies) {
  const usersRepo = createUsersRepository(db);

  function sessionFor(user: UserWithUnit, refreshToken: string, refreshExpiresAt: Date): SessionGrant {
    return {
      session: {
        accessToken: signAccessToken(user),
        expiresIn: accessTokenTtlSeconds,
        user: toCurrentUser(user),
      },
      refreshToken,
      refreshExpiresAt,
    };
  }

  /** A new refresh-token family: one sign-in, which lasts at most REFRESH_TOKEN_TTL_HOURS. */
  async function startFamily(tx: Db, userId: string): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + refreshTokenTtlHours * 3_600_000);
    const token = await createAuthRepository(tx).issue(userId, randomUUID(), expiresAt);
    return { token, expiresAt };
  }

  return {
    /** An unknown user and a wrong password get the same answer after the same work. */
    async login(body: LoginBody, context: RequestContext): Promise<SessionGrant> {
      const user = await usersRepo.findByUsername(body.username);
      const isPasswordRight = await verifyPassword(user?.passwordHash, body.password);
      if (!user || !isPasswordRight || !user.isActive) {
        await db.transaction((tx) =>
          recordAuditEvent(tx, context, {
            action: 'auth.login_failed',
            entityType: 'user',
            entityId: user?.id ?? null,
            after: { username: body.username },
            actor: null,
          }),
        );
        throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
      }
      const { token, expiresAt } = await db.transaction(async (tx) => {
        const family = await startFamily(tx, user.id);
        await recordAuditEvent(tx, context, {
          action: 'auth.login',
          entityType: 'user',
          entityId: user.id,
          actor: user,
        });
        return family;
      });
      return sessionFor(user, token, expiresAt);
    },

    /**
     * Rotates a refresh token. Presenting one that was already rotated or revoked means it was copied:
     * the whole family is revoked (OWASP refresh-token reuse detection).
     */
    async refresh(refreshToken: string | undefined, context: RequestContext): Promise<SessionGrant> {
      if (!refreshToken) throw new AppError('UNAUTHENTICATED', 'No session to refresh; sign in');
      const outcome = await db.transaction(async (tx) => {
        const tokens = createAuthRepository(tx);
        const row = await tokens.findForUpdate(refreshToken);
        if (!row) return { kind: 'invalid' as const };
        if (row.revokedAt) {
          await tokens.revokeFamily(row.familyId);
          const owner = await createUsersRepository(tx).findById(row.userId);
          await recordAuditEvent(tx, context, {
            action: 'auth.refresh_reuse_detected',
            entityType: 'user',
            entityId: row.userId,
            after: { familyId: row.familyId },
            actor: owner ? { id: owner.id, username: owner.username } : null,
          });
          return { kind: 'reused' as const };
        }
        if (row.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' as const };
        const user = await createUsersRepository(tx).findById(row.userId);
        if (!user?.isActive) return { kind: 'invalid' as const };
        await tokens.revoke(row.id);
        const token = await tokens.issue(user.id, row.familyId, row.expiresAt);
        return { kind: 'rotated' as const, user, token, expiresAt: row.expiresAt };
      });
      if (outcome.kind === 'reused') throw new AppError('UNAUTHENTICATED', 'This session was revoked; sign in again');
      if (outcome.kind === 'invalid') throw new AppError('UNAUTHENTICATED', 'The session has ended; sign in again');
      return sessionFor(outcome.user, outcome.token, outcome.expiresAt);
    },

    async logout(refreshToken: string | undefined, context: RequestContext): Promise<void> {
      if (!refreshToken) return;
      await db.transaction(async (tx) => {
        const tokens = createAuthRepository(tx);
        const row = await tokens.find(refreshToken);
        if (!row || row.revokedAt) return;
        await tokens.revokeFamily(row.familyId);
        const owner = await createUsersRepository(tx).findById(row.userId);
        await recordAuditEvent(tx, context, {
          action: 'auth.logout',
          entityType: 'user',
          entityId: row.userId,
          after: owner ? { username: owner.username } : null,
          actor: owner ? { id: owner.id, username: owner.username } : null,
        });
      });
    },

    me(context: AuthenticatedContext): CurrentUser {
      return toCurrentUser(context.user);
    },

    /** Ends every session of the user, then starts a new one for this client. */
    async changePassword(context: AuthenticatedContext, body: ChangePasswordBody): Promise<SessionGrant> {
      const user = await usersRepo.findById(context.user.id);
      if (!user || !(await verifyPassword(user.passwordHash, body.currentPassword))) {
        throw new AppError('VALIDATION_FAILED', 'The current password is wrong', [
          { path: 'currentPassword', code: 'wrong_password', message: 'The current password is wrong' },
        ]);
      }
      const passwordHash = await hashPassword(body.newPassword);
      const { token, expiresAt } = await db.transaction(async (tx) => {
        await createUsersRepository(tx).update(user, { passwordHash, bumpSessionVersion: true });
        await createAuthRepository(tx).revokeAllForUser(user.id);
        await recordAuditEvent(tx, context, {
          action: 'auth.password_changed',
          entityType: 'user',
          entityId: user.id,
          after: { username: user.username },
        });
        return startFamily(tx, user.id);
      });
      const updated = await usersRepo.findById(user.id);
      if (!updated) throw AppError.notFound('User', user.id);
      return sessionFor(updated, token, expiresAt);
    },
  };
}
