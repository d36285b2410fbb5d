import { Alert, Button, Checkbox, FileInput, Group, NumberInput, Stack, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { evidenceMediaTypes } from '@partrack/contracts';
import { IconCalendar, IconPaperclip } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-error';
import { DISPLAY_DATE_FORMAT, formatDate, parseDisplayDate } from '../../../lib/format';
import { isEvidenceUploadError, type ReportProgressInput } from '../api/report-progress';
import { hasDirectiveErrorBeyondFields, toDirectiveFieldErrors } from '../utils/directive-form-errors';

/** Fields by API path; the form calls `evidenceFileIds` `files`, as it holds the files themselves. */
const FIELDS = ['text', 'percentDone', 'doneOn', 'evidenceFileIds'] as const;
const FORM_FIELD_OF = { evidenceFileIds: 'files' };
const MAX_TEXT_LENGTH = 4000;
const MAX_FILES = 20;
/** The file picker offers what the API accepts; the API still checks every file by its content. */
const ACCEPT = [...evidenceMediaTypes, '.pdf', '.png', '.jpg', '.jpeg', '.webp', '.docx', '.xlsx'].join(',');

/** The API refused the file itself: too large (413) or not an accepted type (415). */
function isRefusal(error: unknown): boolean {
  return isApiError(error) && (error.status === 413 || error.status === 415);
}

function fileErrorKey(error: unknown) {
  if (isApiError(error) && error.status === 413) return 'directives.report.fileTooLarge' as const;
  if (isApiError(error) && error.status === 415) return 'directives.report.fileType' as const;
  return 'directives.report.fileFailed' as const;
}

interface ReportProgressValues {
  text: string;
  percentDone: number | string;
  files: File[];
  isDone: boolean;
  doneOn: string | null;
}

export interface ReportProgressFormProps {
  onSubmit: (input: ReportProgressInput) => void;
  /** Today in Vietnam (`YYYY-MM-DD`): the default done date, and the latest one allowed. */
  today: string;
  /** The inspection's date: nothing can be done before the directive was given. */
  inspectionDate: string;
  /** Only an open directive can be reported done; one awaiting review takes further reports only. */
  reportedDoneOn: string | null;
  isSubmitting?: boolean;
  error?: unknown;
}

/** A progress report with evidence files, optionally reporting the directive done on a date. */
export function ReportProgressForm({
  onSubmit,
  today,
  inspectionDate,
  reportedDoneOn,
  isSubmitting = false,
  error,
}: ReportProgressFormProps) {
  const { t } = useTranslation();
  const canReportDone = reportedDoneOn === null;
  const form = useForm<ReportProgressValues>({
    initialValues: { text: '', percentDone: '', files: [], isDone: false, doneOn: today },
    validate: {
      text: (value) =>
        value.trim() === ''
          ? t('forms.required')
          : value.trim().length > MAX_TEXT_LENGTH
            ? t('forms.tooLong', { max: MAX_TEXT_LENGTH })
            : null,
      percentDone: (value) =>
        value === '' || (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100)
          ? null
          : t('directives.report.percentRule'),
      files: (value) => (value.length > MAX_FILES ? t('directives.report.tooManyFiles', { max: MAX_FILES }) : null),
      doneOn: (value, values) => {
        if (!values.isDone) return null;
        if (!value) return t('forms.required');
        if (value > today) return t('directives.report.doneOnFuture');
        if (value < inspectionDate) {
          return t('directives.report.doneOnBeforeInspection', { date: formatDate(inspectionDate) });
        }
        return null;
      },
    },
  });
  const { setErrors } = form;

  useEffect(() => {
    const fieldErrors = isEvidenceUploadError(error)
      ? { files: t(fileErrorKey(error.cause), { name: error.fileName }) }
      : toDirectiveFieldErrors(t, error, FIELDS, FORM_FIELD_OF);
    if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
  }, [error, setErrors, t]);

  const handleSubmit = form.onSubmit((values) => {
    onSubmit({
      body: {
        text: values.text.trim(),
        percentDone: typeof values.percentDone === 'number' ? values.percentDone : null,
        doneOn: canReportDone && values.isDone ? values.doneOn : null,
      },
      files: values.files,
    });
  });

  // A refused file is explained at the file field; any other failure also needs the alert.
  const alert = isEvidenceUploadError(error)
    ? isRefusal(error.cause)
      ? null
      : { error: error.cause, title: t('directives.report.fileFailed', { name: error.fileName }) }
    : hasDirectiveErrorBeyondFields(error, FIELDS)
      ? { error, title: t('forms.saveFailed') }
      : null;

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="md">
        {alert && <ErrorAlert error={alert.error} title={alert.title} />}
        {!canReportDone && reportedDoneOn && (
          <Alert color="violet" variant="light">
            {t('directives.report.awaitingReview', { date: formatDate(reportedDoneOn) })}
          </Alert>
        )}
        <Textarea
          label={t('directives.report.text')}
          placeholder={t('directives.report.textPlaceholder')}
          required
          autosize
          minRows={3}
          maxRows={12}
          {...form.getInputProps('text')}
        />
        <NumberInput
          label={t('directives.report.percentDone')}
          description={t('directives.report.percentRule')}
          min={0}
          max={100}
          allowDecimal={false}
          allowNegative={false}
          suffix=" %"
          w={{ base: '100%', xs: 220 }}
          {...form.getInputProps('percentDone')}
        />
        <FileInput
          label={t('directives.report.files')}
          description={t('directives.report.filesHint')}
          placeholder={t('directives.report.filesPlaceholder')}
          leftSection={<IconPaperclip size={16} aria-hidden />}
          multiple
          clearable
          clearButtonProps={{ 'aria-label': t('directives.report.filesClear') }}
          accept={ACCEPT}
          {...form.getInputProps('files')}
        />
        {canReportDone && (
          <Checkbox
            label={t('directives.report.markDone')}
            description={t('directives.report.markDoneHint')}
            {...form.getInputProps('isDone', { type: 'checkbox' })}
          />
        )}
        {canReportDone && form.values.isDone && (
          <DateInput
            label={t('directives.report.doneOn')}
            valueFormat={DISPLAY_DATE_FORMAT}
            dateParser={parseDisplayDate}
            minDate={inspectionDate}
            maxDate={today}
            required
            leftSection={<IconCalendar size={16} aria-hidden />}
            w={{ base: '100%', xs: 200 }}
            {...form.getInputProps('doneOn')}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={isSubmitting}>
            {t('directives.report.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
