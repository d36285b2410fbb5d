import { CreateInspectionBodySchema } from '@partrack/contracts';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useUnitSearch } from '../../../components/use-unit-search';
import { paths } from '../../../lib/paths';
import { useCreateInspection } from '../api/create-inspection';
import type { InspectionFormValues } from '../utils/inspection-form-values';
import { InspectionForm } from './inspection-form';
import type { UseUnitSearch } from './unit-search-context';
import { UnsavedChangesGuard } from './unsaved-changes-guard';

export interface CreateInspectionFlowProps {
  initialValues: InspectionFormValues;
  /** How the unit pickers find units; the import screen offers the units the text named first. */
  useUnitSearch?: UseUnitSearch;
  /** Something unsaved before any edit (a draft read from a report): the guard asks from the start. */
  hasUnsavedStart?: boolean;
  onDirtyChange?: (isDirty: boolean) => void;
}

/**
 * Creating an inspection, however the form was started (empty, or from a report's text): the one form,
 * the one `POST /api/v1/inspections`, and on success the new inspection's page with its notice.
 */
export function CreateInspectionFlow({
  initialValues,
  useUnitSearch: useSearch = useUnitSearch,
  hasUnsavedStart = false,
  onDirtyChange,
}: CreateInspectionFlowProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mutation = useCreateInspection();
  const [isDirty, setIsDirty] = useState(false);
  const isLeavingRef = useRef(false);
  const handleDirtyChange = useCallback(
    (dirty: boolean) => {
      setIsDirty(dirty);
      onDirtyChange?.(dirty);
    },
    [onDirtyChange],
  );

  return (
    <>
      <InspectionForm
        initialValues={initialValues}
        schema={CreateInspectionBodySchema}
        useUnitSearch={useSearch}
        submitLabel={t('inspections.form.submitCreate')}
        onDirtyChange={handleDirtyChange}
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
      <UnsavedChangesGuard when={isDirty || hasUnsavedStart} isLeavingRef={isLeavingRef} />
    </>
  );
}
