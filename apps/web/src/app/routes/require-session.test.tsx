import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { endSession, startSession } from '../../lib/session';
import { makeCurrentUser, makeSession } from '../../testing/auth-fixtures';
import { createTestQueryClient } from '../../testing/render';
import { AppProvider } from '../provider';
import { Component as LoginRoute } from './login';
import { RequireAdmin } from './require-admin';
import { RequireSession } from './require-session';

/** The guards of the real route table, around stand-ins for the screens. */
function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/login', Component: LoginRoute },
      {
        path: '/',
        Component: RequireSession,
        children: [
          { index: true, element: <p>home</p> },
          { path: 'units', element: <p>units screen</p> },
          {
            path: 'admin',
            Component: RequireAdmin,
            children: [{ path: 'users', element: <p>users screen</p> }],
          },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(
    <AppProvider queryClient={createTestQueryClient()} env="test">
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return router;
}

const admin = makeCurrentUser({ username: 'admin', role: 'admin', unit: null });

afterEach(() => endSession('signedOut'));

describe('RequireSession and the sign-in route', () => {
  it('sends a signed-out reader to the sign-in page and back to the page they asked for', async () => {
    act(() => endSession('expired'));
    const router = renderAt('/admin/users?q=kien');

    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.getByText('Phiên đăng nhập đã kết thúc. Vui lòng đăng nhập lại.')).toBeInTheDocument();

    act(() => startSession(makeSession({ user: admin })));

    expect(await screen.findByText('users screen')).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/admin/users?q=kien');
  });

  it('after signing out, signs the next reader in to the home page rather than the last page', async () => {
    act(() => startSession(makeSession({ user: admin })));
    const router = renderAt('/admin/users');
    expect(await screen.findByText('users screen')).toBeInTheDocument();

    act(() => endSession('signedOut'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    expect(screen.queryByText(/Phiên đăng nhập đã kết thúc/)).not.toBeInTheDocument();
    act(() => startSession(makeSession()));

    expect(await screen.findByText('home')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});

describe('RequireAdmin', () => {
  it('shows a unit officer "no permission" instead of an administration screen', async () => {
    act(() => startSession(makeSession({ user: makeCurrentUser() })));
    renderAt('/admin/users');

    expect(await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeInTheDocument();
    expect(screen.queryByText('users screen')).not.toBeInTheDocument();
  });

  it('lets an administrator in', async () => {
    act(() => startSession(makeSession({ user: admin })));
    renderAt('/admin/users');

    expect(await screen.findByText('users screen')).toBeInTheDocument();
  });
});
