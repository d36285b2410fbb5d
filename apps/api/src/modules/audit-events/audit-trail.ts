import type { AuditAction, AuditEntityType } from '@partrack/contracts';
import type { Db } from '../../db/database';
import type { JsonRows } from '../../db/insert-json-rows';
import type { RequestContext } from '../../lib/request-context';
import type { AuditRecord } from './audit-chain';
import { auditEventRow, createAuditEventsRepository } from './audit-events.repository';

export type AuditEntry = {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  /** Who acted, when it is not the signed-in user (a login, a failed login). */
  actor?: { id: string; username: string } | null;
};

/** Records one event of the audit trail, in the caller's transaction, for every module that changes data. */
export async function recordAuditEvent(tx: Db, context: RequestContext, entry: AuditEntry): Promise<void> {
  await createAuditEventsRepository(tx).append(auditRecordOf(context, entry));
}

/**
 * The row of one event, not yet written: for a change written as one statement (`insertJsonRows`),
 * whose event goes in that statement, atomic with it without a transaction of its own.
 */
export function auditEventWrite(context: RequestContext, entry: AuditEntry): JsonRows {
  return auditEventRow(auditRecordOf(context, entry));
}

function auditRecordOf(context: RequestContext, entry: AuditEntry): AuditRecord {
  const actor = entry.actor === undefined ? context.user : entry.actor;
  return {
    occurredAt: new Date().toISOString(),
    actorId: actor?.id ?? null,
    actorUsername: actor?.username ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    // Stored as jsonb; the sealer hashes the event as stored, whatever the JSON held before.
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: context.requestId,
    ip: context.ip,
  };
}
