import type { AuditEvent } from '@partrack/contracts';

function nameIn(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  for (const key of ['username', 'name'] as const) {
    if (typeof record[key] === 'string' && record[key] !== '') return record[key];
  }
  return null;
}

/**
 * A readable name for what an event is about, taken from its own record (a user's username, a unit's
 * name) when it carries one; the trail holds ids only.
 */
export function entityNameOf(event: Pick<AuditEvent, 'before' | 'after'>): string | null {
  return nameIn(event.after) ?? nameIn(event.before);
}

/** The event's record pretty-printed, or null when there is none. */
export function toJsonText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value, null, 2);
}
