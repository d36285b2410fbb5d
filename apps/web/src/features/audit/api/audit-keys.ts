import type { ListAuditEventsQuery } from '@partrack/contracts';

/** Query of the audit trail as the SPA sends it: every field optional, empty ones left out. */
export type AuditEventsQuery = Partial<ListAuditEventsQuery>;

/** Query keys of the audit feature. */
export const auditKeys = {
  all: ['audit-events'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (query: AuditEventsQuery) => [...auditKeys.lists(), query] as const,
};
