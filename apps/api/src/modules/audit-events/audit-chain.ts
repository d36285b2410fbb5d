import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';

/** What one audit event says; the hash chain covers exactly these fields. */
export type AuditRecord = {
  occurredAt: string;
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
};

/** The `prevHash` of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** The record's canonical JSON, keys sorted: what its hash covers. */
function canonicalAuditRecord(record: AuditRecord): string {
  // Named field by field: a row read back also carries seq and hashes, which are not hashed.
  return stringify({
    occurredAt: record.occurredAt,
    actorId: record.actorId,
    actorUsername: record.actorUsername,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    before: record.before ?? null,
    after: record.after ?? null,
    requestId: record.requestId,
    ip: record.ip,
  }) as string;
}

/** sha256(prevHash, newline, canonical JSON of the record with sorted keys). */
export function hashAuditRecord(prevHash: string, record: AuditRecord): string {
  return createHash('sha256')
    .update(`${prevHash}\n${canonicalAuditRecord(record)}`)
    .digest('hex');
}

/** An event as stored, which the sealer links into the chain. */
export type SealableRecord = AuditRecord & { seq: number };

/** Where an event sits in the chain: what the sealer writes onto it. */
export type ChainLink = { seq: number; prevHash: string; hash: string; chainSeq: number };

/** A stored event with its link; both are NULL while it waits to be sealed. */
export type ChainedRow = SealableRecord & { prevHash: string | null; hash: string | null };

/**
 * Links records onto the chain after its head (the genesis hash and place 0 for an empty chain), in
 * the order given: each one's hash covers the previous hash and its own canonical JSON.
 */
export function linkRecords(
  head: { chainSeq: number; hash: string } | undefined,
  records: readonly SealableRecord[],
): ChainLink[] {
  let prevHash = head?.hash ?? GENESIS_HASH;
  let chainSeq = head?.chainSeq ?? 0;
  return records.map((record) => {
    const hash = hashAuditRecord(prevHash, record);
    chainSeq += 1;
    const link = { seq: record.seq, prevHash, hash, chainSeq };
    prevHash = hash;
    return link;
  });
}

export type ChainCheck = { ok: true; checked: number } | { ok: false; checked: number; seq: number; reason: string };

/**
 * Walks sealed rows in chain order and reports the first that does not follow from the one before it:
 * an edited row no longer matches its hash, a removed row breaks the link to the next.
 */
export function checkChain(
  rows: Iterable<ChainedRow>,
  startHash = GENESIS_HASH,
  startCount = 0,
): ChainCheck & { lastHash: string } {
  let expectedPrev = startHash;
  let checked = startCount;
  for (const row of rows) {
    if (row.prevHash !== expectedPrev) {
      return {
        ok: false,
        checked,
        seq: row.seq,
        reason: 'does not link to the previous event (an event was removed or reordered)',
        lastHash: expectedPrev,
      };
    }
    if (row.hash === null || hashAuditRecord(expectedPrev, row) !== row.hash) {
      return {
        ok: false,
        checked,
        seq: row.seq,
        reason: 'its content does not match its hash (the event was edited)',
        lastHash: expectedPrev,
      };
    }
    expectedPrev = row.hash;
    checked += 1;
  }
  return { ok: true, checked, lastHash: expectedPrev };
}
