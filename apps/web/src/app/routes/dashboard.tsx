import '../../locales/dashboard';
import { todayInVietnam } from '@partrack/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { DashboardScreen } from '../../features/dashboard/screens/dashboard-screen';
import {
  type DashboardFilters,
  parseDashboardFilters,
  toDashboardSearchParams,
} from '../../features/dashboard/utils/dashboard-filters';

/**
 * `/dashboard?period=&year=&part=&from=&to=&level=&parent=&definition=&target=&trendUnit=&indicator=&granularity=`:
 * the URL holds the whole view, so a briefing can be shared or bookmarked as it is.
 */
export function Component() {
  const today = todayInVietnam();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseDashboardFilters(searchParams, today), [searchParams, today]);
  const handleFiltersChange = useCallback(
    (next: DashboardFilters) => setSearchParams(toDashboardSearchParams(next, today), { replace: true }),
    [setSearchParams, today],
  );
  return <DashboardScreen filters={filters} onFiltersChange={handleFiltersChange} today={today} />;
}
