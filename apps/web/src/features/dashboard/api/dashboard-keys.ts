import type { OnTimeRatesQueryInput, TrendsQueryInput } from '@partrack/contracts';

/** The scope every per-unit request of the dashboard shares, as the SPA sends it. */
export type DashboardScopeQuery = Pick<OnTimeRatesQueryInput, 'level' | 'parentId' | 'from' | 'to'>;

/** Query keys of the dashboard feature; invalidate `dashboardKeys.all` to refresh every number. */
export const dashboardKeys = {
  all: ['dashboard'] as const,
  onTimeRates: (query: OnTimeRatesQueryInput) => [...dashboardKeys.all, 'on-time-rates', query] as const,
  taskCompletion: (query: DashboardScopeQuery) => [...dashboardKeys.all, 'task-completion', query] as const,
  summary: (query: DashboardScopeQuery) => [...dashboardKeys.all, 'summary', query] as const,
  trend: (query: TrendsQueryInput) => [...dashboardKeys.all, 'trend', query] as const,
};
