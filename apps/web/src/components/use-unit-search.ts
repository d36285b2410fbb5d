import { useDebouncedValue } from '@mantine/hooks';
import { UnitListSchema } from '@partrack/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { apiRequest } from '../lib/api-client';
import type { UnitChoice, UnitSearch } from './unit-picker';

const CHOICES_PAGE_SIZE = 20;

/**
 * Units whose name or code matches `q` (the API ignores case and diacritics), limited to those that
 * existed on `validOn` when given (an inspection can only be about a unit that existed on its date).
 */
export async function getUnitChoices(q: string, validOn: string | null, signal?: AbortSignal): Promise<UnitChoice[]> {
  const list = await apiRequest(UnitListSchema, '/api/v1/units', {
    params: { q: q.trim(), validOn, pageSize: CHOICES_PAGE_SIZE },
    signal,
  });
  return list.items.map((unit) => ({
    id: unit.id,
    name: unit.name,
    level: unit.level,
    parentName: unit.parent?.name ?? null,
  }));
}

export function getUnitChoicesQueryOptions(q: string, validOn: string | null) {
  return queryOptions({
    queryKey: ['unit-choices', q.trim(), validOn] as const,
    queryFn: ({ signal }) => getUnitChoices(q, validOn, signal),
  });
}

/** What every unit picker needs: the units matching what is typed, asked for once typing pauses. */
export function useUnitSearch(validOn: string | null = null, debounceMs = 250): UnitSearch {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, debounceMs);
  const query = useQuery({ ...getUnitChoicesQueryOptions(debounced, validOn), placeholderData: keepPreviousData });
  return useMemo(
    () => ({
      choices: query.data ?? [],
      isLoading: query.isFetching || search !== debounced,
      onSearchChange: setSearch,
    }),
    [query.data, query.isFetching, search, debounced],
  );
}
