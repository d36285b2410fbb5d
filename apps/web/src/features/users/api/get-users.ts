import { UserListSchema } from '@partrack/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type UsersQuery, userKeys } from './user-keys';

export function getUsers(query: UsersQuery, signal?: AbortSignal) {
  return apiRequest(UserListSchema, '/api/v1/users', { params: query, signal });
}

export function getUsersQueryOptions(query: UsersQuery) {
  return queryOptions({
    queryKey: userKeys.list(query),
    queryFn: ({ signal }) => getUsers(query, signal),
    // Accounts change under the administrator's own hands: show what the API has now.
    staleTime: 0,
  });
}

/** A page of users; the previous page stays on screen while the next one loads. */
export function useUsers(query: UsersQuery) {
  return useQuery({ ...getUsersQueryOptions(query), placeholderData: keepPreviousData });
}
