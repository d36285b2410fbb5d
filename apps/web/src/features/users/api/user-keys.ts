import type { ListUsersQuery } from '@partrack/contracts';

/** Query of the user list as the SPA sends it: every field optional, empty ones left out. */
export type UsersQuery = Partial<ListUsersQuery>;

/** Query keys of the users feature; invalidate `userKeys.lists()` after any change to a user. */
export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (query: UsersQuery) => [...userKeys.lists(), query] as const,
  /** Units offered by the unit picker of the user forms, by search text. */
};
