import { z } from 'zod';
import { IdSchema } from './dates';
import { UnitRefSchema } from './units';

/** Who may do what (issue 3). Scope is the user's unit and its descendants; no unit means all units. */
export const RoleSchema = z.enum(['admin', 'inspector', 'leader', 'unit_officer']);
export type Role = z.infer<typeof RoleSchema>;
export const roles = RoleSchema.options;

/** ASVS 5.0 §6.2: at least 8 characters (we ask 12), at most 128, any character allowed. */
export const PasswordSchema = z
  .string()
  .min(12, 'must be at least 12 characters')
  .max(128, 'must be at most 128 characters');

export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, 'must be 3–40 letters, digits, dots, dashes or underscores');

export const LoginBodySchema = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof LoginBodySchema>;

export const CurrentUserSchema = z.object({
  id: IdSchema,
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  /** The user's scope; null means every unit. */
  unit: UnitRefSchema.nullable(),
});
export type CurrentUser = z.infer<typeof CurrentUserSchema>;

export const SessionSchema = z.object({
  accessToken: z.string(),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int().positive(),
  user: CurrentUserSchema,
});
export type Session = z.infer<typeof SessionSchema>;

export const ChangePasswordBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: PasswordSchema,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBodySchema>;

/** Roles whose scope must be a unit. */
export function requiresUnit(role: Role): boolean {
  return role === 'unit_officer';
}
