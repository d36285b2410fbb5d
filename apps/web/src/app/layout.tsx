import { AppShell, Box, Button, Container, Group, Loader, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useMatch, useNavigation } from 'react-router';
import { UserMenu } from '../features/auth/components/user-menu';
import { canAdminister, canEditInspections } from '../lib/access';
import { paths } from '../lib/paths';
import { signOut, useSession } from '../lib/session';
import { LanguageSwitcher } from './language-switcher';

// Polling needs TanStack Query's observer and the contracts, which the first download does without:
// the bell follows the page by a moment.
const NotificationBell = lazy(() =>
  import('../features/notifications/components/notification-bell').then((module) => ({
    default: module.NotificationBell,
  })),
);

// Most visits never change the password: its form (and @mantine/form) loads when first opened.
const ChangePasswordModal = lazy(() =>
  import('../features/auth/screens/change-password-modal').then((module) => ({ default: module.ChangePasswordModal })),
);

interface NavItem {
  to: string;
  label: string;
}

/** The frame of every signed-in screen: header with navigation by role, language and the user's menu. */
export function AppLayout() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const { user } = useSession();
  const [isChangingPassword, setIsChangingPassword] = useState(false);
  const [hasOpenedPasswordForm, setHasOpenedPasswordForm] = useState(false);

  const navItems: NavItem[] = [
    // Every role reads the dashboard; the API limits a unit officer's to their own unit.
    { to: paths.dashboard, label: t('app.nav.dashboard') },
    { to: paths.inspections.list, label: t('app.nav.inspections') },
    { to: paths.directives.list, label: t('app.nav.directives') },
    { to: paths.units.list, label: t('app.nav.units') },
    ...(canEditInspections(user) ? [{ to: paths.dossierImport, label: t('app.nav.dossierImport') }] : []),
    ...(canAdminister(user)
      ? [
          { to: paths.admin.users, label: t('app.nav.users') },
          { to: paths.admin.audit, label: t('app.nav.audit') },
        ]
      : []),
  ];

  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header className="print-hidden">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
            <Text component={Link} to={paths.home} fw={700} size="lg" c="bright" style={{ textDecoration: 'none' }}>
              {t('app.name')}
            </Text>
            {/* More links than the header holds (an administrator's, a narrow window) scroll sideways
                rather than being squeezed out of sight. */}
            <Group
              component="nav"
              aria-label={t('app.mainNavigation')}
              gap={4}
              wrap="nowrap"
              visibleFrom="sm"
              style={{ minWidth: 0, overflowX: 'auto', scrollbarWidth: 'thin' }}
            >
              {navItems.map((item) => (
                <NavButton key={item.to} {...item} />
              ))}
            </Group>
            {navigation.state === 'loading' && <Loader size="xs" aria-label={t('common.loading')} />}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitcher />
            {user && (
              // Its place is kept while it loads, so the header does not shift.
              <Suspense fallback={<Box w={34} h={34} />}>
                <NotificationBell />
              </Suspense>
            )}
            {user && (
              <UserMenu
                user={user}
                onChangePassword={() => {
                  setHasOpenedPasswordForm(true);
                  setIsChangingPassword(true);
                }}
                onSignOut={() => void signOut()}
              />
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main className="print-main">
        <Container size="lg" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
      {hasOpenedPasswordForm && (
        <Suspense fallback={null}>
          <ChangePasswordModal opened={isChangingPassword} onClose={() => setIsChangingPassword(false)} />
        </Suspense>
      )}
      <ScrollRestoration />
    </AppShell>
  );
}

function NavButton({ to, label }: NavItem) {
  const isActive = useMatch({ path: to, end: false }) !== null;
  return (
    <Button
      component={Link}
      to={to}
      variant={isActive ? 'light' : 'subtle'}
      size="compact-sm"
      aria-current={isActive ? 'page' : undefined}
      style={{ flexShrink: 0 }}
    >
      {label}
    </Button>
  );
}
