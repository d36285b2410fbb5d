import { useDebouncedValue } from '@mantine/hooks';
import { UnitListSchema } from '@partrack/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { UnitChoice, UnitSearch } from '../../../components/unit-picker';
import { apiRequest } from '../../../lib/api-client';
import { dashboardKeys } from './dashboard-keys';

const CHOICES_PAGE_SIZE = 20;

/** Units whose name or code matches `q` (the API ignores case and diacritics), for the parent-unit picker. */
export async function getUnitChoices(q: string, signal?: AbortSignal): Promise<UnitChoice[]> {
  const list = await apiRequest(UnitListSchema, '/api/v1/units', {
    params: { q: q.trim(), pageSize: CHOICES_PAGE_SIZE },
    signal,
  });
  return list.items.map((unit) => ({
    id: unit.id,
    name: unit.name,
    level: unit.level,
    parentName: unit.parent?.name ?? null,
  }));
}

export function getUnitChoicesQueryOptions(q: string) {
  return queryOptions({
    queryKey: [...dashboardKeys.all, 'unit-choices', q.trim()] as const,
    queryFn: ({ signal }) => getUnitChoices(q, signal),
  });
}

/** What the parent-unit picker needs: the units matching what is typed, asked for once typing pauses. */
export function useUnitSearch(debounceMs = 250): UnitSearch {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, debounceMs);
  const query = useQuery({ ...getUnitChoicesQueryOptions(debounced), placeholderData: keepPreviousData });
  return useMemo(
    () => ({
      choices: query.data ?? [],
      isLoading: query.isFetching || search !== debounced,
      onSearchChange: setSearch,
    }),
    [query.data, query.isFetching, search, debounced],
  );
}
