import '../../locales/inspections';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { InspectionsScreen } from '../../features/inspections/screens/inspections-screen';
import {
  type InspectionFilters,
  parseInspectionFilters,
  toInspectionSearchParams,
} from '../../features/inspections/utils/inspection-filters';
import { useInspectionNotice } from './inspection-notice';

/** `/inspections?q=&unit=&from=&to=&kind=&area=&overdue=&sort=&deleted=&page=`: the URL holds the filters. */
export function Component() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseInspectionFilters(searchParams), [searchParams]);
  const { notice, onNoticeClose } = useInspectionNotice();
  const handleFiltersChange = useCallback(
    (next: InspectionFilters, { replace }: { replace: boolean }) =>
      setSearchParams(toInspectionSearchParams(next), { replace }),
    [setSearchParams],
  );
  return (
    <InspectionsScreen
      filters={filters}
      onFiltersChange={handleFiltersChange}
      notice={notice}
      onNoticeClose={onNoticeClose}
    />
  );
}
