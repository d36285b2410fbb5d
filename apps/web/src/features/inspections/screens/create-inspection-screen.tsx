import { Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateInspectionFlow } from '../components/create-inspection-flow';
import { emptyInspectionFormValues } from '../utils/inspection-form-values';

/** Logs a new inspection from scratch: the event, its findings, figures and directives, in one save. */
export function CreateInspectionScreen() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('inspections.form.createTitle')} · ${t('app.name')}`);
  const [initialValues] = useState(emptyInspectionFormValues);

  return (
    <Stack gap="lg">
      <Title order={1}>{t('inspections.form.createTitle')}</Title>
      <CreateInspectionFlow initialValues={initialValues} />
    </Stack>
  );
}
