import { act, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useParams } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../../lib/i18n';
import { makeNotification, stubNotificationsApi } from '../../../testing/notification-fixtures';
import { renderWithProviders } from '../../../testing/render';
import { NOTIFICATIONS_POLL_MS } from '../api/get-notifications';
import { NotificationBell } from './notification-bell';

const overdue = makeNotification({
  kind: 'overdue',
  message: 'Quá hạn từ 18/03/2021: Rà soát quy trình tiếp nhận hồ sơ.',
  // 09:05 on 01/07/2025 in Vietnam, wherever the tests run: the list shows Vietnam's clock.
  createdAt: '2025-07-01T02:05:30.000Z',
});
const fresh = makeNotification({ kind: 'new_directive', message: 'Chỉ đạo mới: Công khai thủ tục hành chính.' });
const alreadyRead = makeNotification({
  kind: 'extension_decided',
  message: 'Đề nghị gia hạn bị từ chối: Số hoá hồ sơ.',
  readAt: '2025-07-02T02:00:00.000Z',
});

function DirectivePage() {
  return <p>Trang chỉ đạo {useParams().id}</p>;
}

/** The bell as the header shows it, with a route to land on when a notification is followed. */
function renderBell() {
  return renderWithProviders(
    <>
      <NotificationBell />
      <Routes>
        <Route path="/directives/:id" element={<DirectivePage />} />
        <Route path="*" element={null} />
      </Routes>
    </>,
  );
}

const bell = (name: string | RegExp = /^Thông báo/) => screen.getByRole('button', { name });

afterEach(() => {
  vi.useRealTimers();
});

describe('NotificationBell', () => {
  it('names the unread count and shows it on a badge', async () => {
    stubNotificationsApi([overdue, fresh, alreadyRead]);
    renderBell();

    const button = await screen.findByRole('button', { name: 'Thông báo (2 chưa đọc)' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button.parentElement).toHaveTextContent('2');
  });

  it('says nothing of a count when everything is read', async () => {
    const api = stubNotificationsApi([alreadyRead]);
    renderBell();

    await waitFor(() => expect(api.requests).toEqual(['GET /api/v1/notifications']));
    expect(bell('Thông báo')).toBeInTheDocument();
    expect(bell().parentElement).not.toHaveTextContent(/\d/);
  });

  it('lists the newest notifications, unread ones marked, each a link to its directive', async () => {
    stubNotificationsApi([overdue, fresh, alreadyRead]);
    const { user } = renderBell();

    await user.click(await screen.findByRole('button', { name: 'Thông báo (2 chưa đọc)' }));

    const list = screen.getByRole('list', { name: 'Thông báo' });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      `/directives/${overdue.directiveId}`,
      `/directives/${fresh.directiveId}`,
      `/directives/${alreadyRead.directiveId}`,
    ]);
    expect(links[0]).toHaveTextContent(
      'Chưa đọc: Quá hạnQuá hạn từ 18/03/2021: Rà soát quy trình tiếp nhận hồ sơ.01/07/2025 09:05',
    );
    expect(links.map((link) => link.hasAttribute('data-unread'))).toEqual([true, true, false]);
    expect(links[2]).toHaveTextContent(/^Đã có quyết định gia hạnĐề nghị gia hạn bị từ chối/);
    expect(bell()).toHaveAttribute('aria-expanded', 'true');
  });

  it('marks a notification read when it is followed, and the count drops', async () => {
    const api = stubNotificationsApi([overdue, fresh]);
    const { user } = renderBell();
    await user.click(await screen.findByRole('button', { name: 'Thông báo (2 chưa đọc)' }));

    await user.click(screen.getByRole('link', { name: /Rà soát quy trình/ }));

    expect(await screen.findByText(`Trang chỉ đạo ${overdue.directiveId}`)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Thông báo' })).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Thông báo (1 chưa đọc)' })).toBeInTheDocument();
    await waitFor(() => expect(api.requests).toContain(`POST /api/v1/notifications/${overdue.id}/read`));
  });

  it('does not ask the API again for one already read', async () => {
    const api = stubNotificationsApi([alreadyRead]);
    const { user } = renderBell();
    await waitFor(() => expect(api.requests).toHaveLength(1));

    await user.click(bell('Thông báo'));
    await user.click(screen.getByRole('link', { name: /Số hoá hồ sơ/ }));

    expect(await screen.findByText(`Trang chỉ đạo ${alreadyRead.directiveId}`)).toBeInTheDocument();
    expect(api.requests.filter((request) => request.startsWith('POST'))).toEqual([]);
  });

  it('marks everything read at once', async () => {
    const api = stubNotificationsApi([overdue, fresh, alreadyRead]);
    const { user } = renderBell();
    await user.click(await screen.findByRole('button', { name: 'Thông báo (2 chưa đọc)' }));

    await user.click(screen.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }));

    expect(await screen.findByRole('button', { name: 'Thông báo' })).toBeInTheDocument();
    const links = within(screen.getByRole('list', { name: 'Thông báo' })).getAllByRole('link');
    expect(links.some((link) => link.hasAttribute('data-unread'))).toBe(false);
    expect(screen.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' })).toBeDisabled();
    expect(api.requests).toContain('POST /api/v1/notifications/read-all');
  });

  it('says so when there is nothing to show', async () => {
    stubNotificationsApi([]);
    const { user } = renderBell();
    await user.click(await screen.findByRole('button', { name: 'Thông báo' }));

    expect(await screen.findByText('Bạn chưa có thông báo nào.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' })).toBeDisabled();
  });

  it('closes on Escape and gives focus back to the bell', async () => {
    stubNotificationsApi([overdue]);
    const { user } = renderBell();
    const button = await screen.findByRole('button', { name: 'Thông báo (1 chưa đọc)' });
    await user.click(button);

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('list', { name: 'Thông báo' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('asks again every minute, so a new notification shows without a reload', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const api = stubNotificationsApi([overdue]);
    renderBell();
    await screen.findByRole('button', { name: 'Thông báo (1 chưa đọc)' });

    api.add(fresh);
    await act(() => vi.advanceTimersByTimeAsync(NOTIFICATIONS_POLL_MS / 2));
    expect(bell()).toHaveAccessibleName('Thông báo (1 chưa đọc)');
    await act(() => vi.advanceTimersByTimeAsync(NOTIFICATIONS_POLL_MS / 2));

    expect(await screen.findByRole('button', { name: 'Thông báo (2 chưa đọc)' })).toBeInTheDocument();
    expect(api.requests).toEqual(['GET /api/v1/notifications', 'GET /api/v1/notifications']);
  });

  it('asks again when the reader comes back to the window', async () => {
    const api = stubNotificationsApi([overdue]);
    renderBell();
    await screen.findByRole('button', { name: 'Thông báo (1 chưa đọc)' });

    api.add(fresh);
    act(() => {
      window.dispatchEvent(new Event('visibilitychange'));
    });

    expect(await screen.findByRole('button', { name: 'Thông báo (2 chưa đọc)' })).toBeInTheDocument();
  });

  it('speaks English when the reader chose it', async () => {
    stubNotificationsApi([fresh, alreadyRead]);
    changeLanguage('en');
    const { user } = renderBell();

    await user.click(await screen.findByRole('button', { name: 'Notifications (1 unread)' }));

    const links = within(screen.getByRole('list', { name: 'Notifications' })).getAllByRole('link');
    expect(links[0]).toHaveTextContent(/^Unread: New directive/);
    expect(links[1]).toHaveTextContent(/^Extension request decided/);
    expect(screen.getByRole('button', { name: 'Mark all as read' })).toBeEnabled();
  });
});
