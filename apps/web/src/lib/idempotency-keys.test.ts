import { IDEMPOTENCY_KEY_HEADER } from '@partrack/contracts';
import { describe, expect, it } from 'vitest';
import { createIdempotencyKeys } from './idempotency-keys';

const keyOf = (header: Record<string, string>) => header[IDEMPOTENCY_KEY_HEADER];

describe('idempotency keys of a form', () => {
  it('sends the same body again under the same key, and a changed body under a new one', () => {
    const keys = createIdempotencyKeys();
    const first = keyOf(keys.headerFor({ topic: 'Kiểm tra', figures: [1] }));
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(keyOf(keys.headerFor({ topic: 'Kiểm tra', figures: [1] }))).toBe(first);
    const changed = keyOf(keys.headerFor({ topic: 'Kiểm tra lại', figures: [1] }));
    expect(changed).not.toBe(first);
    // Back to the first body: a new request, not the first one's retry.
    expect(keyOf(keys.headerFor({ topic: 'Kiểm tra', figures: [1] }))).not.toBe(first);
  });

  it('starts a new request after a create succeeded', () => {
    const keys = createIdempotencyKeys();
    const first = keyOf(keys.headerFor({ topic: 'Kiểm tra' }));
    keys.forget();
    expect(keyOf(keys.headerFor({ topic: 'Kiểm tra' }))).not.toBe(first);
  });
});
