import { IDEMPOTENCY_KEY_HEADER } from '@partrack/contracts';
import { useRef } from 'react';

/** 128 random bits as hex: `crypto.randomUUID` exists only in secure contexts, a LAN over HTTP is not one. */
function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export type IdempotencyKeys = {
  /** The header for sending `body`: the same key while the same body is sent again, a new one once it changes. */
  headerFor(body: unknown): Record<string, string>;
  /** After a create succeeded: the next one is a new request. */
  forget(): void;
};

/**
 * Idempotency-Keys for one form's creates (ADR 020): a second click or a retry after a network failure
 * sends the same body under the same key, so the API creates the record once and answers both alike.
 */
export function createIdempotencyKeys(): IdempotencyKeys {
  let last: { body: string; key: string } | null = null;
  return {
    headerFor(body) {
      const text = JSON.stringify(body);
      if (last?.body !== text) last = { body: text, key: randomKey() };
      return { [IDEMPOTENCY_KEY_HEADER]: last.key };
    },
    forget() {
      last = null;
    },
  };
}

export function useIdempotencyKeys(): IdempotencyKeys {
  const keys = useRef<IdempotencyKeys | null>(null);
  keys.current ??= createIdempotencyKeys();
  return keys.current;
}
