import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './dates';
import { PageQuerySchema, pageOf } from './pagination';

/** Everything the audit trail records; `entity.verb`, read as "who did what to which". */
export const AuditActionSchema = z.enum([
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.refresh_reuse_detected',
  'auth.password_changed',
  'user.created',
  'user.updated',
  'user.password_reset',
  'unit.created',
  'unit.updated',
  'inspection.created',
  'inspection.updated',
  'inspection.deleted',
  'inspection.restored',
  'directive.updated',
  'directive.evidence_uploaded',
  'directive.reviewed',
  'directive.extension_requested',
  'directive.extension_decided',
  'import.dossier_stats',
]);
export type AuditAction = z.infer<typeof AuditActionSchema>;

/**
 * What an event is about. The API records only these; events are read as plain strings, so the trail
 * stays readable should a type ever be retired. Evidence files are recorded on their directive.
 */
export const AuditEntityTypeSchema = z.enum(['user', 'unit', 'inspection', 'directive', 'import_batch']);
export type AuditEntityType = z.infer<typeof AuditEntityTypeSchema>;

export const AuditEventSchema = z.object({
  seq: z.number().int(),
  occurredAt: z.iso.datetime({ offset: true }),
  actor: z.object({ id: IdSchema, username: z.string() }).nullable(),
  action: AuditActionSchema,
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  /** The event's hash in the chain; null for the moment between its commit and its sealing. */
  hash: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const AuditEventListSchema = pageOf(AuditEventSchema);
export type AuditEventList = z.infer<typeof AuditEventListSchema>;

export const ListAuditEventsQuerySchema = PageQuerySchema.extend({
  actorId: IdSchema.optional(),
  action: AuditActionSchema.optional(),
  entityType: z.string().trim().max(40).optional(),
  entityId: z.string().trim().max(64).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
});
export type ListAuditEventsQuery = z.infer<typeof ListAuditEventsQuerySchema>;
