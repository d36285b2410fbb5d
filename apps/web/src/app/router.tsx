import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { paths } from '../lib/paths';
import { AppLayout } from './layout';
import { Home } from './routes/home';
import { NotFound } from './routes/not-found';
import { RequireAdmin } from './routes/require-admin';
import { RequireInspectionEditor } from './routes/require-inspection-editor';
import { RequireSession } from './routes/require-session';
import { RouteError } from './routes/route-error';
import { RouteLoading } from './routes/route-loading';

/** The whole route table; the browser tests (e2e/) drive it against the real API. */
const routes: RouteObject[] = [
  {
    // Screens are loaded on demand to keep the first download small; the sign-in page too, since a
    // returning reader skips it.
    path: paths.login,
    lazy: () => import('./routes/login'),
    ErrorBoundary: RouteError,
    HydrateFallback: RouteLoading,
  },
  {
    path: '/',
    Component: RequireSession,
    ErrorBoundary: RouteError,
    HydrateFallback: RouteLoading,
    children: [
      {
        Component: AppLayout,
        children: [
          {
            // Errors of a screen render inside the layout, so the header and navigation stay usable.
            ErrorBoundary: RouteError,
            children: [
              // Each role's home: leaders read the dashboard, unit officers answer their directives,
              // everyone else reads inspections.
              { index: true, Component: Home },
              // The dashboard and its charts (recharts) are one chunk of their own, loaded when opened.
              { path: 'dashboard', lazy: () => import('./routes/dashboard') },
              { path: 'inspections', lazy: () => import('./routes/inspections') },
              { path: 'inspections/:id', lazy: () => import('./routes/inspection-detail') },
              {
                // Leaders and unit officers read inspections; only editors reach the forms.
                Component: RequireInspectionEditor,
                children: [
                  { path: 'inspections/new', lazy: () => import('./routes/inspection-new') },
                  { path: 'inspections/import', lazy: () => import('./routes/inspection-import') },
                  { path: 'inspections/:id/edit', lazy: () => import('./routes/inspection-edit') },
                  // One-stop dossier statistics: its own chunk and catalogue, loaded when opened.
                  { path: 'imports/dossier-stats', lazy: () => import('./routes/dossier-import') },
                ],
              },
              { path: 'directives', lazy: () => import('./routes/directives') },
              { path: 'directives/:id', lazy: () => import('./routes/directive-detail') },
              { path: 'units', lazy: () => import('./routes/units') },
              { path: 'units/:id', lazy: () => import('./routes/unit-detail') },
              {
                path: 'admin',
                Component: RequireAdmin,
                children: [
                  { index: true, element: <Navigate to={paths.admin.users} replace /> },
                  { path: 'users', lazy: () => import('./routes/admin-users') },
                  { path: 'audit', lazy: () => import('./routes/admin-audit') },
                ],
              },
              { path: '*', Component: NotFound },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
