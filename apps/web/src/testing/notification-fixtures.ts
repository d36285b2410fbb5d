import type { Notification, NotificationList } from '@partrack/contracts';
import { vi } from 'vitest';
import { nextId } from './unit-fixtures';

export function makeNotification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: nextId(),
    kind: 'overdue',
    directiveId: nextId(),
    message: 'Quá hạn từ 18/03/2021: Rà soát quy trình tiếp nhận hồ sơ.',
    createdAt: '2025-07-01T02:00:00.000Z',
    readAt: null,
    ...overrides,
  };
}

/**
 * The notifications API in memory, behind a stubbed `fetch`: lists newest first with the unread count,
 * and marks read (one, or all) as the real one does. `requests` records `METHOD path` of every call.
 */
export function stubNotificationsApi(initial: Notification[]) {
  const notifications = initial.map((notification) => ({ ...notification }));
  const requests: string[] = [];
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    requests.push(`${method} ${url.pathname}`);
    const now = new Date().toISOString();
    if (method === 'GET' && url.pathname === '/api/v1/notifications') {
      const pageSize = Number(url.searchParams.get('pageSize') ?? 50);
      const list: NotificationList = {
        items: notifications.slice(0, pageSize),
        total: notifications.length,
        unread: notifications.filter((notification) => notification.readAt === null).length,
        page: 1,
        pageSize,
      };
      return json(list);
    }
    if (method === 'POST' && url.pathname === '/api/v1/notifications/read-all') {
      const unread = notifications.filter((notification) => notification.readAt === null);
      for (const notification of unread) notification.readAt = now;
      return json({ marked: unread.length });
    }
    const one = /^\/api\/v1\/notifications\/([^/]+)\/read$/.exec(url.pathname);
    if (method === 'POST' && one) {
      const notification = notifications.find((candidate) => candidate.id === one[1] && candidate.readAt === null);
      if (notification) notification.readAt = now;
      return json({ marked: notification ? 1 : 0 });
    }
    return json({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found', requestId: 'req-404' }, 404);
  });
  vi.stubGlobal('fetch', fetch);

  return {
    fetch,
    requests,
    /** A notification arriving meanwhile, as the reminder job adds them. */
    add(notification: Notification) {
      notifications.unshift({ ...notification });
    },
  };
}
