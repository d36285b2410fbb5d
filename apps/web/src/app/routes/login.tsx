import { Box, Center, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { LoginScreen } from '../../features/auth/screens/login-screen';
import { paths } from '../../lib/paths';
import { useSession } from '../../lib/session';
import { LanguageSwitcher } from '../language-switcher';
import type { SignInRedirectState } from './require-session';
import { RouteLoading } from './route-loading';

/** Where to go after signing in: the page first asked for, if it is one of ours, else the home page. */
function targetOf(state: unknown): string {
  const from = (state as SignInRedirectState | null)?.from;
  if (!from || typeof from.pathname !== 'string' || !from.pathname.startsWith('/')) return paths.home;
  if (from.pathname.startsWith('//') || from.pathname === paths.login) return paths.home;
  return `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
}

/** `/login`: the only screen without the application frame. */
export function Component() {
  const { t } = useTranslation();
  const { status } = useSession();
  const location = useLocation();

  if (status === 'restoring') return <RouteLoading />;
  if (status === 'signedIn') return <Navigate to={targetOf(location.state)} replace />;
  return (
    <Box mih="100vh" bg="gray.0" p="md">
      <Group justify="space-between" mb="xl">
        <Text fw={700} size="lg">
          {t('app.name')}
        </Text>
        <LanguageSwitcher />
      </Group>
      <Center component="main">
        <LoginScreen />
      </Center>
    </Box>
  );
}
