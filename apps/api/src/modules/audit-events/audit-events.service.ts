import {
  type AuditAction,
  AuditActionSchema,
  type AuditEvent,
  type AuditEventList,
  type ListAuditEventsQuery,
} from '@partrack/contracts';
import { type ChainCheck, checkChain, GENESIS_HASH } from './audit-chain';
import type { AuditEventRow, AuditEventsRepository } from './audit-events.repository';

export function toAuditEventDto(row: AuditEventRow): AuditEvent {
  return {
    seq: row.seq,
    occurredAt: new Date(row.occurredAt).toISOString(),
    actor: row.actorId && row.actorUsername ? { id: row.actorId, username: row.actorUsername } : null,
    action: AuditActionSchema.parse(row.action) as AuditAction,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before ?? null,
    after: row.after ?? null,
    requestId: row.requestId,
    ip: row.ip,
    hash: row.hash,
  };
}

export function createAuditEventsService({ repo }: { repo: AuditEventsRepository }) {
  return {
    async list(query: ListAuditEventsQuery): Promise<AuditEventList> {
      const { rows, total } = await repo.list(query);
      return { items: rows.map(toAuditEventDto), total, page: query.page, pageSize: query.pageSize };
    },

    /** Recomputes the whole chain; reports the first event that was edited, removed or reordered. */
    async verify(): Promise<ChainCheck> {
      let lastHash = GENESIS_HASH;
      let checked = 0;
      for await (const batch of repo.walk()) {
        const result = checkChain(batch, lastHash, checked);
        if (!result.ok) return { ok: false, checked: result.checked, seq: result.seq, reason: result.reason };
        lastHash = result.lastHash;
        checked = result.checked;
      }
      return { ok: true, checked };
    },
  };
}
