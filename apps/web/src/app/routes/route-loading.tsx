import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown while the code of the first screen downloads. */
export function RouteLoading() {
  const { t } = useTranslation();
  return (
    <Center h="100vh" role="status">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}
