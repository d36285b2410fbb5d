import { describe, expect, it } from 'vitest';
import { type AuditRecord, type ChainedRow, checkChain, GENESIS_HASH, hashAuditRecord } from './audit-chain';

function chain(records: AuditRecord[]): ChainedRow[] {
  let prevHash = GENESIS_HASH;
  return records.map((record, index) => {
    const hash = hashAuditRecord(prevHash, record);
    const row = { ...record, seq: index + 1, prevHash, hash };
    prevHash = hash;
    return row;
  });
}

const record = (action: string): AuditRecord => ({
  occurredAt: '2026-11-23T10:00:00.000Z',
  actorId: null,
  actorUsername: null,
  action,
  entityType: 'user',
  entityId: null,
  before: null,
  after: { b: 1, a: [1, 2] },
  requestId: 'r',
  ip: '127.0.0.1',
});

describe('the audit hash chain', () => {
  it('hashes the same content the same way whatever the key order', () => {
    const a = hashAuditRecord(GENESIS_HASH, { ...record('x'), after: { a: 1, b: 2 } });
    const b = hashAuditRecord(GENESIS_HASH, { ...record('x'), after: { b: 2, a: 1 } });
    expect(a).toBe(b);
  });

  it('accepts an intact chain', () => {
    expect(checkChain(chain([record('a'), record('b'), record('c')]))).toMatchObject({ ok: true, checked: 3 });
  });

  it('reports an edited event', () => {
    const rows = chain([record('a'), record('b'), record('c')]);
    rows[1] = { ...rows[1], action: 'edited' } as ChainedRow;
    expect(checkChain(rows)).toMatchObject({ ok: false, seq: 2 });
  });

  it('reports a removed event at the one after it', () => {
    const rows = chain([record('a'), record('b'), record('c')]);
    expect(checkChain([rows[0], rows[2]] as ChainedRow[])).toMatchObject({ ok: false, seq: 3 });
  });
});
