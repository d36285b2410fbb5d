import { randomFillSync } from 'node:crypto';
import { v7 } from 'uuid';

/** Random bytes for ids, drawn from the system a few kilobytes at a time rather than 16 bytes per id. */
const pool = new Uint8Array(4096);
let poolOffset = pool.length;

function randomBytes16(): Uint8Array {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  poolOffset += 16;
  return pool.subarray(poolOffset - 16, poolOffset);
}

/** The last id's millisecond and counter: ids made within one millisecond count up from a random start. */
const last = { msecs: Number.NEGATIVE_INFINITY, seq: 0 };

/**
 * A new record's id, where the application makes it before the insert (rows that reference each other
 * in one statement): a UUIDv7, time first, as the database's own default `uuid_v7()` (migration 0014),
 * in the order made (RFC 9562's counter, as `uuid` keeps it). A create makes some thirty; asking the
 * system for randomness once per id cost more than the rest of making them (docs/performance.md).
 */
export function newId(): string {
  const random = randomBytes16();
  const now = Date.now();
  if (now > last.msecs) {
    last.msecs = now;
    // 31 random bits, as `uuid` starts its counter, so that the next ones have room to count up.
    last.seq =
      (((random[6] ?? 0) & 0x7f) << 24) | ((random[7] ?? 0) << 16) | ((random[8] ?? 0) << 8) | (random[9] ?? 0);
  } else {
    last.seq = (last.seq + 1) | 0;
    if (last.seq === 0) last.msecs += 1;
  }
  return v7({ random, msecs: last.msecs, seq: last.seq });
}
