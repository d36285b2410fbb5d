import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type ApiErrorCode, isApiError } from '../lib/api-error';

export interface ErrorAlertProps {
  error: unknown;
  /** Shown as a "try again" button when given. */
  onRetry?: () => void;
  title?: string;
}

function toCode(error: unknown): ApiErrorCode {
  return isApiError(error) ? error.code : 'INTERNAL_ERROR';
}

/** Any failed request, in the reader's language, with the request id support staff need. */
export function ErrorAlert({ error, onRetry, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  const requestId = isApiError(error) ? error.requestId : null;
  const fields = isApiError(error) ? [...new Set(error.issues.map((issue) => issue.path))].filter(Boolean) : [];

  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={title ?? t('errors.title')}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t(`errors.codes.${toCode(error)}`)}</Text>
        {fields.length > 0 && <Text size="sm">{t('errors.invalidFields', { fields: fields.join(', ') })}</Text>}
        {requestId && (
          <Text size="xs" c="dimmed" ff="monospace">
            {t('common.requestId', { requestId })}
          </Text>
        )}
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
