import '../../locales/directives';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { DirectivesScreen } from '../../features/directives/screens/directives-screen';
import {
  type DirectiveFilters,
  parseDirectiveFilters,
  toDirectiveSearchParams,
} from '../../features/directives/utils/directive-filters';
import { useSession } from '../../lib/session';

/**
 * `/directives?view=&bucket=&unit=&inspection=&area=&from=&to=&sort=&page=`: the URL holds the filters;
 * what it leaves out takes the reader's role default (inspectors: review queue; leaders: overdue).
 */
export function Component() {
  const { user } = useSession();
  // RequireSession renders this only when signed in; the fallback only satisfies the type.
  const role = user?.role ?? 'unit_officer';
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseDirectiveFilters(searchParams, role), [searchParams, role]);
  const handleFiltersChange = useCallback(
    (next: DirectiveFilters) => setSearchParams(toDirectiveSearchParams(next, role)),
    [setSearchParams, role],
  );
  return <DirectivesScreen filters={filters} onFiltersChange={handleFiltersChange} role={role} />;
}
