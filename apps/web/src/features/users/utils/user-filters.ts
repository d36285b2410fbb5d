import { type Role, RoleSchema } from '@partrack/contracts';
import type { UsersQuery } from '../api/user-keys';

export const userStatuses = ['active', 'disabled'] as const;
export type UserStatus = (typeof userStatuses)[number];

/** What the users screen shows; lives in the URL (`/admin/users?q=&role=&status=&page=`). */
export interface UserListFilters {
  q: string;
  role: Role | null;
  status: UserStatus | null;
  page: number;
}

export const emptyUserFilters: UserListFilters = { q: '', role: null, status: null, page: 1 };

export const USERS_PAGE_SIZE = 20;
const MAX_QUERY_LENGTH = 100;

function isUserStatus(value: unknown): value is UserStatus {
  return typeof value === 'string' && (userStatuses as readonly string[]).includes(value);
}

/** Reads filters from the URL, ignoring anything malformed instead of sending it to the API. */
export function parseUserFilters(params: URLSearchParams): UserListFilters {
  const role = RoleSchema.safeParse(params.get('role'));
  const status = params.get('status');
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    role: role.success ? role.data : null,
    status: isUserStatus(status) ? status : null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Writes only what differs from the defaults, so the plain list stays at a plain `/admin/users`. */
export function toUserSearchParams(filters: UserListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim() !== '') params.set('q', filters.q);
  if (filters.role) params.set('role', filters.role);
  if (filters.status) params.set('status', filters.status);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** Any change but paging starts again on page 1. */
export function updateUserFilters(current: UserListFilters, change: Partial<UserListFilters>): UserListFilters {
  return { ...current, page: 1, ...change };
}

/** The API's query for these filters; empty ones are left out so they share one cache entry. */
export function toUsersQuery(filters: UserListFilters): UsersQuery {
  const query: UsersQuery = { page: filters.page, pageSize: USERS_PAGE_SIZE };
  const q = filters.q.trim();
  if (q !== '') query.q = q;
  if (filters.role) query.role = filters.role;
  if (filters.status) query.isActive = filters.status === 'active';
  return query;
}
