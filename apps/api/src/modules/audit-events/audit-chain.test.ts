import { describe, expect, it } from 'vitest';
import {
  type AuditRecord,
  type ChainedRow,
  checkChain,
  GENESIS_HASH,
  hashAuditRecord,
  linkRecords,
} from './audit-chain';

/** Records sealed as the sealer seals them, in the order given (seq 1, 2, …). */
function chain(records: AuditRecord[], head?: { chainSeq: number; hash: string }): ChainedRow[] {
  const numbered = records.map((record, index) => ({ ...record, seq: index + 1 }));
  const links = linkRecords(head, numbered);
  return numbered.map((record, index) => ({
    ...record,
    prevHash: links[index]?.prevHash ?? null,
    hash: links[index]?.hash ?? null,
  }));
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

  it('links a batch onto the head of the chain, numbering on from its place', () => {
    const first = chain([record('a'), record('b')]);
    const head = { chainSeq: 2, hash: first[1]?.hash as string };
    const links = linkRecords(head, [{ ...record('c'), seq: 7 }]);
    expect(links).toEqual([
      { seq: 7, prevHash: head.hash, hash: hashAuditRecord(head.hash, record('c')), chainSeq: 3 },
    ]);
    const third = { ...record('c'), seq: 7, prevHash: links[0]?.prevHash ?? null, hash: links[0]?.hash ?? null };
    expect(checkChain([...first, third])).toMatchObject({ ok: true, checked: 3 });
  });

  it('reports an event that was never sealed as not linking', () => {
    const rows = chain([record('a')]);
    const unsealed: ChainedRow = { ...record('b'), seq: 2, prevHash: null, hash: null };
    expect(checkChain([...rows, unsealed])).toMatchObject({ ok: false, seq: 2 });
  });
});
