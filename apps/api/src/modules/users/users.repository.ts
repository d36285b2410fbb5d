import { type ListUsersQuery, type Role, toSearchDocument } from '@partrack/contracts';
import { and, asc, eq, sql } from 'drizzle-orm';
import { type Db, inOrder, preparedPerHandle } from '../../db/database';
import { units, users } from '../../db/schema';
import { matchesSearch } from '../../db/search';
import type { AuthUser } from '../../lib/request-context';

export type UserRow = typeof users.$inferSelect;
export type UserWithUnit = UserRow & {
  unit: { id: string; name: string; level: (typeof units.$inferSelect)['level'] } | null;
};

const unitRef = { id: units.id, name: units.name, level: units.level };

function searchTextOf(user: { username: string; displayName: string }): string {
  return toSearchDocument(user.username, user.displayName);
}

export type NewUser = {
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  passwordHash: string;
};
export type UserChanges = Partial<
  Pick<UserRow, 'displayName' | 'role' | 'unitId' | 'email' | 'isActive' | 'passwordHash'>
> & {
  /** Ends every session of the user. */
  bumpSessionVersion?: boolean;
};

/** A user with the unit they belong to. */
const selectWithUnit = (db: Db) =>
  db.select({ user: users, unit: unitRef }).from(users).leftJoin(units, eq(units.id, users.unitId));

function toUserWithUnit(row: { user: UserRow; unit: UserWithUnit['unit'] } | undefined): UserWithUnit | undefined {
  return row ? { ...row.user, unit: row.unit } : undefined;
}

/** A user by id: every authenticated request asks it first, so it is prepared once. */
const userWithUnitById = preparedPerHandle((db) =>
  selectWithUnit(db)
    .where(eq(users.id, sql.placeholder('id')))
    .prepare('user_with_unit_by_id'),
);

export function createUsersRepository(db: Db) {
  async function findById(id: string, tx: Db = db): Promise<UserWithUnit | undefined> {
    const [row] = await userWithUnitById(tx).execute({ id });
    return toUserWithUnit(row);
  }

  return {
    findById,
    async findByUsername(username: string, tx: Db = db): Promise<UserWithUnit | undefined> {
      const [row] = await selectWithUnit(tx).where(eq(users.username, username));
      return toUserWithUnit(row);
    },

    /** What every authenticated request needs, in one query. */
    async findAuthUser(
      id: string,
      tx: Db = db,
    ): Promise<{ isActive: boolean; sessionVersion: number; authUser: AuthUser } | undefined> {
      const user = await findById(id, tx);
      if (!user) return undefined;
      const { username, displayName, role, unit, sessionVersion } = user;
      return {
        isActive: user.isActive,
        sessionVersion,
        authUser: { id, username, displayName, role, unit, sessionVersion },
      };
    },

    async list(query: ListUsersQuery, tx: Db = db): Promise<{ rows: UserWithUnit[]; total: number }> {
      const where = and(
        query.q === undefined ? undefined : matchesSearch(users.searchText, query.q),
        query.role ? eq(users.role, query.role) : undefined,
        query.isActive === undefined ? undefined : eq(users.isActive, query.isActive),
      );
      const [rows, counted] = await inOrder([
        tx
          .select({ user: users, unit: unitRef })
          .from(users)
          .leftJoin(units, eq(units.id, users.unitId))
          .where(where)
          .orderBy(asc(users.username))
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize),
        tx.select({ total: sql<number>`count(*)::int` }).from(users).where(where),
      ]);
      return { rows: rows.map((row) => ({ ...row.user, unit: row.unit })), total: counted[0]?.total ?? 0 };
    },

    async insert(user: NewUser, tx: Db = db): Promise<string> {
      const [row] = await tx
        .insert(users)
        .values({ ...user, searchText: searchTextOf(user) })
        .returning({ id: users.id });
      if (!row) throw new Error('Insert returned no row');
      return row.id;
    },

    async update(current: UserRow, changes: UserChanges, tx: Db = db): Promise<void> {
      const { bumpSessionVersion, ...fields } = changes;
      const displayName = fields.displayName ?? current.displayName;
      await tx
        .update(users)
        .set({
          ...fields,
          searchText: searchTextOf({ username: current.username, displayName }),
          updatedAt: sql`now()`,
          ...(bumpSessionVersion ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
        })
        .where(eq(users.id, current.id));
    },

    async usernameExists(username: string, tx: Db = db): Promise<boolean> {
      const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
      return Boolean(row);
    },
  };
}

export type UsersRepository = ReturnType<typeof createUsersRepository>;
