import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { UnitsScreen } from '../../features/units/screens/units-screen';
import { parseUnitFilters, toUnitSearchParams, type UnitListFilters } from '../../features/units/utils/unit-filters';

/** `/units?q=&level=&validOn=&page=`: the URL holds the filters so every view can be linked to. */
export function Component() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseUnitFilters(searchParams), [searchParams]);
  const handleFiltersChange = useCallback(
    (next: UnitListFilters, { replace }: { replace: boolean }) =>
      setSearchParams(toUnitSearchParams(next), { replace }),
    [setSearchParams],
  );
  return <UnitsScreen filters={filters} onFiltersChange={handleFiltersChange} />;
}
