import { Alert, Button, Divider, Group, List, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/format';
import { toApiFormIssues, validateInspection } from '../utils/inspection-form-issues';
import type { InspectionFormValues } from '../utils/inspection-form-values';
import { DelegationFields, GeneralFields } from './inspection-form-fields';
import { DirectiveList, FigureList, FindingList, SiteList } from './inspection-form-lists';
import { UnitSearchContext, type UseUnitSearch } from './unit-search-context';

export interface InspectionFormProps<Body> {
  initialValues: InspectionFormValues;
  /** The contract the API validates with: `CreateInspectionBodySchema` or `UpdateInspectionBodySchema`. */
  schema: z.ZodType<Body>;
  onSubmit: (body: Body) => void;
  onCancel: () => void;
  submitLabel: string;
  /** Tells the screen whether there is something to lose by leaving. */
  onDirtyChange?: (isDirty: boolean) => void;
  /** How unit pickers find units (the API, or fixed choices in tests). */
  useUnitSearch: UseUnitSearch;
  isSubmitting?: boolean;
  /** The failed save, whose issues are shown at their fields. */
  error?: unknown;
  /** Saving with nothing changed is pointless when editing. */
  requireChanges?: boolean;
}

interface Problems {
  count: number;
  other: string[];
}

/**
 * Logs or edits a whole inspection. Before anything is sent the values are checked with the API's own
 * schema; every problem, the schema's or the API's, is shown at its field, in the reader's language.
 */
export function InspectionForm<Body>({
  initialValues,
  schema,
  onSubmit,
  onCancel,
  submitLabel,
  onDirtyChange,
  useUnitSearch,
  isSubmitting = false,
  error,
  requireChanges = false,
}: InspectionFormProps<Body>) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const formRef = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<Problems | null>(null);
  const [serverProblems, setServerProblems] = useState<string[]>([]);
  const form = useForm<InspectionFormValues>({ initialValues });
  const { setErrors, getValues } = form;
  const isDirty = form.isDirty();

  useEffect(() => {
    onDirtyChange?.(isDirty);
  }, [isDirty, onDirtyChange]);

  // The API's verdict on a save: its issues at their fields, the rest above the form.
  useEffect(() => {
    const issues = toApiFormIssues(t, error, getValues());
    setErrors(issues?.fieldErrors ?? {});
    setServerProblems(issues?.otherErrors ?? []);
    if (issues && Object.keys(issues.fieldErrors).length > 0) focusFirstError(formRef.current);
  }, [error, getValues, setErrors, t]);

  const handleSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateInspection(schema, getValues(), language, t);
    if (!result.success) {
      setErrors(result.issues.fieldErrors);
      setProblems({ count: result.count, other: result.issues.otherErrors });
      focusFirstError(formRef.current);
      return;
    }
    setProblems(null);
    onSubmit(result.body);
  };

  const hasUnplacedServerError = Boolean(error) && toApiFormIssues(t, error, form.values) === null;

  return (
    <UnitSearchContext.Provider value={useUnitSearch}>
      <form ref={formRef} noValidate onSubmit={handleSubmit}>
        <Stack gap="lg">
          <Text size="sm" c="dimmed">
            {t('inspections.form.required')}
          </Text>
          {problems && (
            <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
              <Text size="sm">{t('inspections.form.invalid', { count: problems.count })}</Text>
              {problems.other.length > 0 && <ProblemList problems={problems.other} />}
            </Alert>
          )}
          {hasUnplacedServerError && <ErrorAlert error={error} title={t('inspections.form.otherProblems')} />}
          {serverProblems.length > 0 && (
            <Alert
              role="alert"
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title={t('inspections.form.otherProblems')}
            >
              <ProblemList problems={serverProblems} />
            </Alert>
          )}
          <GeneralFields form={form} />
          <Divider />
          <DelegationFields form={form} />
          <Divider />
          <SiteList form={form} />
          <Divider />
          <FindingList form={form} />
          <Divider />
          <FigureList form={form} />
          <Divider />
          <DirectiveList form={form} />
          <Group justify="flex-end" gap="sm" className="print-hidden">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting} disabled={requireChanges && !isDirty}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </UnitSearchContext.Provider>
  );
}

function ProblemList({ problems }: { problems: string[] }): ReactNode {
  return (
    <List size="sm" mt={4}>
      {problems.map((problem) => (
        <List.Item key={problem}>{problem}</List.Item>
      ))}
    </List>
  );
}

/**
 * Brings the first field marked invalid into view once the errors have rendered, and focuses it, unless
 * it is a date field, whose calendar would open on focus and hide the fields around it.
 */
function focusFirstError(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!field) return;
    if (field.hasAttribute('data-dates-input')) field.scrollIntoView({ block: 'center' });
    else field.focus();
  });
}
