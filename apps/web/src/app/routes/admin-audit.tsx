import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { AuditScreen } from '../../features/audit/screens/audit-screen';
import { type AuditFilters, parseAuditFilters, toAuditSearchParams } from '../../features/audit/utils/audit-filters';

/** `/admin/audit?action=&from=&to=&page=`: the URL holds the filters. Admins only (RequireAdmin). */
export function Component() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseAuditFilters(searchParams), [searchParams]);
  const handleFiltersChange = useCallback(
    (next: AuditFilters) => setSearchParams(toAuditSearchParams(next)),
    [setSearchParams],
  );
  return <AuditScreen filters={filters} onFiltersChange={handleFiltersChange} />;
}
