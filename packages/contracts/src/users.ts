import { z } from 'zod';
import { PasswordSchema, RoleSchema, requiresUnit, UsernameSchema } from './auth';
import { IdSchema } from './dates';
import { ruleIssue } from './errors';
import { PageQuerySchema, pageOf } from './pagination';
import { UnitRefSchema } from './units';

export const UserSchema = z.object({
  id: IdSchema,
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  unit: UnitRefSchema.nullable(),
  /** Where reminders are e-mailed, when the server has SMTP configured. */
  email: z.string().nullable(),
  isActive: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type User = z.infer<typeof UserSchema>;

export const UserListSchema = pageOf(UserSchema);
export type UserList = z.infer<typeof UserListSchema>;

export const ListUsersQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  role: RoleSchema.optional(),
  isActive: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type ListUsersQuery = z.infer<typeof ListUsersQuerySchema>;

const DisplayNameSchema = z.string().trim().min(1).max(120);

const unitMatchesRole = (body: { role?: z.infer<typeof RoleSchema>; unitId?: string | null }) =>
  !body.role || !requiresUnit(body.role) || Boolean(body.unitId);
const unitRule = ruleIssue('required', 'a unit officer needs a unit', ['unitId']);

/** Strict: a body cannot set anything else (no id, timestamps, hash or active flag on create). */
export const CreateUserBodySchema = z
  .strictObject({
    username: UsernameSchema,
    displayName: DisplayNameSchema,
    role: RoleSchema,
    unitId: IdSchema.nullable().default(null),
    email: z.email().max(200).nullable().default(null),
    password: PasswordSchema,
  })
  .refine(unitMatchesRole, unitRule);
export type CreateUserBody = z.infer<typeof CreateUserBodySchema>;
export type CreateUserBodyInput = z.input<typeof CreateUserBodySchema>;

export const UpdateUserBodySchema = z
  .strictObject({
    displayName: DisplayNameSchema.optional(),
    role: RoleSchema.optional(),
    unitId: IdSchema.nullable().optional(),
    email: z.email().max(200).nullable().optional(),
    isActive: z.boolean().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, ruleIssue('nothing_to_change', 'nothing to change'));
export type UpdateUserBody = z.infer<typeof UpdateUserBodySchema>;

export const ResetPasswordBodySchema = z.strictObject({ password: PasswordSchema });
export type ResetPasswordBody = z.infer<typeof ResetPasswordBodySchema>;
