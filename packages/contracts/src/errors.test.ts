import { describe, expect, it } from 'vitest';
import { formatIssuePath } from './errors';

describe('formatIssuePath', () => {
  it('writes array indexes in brackets and properties with dots', () => {
    expect(formatIssuePath(['figures', 3, 'value'])).toBe('figures[3].value');
  });

  it('returns a single field name unchanged', () => {
    expect(formatIssuePath(['level'])).toBe('level');
  });

  it('returns an empty string for the root', () => {
    expect(formatIssuePath([])).toBe('');
  });
});
