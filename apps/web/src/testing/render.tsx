import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { AppProvider } from '../app/provider';

type UserEventOptions = Parameters<typeof userEvent.setup>[0];

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } } });
}

function TestProviders({
  children,
  queryClient,
  route,
}: {
  children: ReactNode;
  queryClient: QueryClient;
  route: string;
}) {
  return (
    <AppProvider queryClient={queryClient} env="test">
      <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter>
    </AppProvider>
  );
}

/** Renders a component with every provider the app has, inside a router at `route`; `rerender` keeps them. */
export function renderWithProviders(
  ui: ReactElement,
  { route = '/', userOptions }: { route?: string; userOptions?: UserEventOptions } = {},
) {
  const user = userEvent.setup(userOptions);
  const queryClient = createTestQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestProviders queryClient={queryClient} route={route}>
      {children}
    </TestProviders>
  );
  return { user, ...render(ui, { wrapper }) };
}
