import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import 'dayjs/locale/vi';
import { type ReactNode, useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n, useLanguage } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';
import { getSessionState, subscribeToSession } from '../lib/session';
import { theme } from './theme';

export interface AppProviderProps {
  children: ReactNode;
  /** Tests pass their own client (no retries) and `env="test"` (no transitions or portals). */
  queryClient?: QueryClient;
  env?: 'default' | 'test';
}

export function AppProvider({ children, queryClient, env = 'default' }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  // What one user was shown must not be shown to the next one who signs in on this browser.
  useEffect(
    () =>
      subscribeToSession(() => {
        if (getSessionState().status === 'signedOut') client.clear();
      }),
    [client],
  );
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} env={env}>
        <LocalizedDates>
          <QueryClientProvider client={client}>{children}</QueryClientProvider>
        </LocalizedDates>
      </MantineProvider>
    </I18nextProvider>
  );
}

/** Calendars follow the interface language: month and weekday names from dayjs, weeks from Monday. */
function LocalizedDates({ children }: { children: ReactNode }) {
  const language = useLanguage();
  return <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}
