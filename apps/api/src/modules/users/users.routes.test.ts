import { AuditEventListSchema, ErrorResponseSchema, UserListSchema, UserSchema } from '@partrack/contracts';
import { describe, expect, it } from 'vitest';
import { authHeaders } from '../../testing/auth';
import { useTestApp } from '../../testing/test-app';

const context = useTestApp({ demoData: true });

async function asAdmin(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return context().app.inject({
    method,
    url,
    headers: await authHeaders(context(), 'admin'),
    ...(payload ? { payload } : {}),
  });
}

async function unitIdOf(name: string): Promise<string> {
  const { items } = (
    await context().app.inject({ method: 'GET', url: `/api/v1/units?q=${encodeURIComponent(name)}` })
  ).json();
  const unit = items.find((item: { name: string }) => item.name === name);
  if (!unit) throw new Error(`No unit ${name}`);
  return unit.id;
}

describe('user administration', () => {
  it('lists the demo accounts with their roles and units', async () => {
    const response = await asAdmin('GET', '/api/v1/users');
    const { items } = UserListSchema.parse(response.json());
    expect(items.map((user) => [user.username, user.role, user.unit?.name ?? null])).toEqual([
      ['admin', 'admin', null],
      ['gialam', 'unit_officer', 'Huyện Gia Lâm'],
      ['kienan', 'unit_officer', 'Quận Kiến An'],
      ['lanhdao', 'leader', null],
      ['noivu', 'inspector', null],
    ]);
  });

  it('finds users by name without diacritics', async () => {
    const { items } = UserListSchema.parse((await asAdmin('GET', '/api/v1/users?q=kien%20an')).json());
    expect(items.map((user) => user.username)).toEqual(['kienan']);
  });

  it('creates a unit officer of a unit and records it in the audit trail', async () => {
    const unitId = await unitIdOf('Huyện Thanh Trì');
    const response = await asAdmin('POST', '/api/v1/users', {
      username: 'Thanhtri',
      displayName: 'Cán bộ Huyện Thanh Trì',
      role: 'unit_officer',
      unitId,
      password: 'thanh-tri-password',
    });
    expect(response.statusCode, response.body).toBe(201);
    const user = UserSchema.parse(response.json());
    expect(user).toMatchObject({ username: 'thanhtri', role: 'unit_officer', isActive: true, unit: { id: unitId } });
    expect(response.body).not.toMatch(/password|argon2/i);

    const audit = AuditEventListSchema.parse((await asAdmin('GET', `/api/v1/audit-events?entityId=${user.id}`)).json());
    expect(audit.items.map((event) => [event.action, event.actor?.username])).toEqual([['user.created', 'admin']]);
    expect(JSON.stringify(audit.items[0]?.after)).not.toMatch(/password/i);
  });

  it('rejects a taken username with 409 naming username', async () => {
    const response = await asAdmin('POST', '/api/v1/users', {
      username: 'noivu',
      displayName: 'Trùng',
      role: 'inspector',
      password: 'another-password',
    });
    expect(response.statusCode).toBe(409);
    expect(ErrorResponseSchema.parse(response.json()).issues?.[0]?.path).toBe('username');
  });

  it('requires a unit for a unit officer, naming unitId', async () => {
    const response = await asAdmin('POST', '/api/v1/users', {
      username: 'khong.don.vi',
      displayName: 'Không đơn vị',
      role: 'unit_officer',
      password: 'a-long-password',
    });
    expect(response.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(response.json()).issues).toEqual([
      { path: 'unitId', code: 'required', message: 'a unit officer needs a unit' },
    ]);
  });

  it.each([
    ['id', '00000000-0000-4000-8000-000000000001'],
    ['isActive', false],
    ['passwordHash', 'x'],
    ['createdAt', '2020-01-01T00:00:00Z'],
    ['sessionVersion', 99],
  ])('rejects mass assignment of %s with 400', async (field, value) => {
    const response = await asAdmin('POST', '/api/v1/users', {
      username: `mass.${field.toLowerCase()}`,
      displayName: 'Mass assignment',
      role: 'leader',
      password: 'a-long-password',
      [field]: value,
    });
    expect(response.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(response.json()).issues?.[0]?.message).toContain(field);
  });

  it('refuses a PATCH that tries to set the username or password', async () => {
    const { items } = UserListSchema.parse((await asAdmin('GET', '/api/v1/users?q=lanhdao')).json());
    for (const payload of [
      { username: 'other' },
      { password: 'another-password' },
      { updatedAt: '2020-01-01T00:00:00Z' },
    ]) {
      const response = await asAdmin('PATCH', `/api/v1/users/${items[0]?.id}`, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });

  it('does not let an admin disable or demote themselves', async () => {
    const { items } = UserListSchema.parse((await asAdmin('GET', '/api/v1/users?q=admin')).json());
    const self = items.find((user) => user.username === 'admin');
    for (const payload of [{ isActive: false }, { role: 'leader' }]) {
      const response = await asAdmin('PATCH', `/api/v1/users/${self?.id}`, payload);
      expect(response.statusCode).toBe(409);
    }
  });

  it("edits a user's display name and records before and after", async () => {
    const { items } = UserListSchema.parse((await asAdmin('GET', '/api/v1/users?q=noivu')).json());
    const id = items[0]?.id;
    const response = await asAdmin('PATCH', `/api/v1/users/${id}`, { displayName: 'Chuyên viên CCHC' });
    expect(UserSchema.parse(response.json()).displayName).toBe('Chuyên viên CCHC');
    const audit = AuditEventListSchema.parse(
      (await asAdmin('GET', `/api/v1/audit-events?entityId=${id}&action=user.updated`)).json(),
    );
    expect(audit.items[0]).toMatchObject({
      before: expect.objectContaining({ displayName: 'Chuyên viên Sở Nội vụ' }),
      after: expect.objectContaining({ displayName: 'Chuyên viên CCHC' }),
    });
  });

  it("resets a user's password, ending their sessions", async () => {
    const { items } = UserListSchema.parse((await asAdmin('GET', '/api/v1/users?q=gialam')).json());
    const headersBefore = await authHeaders(context(), 'gialam');
    const reset = await asAdmin('POST', `/api/v1/users/${items[0]?.id}/password`, { password: 'gia-lam-new-password' });
    expect(reset.statusCode).toBe(204);
    expect(
      (await context().app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: headersBefore })).statusCode,
    ).toBe(401);
    const login = await context().app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'gialam', password: 'gia-lam-new-password' },
    });
    expect(login.statusCode).toBe(200);
  });

  it('answers 404 for an unknown user', async () => {
    const response = await asAdmin('GET', '/api/v1/users/00000000-0000-4000-8000-000000000000');
    expect(response.statusCode).toBe(404);
  });
});
