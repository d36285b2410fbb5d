import { z } from 'zod';

/** The header a client sends to make a create safe to retry (IETF draft "The Idempotency-Key HTTP Header Field"). */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** Set on an answer that is the stored answer to an earlier request with the same key. */
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;

/**
 * The key inside the header. The draft makes the value a structured-field string (`"…"`); a bare
 * token is accepted too, as most clients send one.
 */
export function unquoteIdempotencyKey(header: string): string {
  return header.length >= 2 && header.startsWith('"') && header.endsWith('"') ? header.slice(1, -1) : header;
}

export const IdempotencyKeySchema = z.string().refine(
  (header) => {
    const key = unquoteIdempotencyKey(header);
    // Printable ASCII only: the key is compared byte for byte and shown in logs.
    return key.length > 0 && key.length <= IDEMPOTENCY_KEY_MAX_LENGTH && /^[\x20-\x7e]+$/.test(key);
  },
  { message: `1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} printable ASCII characters` },
);

/** The request headers of a create that takes an Idempotency-Key. */
export const IdempotencyHeadersSchema = z.object({
  [IDEMPOTENCY_KEY_HEADER]: IdempotencyKeySchema.optional().describe(
    'Makes the create safe to retry: the first answer is kept 24 hours for this user and key and replayed ' +
      '(header Idempotent-Replayed: true); the same key with a different request is 422 IDEMPOTENCY_KEY_REUSED',
  ),
});
