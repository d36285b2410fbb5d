import { type DirectiveBucket, DirectiveBucketSchema, DirectiveListSchema } from '@partrack/contracts';
import { keepPreviousData, queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type DirectivesQuery, directiveKeys } from './directive-keys';

export function getDirectives(query: DirectivesQuery, signal?: AbortSignal) {
  return apiRequest(DirectiveListSchema, '/api/v1/directives', { params: query, signal });
}

export function getDirectivesQueryOptions(query: DirectivesQuery) {
  return queryOptions({
    queryKey: directiveKeys.list(query),
    queryFn: ({ signal }) => getDirectives(query, signal),
    // Buckets move with the calendar and with every answer and review: always ask again.
    staleTime: 0,
  });
}

/** A page of directives in the reader's scope; the previous page stays on screen while the next loads. */
export function useDirectives(query: DirectivesQuery) {
  return useQuery({ ...getDirectivesQueryOptions(query), placeholderData: keepPreviousData });
}

export type BucketCounts = Record<DirectiveBucket, number | null>;

/**
 * How many directives each bucket holds under the same filters: one one-item page per bucket, whose
 * total is the count (the buckets share out every directive, so their sum is the whole list).
 */
export function useBucketCounts(scope: DirectivesQuery): BucketCounts {
  const buckets = DirectiveBucketSchema.options;
  const results = useQueries({
    queries: buckets.map((bucket) => ({
      ...getDirectivesQueryOptions({ ...scope, bucket, page: 1, pageSize: 1 }),
      placeholderData: keepPreviousData,
    })),
  });
  return Object.fromEntries(
    buckets.map((bucket, index) => [bucket, results[index]?.data?.total ?? null]),
  ) as BucketCounts;
}
