import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { useLogin } from '../api/login';
import { LoginForm } from '../components/login-form';

/** The sign-in card. Once signed in, the session changes and the sign-in route moves on. */
export function LoginScreen() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('auth.signIn.title')} · ${t('app.name')}`);
  const { endReason } = useSession();
  const login = useLogin();

  return (
    <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={420}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>{t('auth.signIn.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('auth.signIn.subtitle')}
          </Text>
        </Stack>
        {endReason === 'expired' && !login.error && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {t('auth.signIn.sessionEnded')}
          </Alert>
        )}
        <LoginForm onSubmit={(body) => login.mutate(body)} isSubmitting={login.isPending} error={login.error} />
      </Stack>
    </Paper>
  );
}
