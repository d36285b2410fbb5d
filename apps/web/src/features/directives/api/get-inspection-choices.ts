import { useDebouncedValue } from '@mantine/hooks';
import { InspectionListSchema } from '@partrack/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { apiRequest } from '../../../lib/api-client';
import { directiveKeys } from './directive-keys';

const CHOICES_PAGE_SIZE = 20;

/** An inspection as the inspection filter offers it: enough to tell one from another. */
export interface InspectionChoice {
  id: string;
  unitName: string;
  date: string;
  topic: string;
}

/** Inspections whose unit, topic, leader or content match `q` (case and diacritics ignored), newest first. */
export async function getInspectionChoices(q: string, signal?: AbortSignal): Promise<InspectionChoice[]> {
  const list = await apiRequest(InspectionListSchema, '/api/v1/inspections', {
    params: { q: q.trim(), pageSize: CHOICES_PAGE_SIZE },
    signal,
  });
  return list.items.map((item) => ({ id: item.id, unitName: item.unit.name, date: item.date, topic: item.topic }));
}

export function getInspectionChoicesQueryOptions(q: string) {
  return queryOptions({
    queryKey: directiveKeys.inspectionChoices(q.trim()),
    queryFn: ({ signal }) => getInspectionChoices(q, signal),
  });
}

export interface InspectionSearch {
  choices: InspectionChoice[];
  isLoading: boolean;
  onSearchChange: (search: string) => void;
}

/** The inspections matching what is typed in the inspection filter, asked for once typing pauses. */
export function useInspectionSearch(debounceMs = 250): InspectionSearch {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, debounceMs);
  const query = useQuery({ ...getInspectionChoicesQueryOptions(debounced), placeholderData: keepPreviousData });
  return useMemo(
    () => ({
      choices: query.data ?? [],
      isLoading: query.isFetching || search !== debounced,
      onSearchChange: setSearch,
    }),
    [query.data, query.isFetching, search, debounced],
  );
}
