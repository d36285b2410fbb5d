import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { UsersScreen } from '../../features/users/screens/users-screen';
import { parseUserFilters, toUserSearchParams, type UserListFilters } from '../../features/users/utils/user-filters';

/** `/admin/users?q=&role=&status=&page=`: the URL holds the filters. Admins only (RequireAdmin). */
export function Component() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseUserFilters(searchParams), [searchParams]);
  const handleFiltersChange = useCallback(
    (next: UserListFilters, { replace }: { replace: boolean }) =>
      setSearchParams(toUserSearchParams(next), { replace }),
    [setSearchParams],
  );
  return <UsersScreen filters={filters} onFiltersChange={handleFiltersChange} />;
}
