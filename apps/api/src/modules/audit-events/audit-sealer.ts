import type { Db } from '../../db/database';
import { linkRecords } from './audit-chain';
import { createAuditEventsRepository } from './audit-events.repository';

/**
 * Seals the committed events that wait, oldest first, a batch per transaction, and returns how many it
 * sealed. Each batch takes the chain's lock, reads the head after it, and links onto it: sealers in
 * several processes take turns and never fork the chain. An event still in an open transaction is
 * not seen; a later run seals it, after the ones before it in the chain.
 */
export async function sealAuditTrail(db: Db, batchSize = 500): Promise<number> {
  let sealed = 0;
  while (await createAuditEventsRepository(db).hasUnsealed()) {
    const count = await db.transaction(async (tx) => {
      const chain = createAuditEventsRepository(tx);
      await chain.lockChain();
      const links = linkRecords(await chain.chainHead(), await chain.unsealed(batchSize));
      await chain.seal(links);
      return links.length;
    });
    sealed += count;
    if (count < batchSize) break;
  }
  return sealed;
}
