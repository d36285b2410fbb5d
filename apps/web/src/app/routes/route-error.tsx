import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFound } from './not-found';

/** Last resort for a screen that threw while rendering, or a route chunk that failed to download. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <Stack gap="sm" align="flex-start" p="md" role="alert">
      <Title order={1}>{t('routeError.title')}</Title>
      <Text>{t('routeError.body')}</Text>
      <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
    </Stack>
  );
}
