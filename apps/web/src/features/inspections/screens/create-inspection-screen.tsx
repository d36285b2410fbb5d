import { Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { CreateInspectionBodySchema } from '@partrack/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useUnitSearch } from '../../../components/use-unit-search';
import { paths } from '../../../lib/paths';
import { useCreateInspection } from '../api/create-inspection';
import { InspectionForm } from '../components/inspection-form';
import { UnsavedChangesGuard } from '../components/unsaved-changes-guard';
import { emptyInspectionFormValues } from '../utils/inspection-form-values';

/** Logs a new inspection from scratch: the event, its findings, figures and directives, in one save. */
export function CreateInspectionScreen() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('inspections.form.createTitle')} · ${t('app.name')}`);
  const navigate = useNavigate();
  const mutation = useCreateInspection();
  const [initialValues] = useState(emptyInspectionFormValues);
  const [isDirty, setIsDirty] = useState(false);
  const isLeavingRef = useRef(false);

  return (
    <Stack gap="lg">
      <Title order={1}>{t('inspections.form.createTitle')}</Title>
      <InspectionForm
        initialValues={initialValues}
        schema={CreateInspectionBodySchema}
        useUnitSearch={useUnitSearch}
        submitLabel={t('inspections.form.submitCreate')}
        onDirtyChange={setIsDirty}
        isSubmitting={mutation.isPending}
        error={mutation.error}
        onCancel={() => void navigate(paths.inspections.list)}
        onSubmit={(body) =>
          mutation.mutate(body, {
            onSuccess: (created) => {
              // Saved: nothing is lost by leaving, so the guard must not ask.
              isLeavingRef.current = true;
              void navigate(paths.inspections.detail(created.id), { state: { notice: 'created' } });
            },
          })
        }
      />
      <UnsavedChangesGuard when={isDirty} isLeavingRef={isLeavingRef} />
    </Stack>
  );
}
