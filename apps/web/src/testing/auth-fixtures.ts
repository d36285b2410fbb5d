import type { AuditEvent, CurrentUser, Session, User } from '@partrack/contracts';
import { nextId } from './unit-fixtures';

export const kienAn = { id: nextId(), name: 'Quận Kiến An', level: 'district' } as const;
export const thanhTri = { id: nextId(), name: 'Huyện Thanh Trì', level: 'district' } as const;

export function makeCurrentUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: nextId(),
    username: 'kienan',
    displayName: 'Cán bộ Quận Kiến An',
    role: 'unit_officer',
    unit: { ...kienAn },
    ...overrides,
  };
}

/** A session as the API grants it; the token is opaque to the SPA, so any string will do. */
export function makeSession(overrides: Partial<Session> = {}): Session {
  return { accessToken: `token-${nextId()}`, expiresIn: 900, user: makeCurrentUser(), ...overrides };
}

export function makeUser(overrides: Partial<User> = {}): User {
  return {
    id: nextId(),
    username: 'kienan',
    displayName: 'Cán bộ Quận Kiến An',
    role: 'unit_officer',
    unit: { ...kienAn },
    email: null,
    isActive: true,
    createdAt: '2025-07-01T02:00:00.000Z',
    updatedAt: '2025-07-01T02:00:00.000Z',
    ...overrides,
  };
}

let seq = 0;

export function makeAuditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  seq += 1;
  return {
    seq,
    occurredAt: '2025-07-01T02:03:04.000Z',
    actor: { id: nextId(), username: 'admin' },
    action: 'user.created',
    entityType: 'user',
    entityId: nextId(),
    before: null,
    after: { username: 'thanhtri.canbo', role: 'unit_officer' },
    requestId: `req-${seq}`,
    ip: '127.0.0.1',
    hash: 'ab'.repeat(32),
    ...overrides,
  };
}
