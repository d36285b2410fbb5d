import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { makeAuditEvent, makeUser } from '../../../testing/auth-fixtures';
import { renderWithProviders } from '../../../testing/render';
import { AuditTable } from './audit-table';

const before = makeUser({ username: 'tamnghi', isActive: true });
const disabled = makeAuditEvent({
  seq: 42,
  action: 'user.updated',
  // 09:03:04 on 01/07/2025 in Vietnam, wherever the tests run: the table shows Vietnam's clock.
  occurredAt: '2025-07-01T02:03:04.000Z',
  entityId: before.id,
  before,
  after: { ...before, isActive: false },
  requestId: 'req-disable',
});
const failedLogin = makeAuditEvent({
  seq: 41,
  action: 'auth.login_failed',
  actor: null,
  entityId: null,
  after: { username: 'khongco' },
  ip: null,
  requestId: null,
});

function rows(tableName = 'Nhật ký hệ thống') {
  return within(screen.getByRole('table', { name: tableName }))
    .getAllByRole('row')
    .slice(1);
}

function cellsOf(row: HTMLElement) {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('AuditTable', () => {
  it('shows time, actor, translated action, subject, IP and request id of each event, in the order given', () => {
    renderWithProviders(<AuditTable events={[disabled, failedLogin]} />);

    const [first, second] = rows();
    const [, time, actor, action, subject, ip, requestId] = cellsOf(first as HTMLElement);
    expect(time).toBe('01/07/2025 09:03:04');
    expect([actor, action, subject, ip, requestId]).toEqual([
      'admin',
      'Sửa người dùng',
      `Người dùng · tamnghi${before.id}`,
      '127.0.0.1',
      'req-disable',
    ]);
    expect(cellsOf(second as HTMLElement).slice(2)).toEqual([
      'Không xác định',
      'Đăng nhập thất bại',
      'Người dùng · khongco',
      '—',
      '—',
    ]);
  });

  it('opens a row to show the record before and after the change, and closes it again', async () => {
    const { user } = renderWithProviders(<AuditTable events={[disabled, failedLogin]} />);

    const toggle = screen.getByRole('button', { name: 'Xem chi tiết sự kiện số 42' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Ẩn chi tiết sự kiện số 42');
    expect(screen.getByRole('region', { name: 'Trước' })).toHaveTextContent('"isActive": true');
    expect(screen.getByRole('region', { name: 'Sau' })).toHaveTextContent('"isActive": false');
    expect(rows()).toHaveLength(3);

    await user.click(toggle);
    expect(screen.queryByRole('region', { name: 'Trước' })).not.toBeInTheDocument();
  });

  it("gives an opened event's place in the hash chain, or says it is being sealed", async () => {
    const waiting = makeAuditEvent({ seq: 43, hash: null });
    const { user } = renderWithProviders(<AuditTable events={[waiting, disabled]} />);

    await user.click(screen.getByRole('button', { name: 'Xem chi tiết sự kiện số 42' }));
    expect(screen.getByText(`Sự kiện số 42 · mã băm ${'ab'.repeat(32)}`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Xem chi tiết sự kiện số 43' }));
    expect(screen.getByText('Sự kiện số 43 · đang được đưa vào chuỗi băm')).toBeInTheDocument();
  });

  it('names what a directive event is about, and shows a type it does not know as recorded', () => {
    const reviewed = makeAuditEvent({ action: 'directive.reviewed', entityType: 'directive', after: null });
    const retired = makeAuditEvent({
      action: 'directive.updated',
      entityType: 'attachment',
      entityId: null,
      after: null,
    });
    renderWithProviders(<AuditTable events={[reviewed, retired]} />);

    const [first, second] = rows();
    expect(cellsOf(first as HTMLElement).slice(3, 5)).toEqual([
      'Xem xét kết quả thực hiện chỉ đạo',
      `Chỉ đạo${reviewed.entityId}`,
    ]);
    expect(cellsOf(second as HTMLElement)[4]).toBe('attachment');
  });

  it('speaks English when the interface does', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<AuditTable events={[failedLogin]} />);

    expect(cellsOf(rows('Audit log')[0] as HTMLElement).slice(2, 5)).toEqual([
      'Unknown',
      'Failed sign-in',
      'User · khongco',
    ]);
  });
});
