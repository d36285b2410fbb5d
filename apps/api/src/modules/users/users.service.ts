import type {
  CreateUserBody,
  ListUsersQuery,
  ResetPasswordBody,
  UpdateUserBody,
  User,
  UserList,
} from '@partrack/contracts';
import { requiresUnit } from '@partrack/contracts';
import type { Db } from '../../db/database';
import { AppError } from '../../lib/app-error';
import { hashPassword } from '../../lib/passwords';
import type { AuthenticatedContext, RequestContext } from '../../lib/request-context';
import { recordAuditEvent } from '../audit-events/audit-trail';
import { createAuthRepository } from '../auth/auth.repository';
import { createUnitsRepository } from '../units/units.repository';
import { createUsersRepository, type UserWithUnit } from './users.repository';

export function toUserDto(row: UserWithUnit): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    unit: row.unit,
    email: row.email,
    isActive: row.isActive,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** User administration (admin only, by route policy). */
export function createUsersService({ db }: { db: Db }) {
  const repo = createUsersRepository(db);

  async function requireUser(id: string, tx: Db = db): Promise<UserWithUnit> {
    const user = await createUsersRepository(tx).findById(id);
    if (!user) throw AppError.notFound('User', id);
    return user;
  }

  async function requireUnit(unitId: string | null | undefined, tx: Db): Promise<void> {
    if (!unitId) return;
    if (!(await createUnitsRepository(tx).findById(unitId))) {
      throw new AppError('VALIDATION_FAILED', 'Invalid body: unitId', [
        { path: 'unitId', code: 'unknown_unit', message: `No unit ${unitId}` },
      ]);
    }
  }

  return {
    async list(query: ListUsersQuery): Promise<UserList> {
      const { rows, total } = await repo.list(query);
      return { items: rows.map(toUserDto), total, page: query.page, pageSize: query.pageSize };
    },

    async get(id: string): Promise<User> {
      return toUserDto(await requireUser(id));
    },

    /** Also used by the CLI, where nobody is signed in (the audit event then has no actor). */
    async create(context: RequestContext, body: CreateUserBody): Promise<User> {
      const passwordHash = await hashPassword(body.password);
      const id = await db.transaction(async (tx) => {
        const users = createUsersRepository(tx);
        if (await users.usernameExists(body.username)) {
          throw new AppError('CONFLICT', `The username ${body.username} is taken`, [
            { path: 'username', code: 'taken', message: 'This username is taken' },
          ]);
        }
        await requireUnit(body.unitId, tx);
        const newId = await users.insert({ ...body, passwordHash });
        const created = await requireUser(newId, tx);
        await recordAuditEvent(tx, context, {
          action: 'user.created',
          entityType: 'user',
          entityId: newId,
          after: toUserDto(created),
        });
        return newId;
      });
      return toUserDto(await requireUser(id));
    },

    async update(context: AuthenticatedContext, id: string, body: UpdateUserBody): Promise<User> {
      await db.transaction(async (tx) => {
        const before = await requireUser(id, tx);
        const isSelf = before.id === context.user.id;
        if (isSelf && (body.isActive === false || (body.role && body.role !== before.role))) {
          throw new AppError('CONFLICT', 'You cannot disable yourself or change your own role');
        }
        const role = body.role ?? before.role;
        const unitId = body.unitId === undefined ? before.unitId : body.unitId;
        if (requiresUnit(role) && !unitId) {
          throw new AppError('VALIDATION_FAILED', 'Invalid body: unitId', [
            { path: 'unitId', code: 'required', message: 'a unit officer needs a unit' },
          ]);
        }
        await requireUnit(body.unitId, tx);
        // Less access must take effect at once: end the user's sessions.
        const endsSessions = body.isActive === false || role !== before.role || unitId !== before.unitId;
        await createUsersRepository(tx).update(before, { ...body, bumpSessionVersion: endsSessions });
        if (endsSessions) await createAuthRepository(tx).revokeAllForUser(id);
        const after = await requireUser(id, tx);
        await recordAuditEvent(tx, context, {
          action: 'user.updated',
          entityType: 'user',
          entityId: id,
          before: toUserDto(before),
          after: toUserDto(after),
        });
      });
      return toUserDto(await requireUser(id));
    },

    async resetPassword(context: AuthenticatedContext, id: string, body: ResetPasswordBody): Promise<void> {
      const passwordHash = await hashPassword(body.password);
      await db.transaction(async (tx) => {
        const user = await requireUser(id, tx);
        await createUsersRepository(tx).update(user, { passwordHash, bumpSessionVersion: true });
        await createAuthRepository(tx).revokeAllForUser(id);
        await recordAuditEvent(tx, context, {
          action: 'user.password_reset',
          entityType: 'user',
          entityId: id,
          after: { username: user.username },
        });
      });
    },
  };
}
