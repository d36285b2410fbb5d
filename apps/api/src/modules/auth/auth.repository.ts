import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { refreshTokens } from '../../db/schema';

export type RefreshTokenRow = typeof refreshTokens.$inferSelect;

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Refresh tokens: 256 random bits to the client, only their SHA-256 in the database. */
export function createAuthRepository(db: Db) {
  return {
    async issue(userId: string, familyId: string, expiresAt: Date, tx: Db = db): Promise<string> {
      const token = randomBytes(32).toString('base64url');
      await tx.insert(refreshTokens).values({ userId, familyId, tokenHash: hashRefreshToken(token), expiresAt });
      return token;
    },

    /** Locks the row, so two refreshes racing with one token cannot both rotate it. */
    async findForUpdate(token: string, tx: Db = db): Promise<RefreshTokenRow | undefined> {
      const [row] = await tx
        .select()
        .from(refreshTokens)
        .where(eq(refreshTokens.tokenHash, hashRefreshToken(token)))
        .for('update');
      return row;
    },

    async find(token: string, tx: Db = db): Promise<RefreshTokenRow | undefined> {
      const [row] = await tx
        .select()
        .from(refreshTokens)
        .where(eq(refreshTokens.tokenHash, hashRefreshToken(token)));
      return row;
    },

    async revoke(id: string, tx: Db = db): Promise<void> {
      await tx
        .update(refreshTokens)
        .set({ revokedAt: sql`now()` })
        .where(and(eq(refreshTokens.id, id), isNull(refreshTokens.revokedAt)));
    },

    async revokeFamily(familyId: string, tx: Db = db): Promise<void> {
      await tx
        .update(refreshTokens)
        .set({ revokedAt: sql`now()` })
        .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
    },

    async revokeAllForUser(userId: string, tx: Db = db): Promise<void> {
      await tx
        .update(refreshTokens)
        .set({ revokedAt: sql`now()` })
        .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
    },
  };
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;
