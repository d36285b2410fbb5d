import { Button, FileInput, Group, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { type ReportTextImportBody, ReportTextImportBodySchema } from '@partrack/contracts';
import { IconFileText, IconTextScan2 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormDateInput } from './inspection-form-fields';

const MAX_TEXT_LENGTH = 200_000;

export interface ReportTextFormProps {
  text: string;
  onTextChange: (text: string) => void;
  publishedOn: string | null;
  onPublishedOnChange: (date: string | null) => void;
  onSubmit: (body: ReportTextImportBody) => void;
  isSubmitting?: boolean;
  /** The failed reading, shown above the button. */
  error?: unknown;
}

/** Step one of an import: the report's text, pasted or from a .txt file, and the day it was published. */
export function ReportTextForm({
  text,
  onTextChange,
  publishedOn,
  onPublishedOnChange,
  onSubmit,
  isSubmitting = false,
  error,
}: ReportTextFormProps) {
  const { t } = useTranslation();
  const [textError, setTextError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);

  const handleFile = async (chosen: File | null) => {
    setFile(chosen);
    setFileError(null);
    if (!chosen) return;
    try {
      // Read as UTF-8, strictly: a file in another encoding is refused rather than shown garbled.
      const content = new TextDecoder('utf-8', { fatal: true }).decode(await chosen.arrayBuffer());
      onTextChange(content.replace(/^\uFEFF/, ''));
      setTextError(null);
    } catch {
      setFileError(t('inspections.reportImport.fileUnreadable'));
    }
  };

  const handleSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = ReportTextImportBodySchema.safeParse({ text, ...(publishedOn ? { publishedOn } : {}) });
    if (!parsed.success) {
      setTextError(
        text.length > MAX_TEXT_LENGTH
          ? t('inspections.reportImport.textTooLong', { max: MAX_TEXT_LENGTH.toLocaleString('vi-VN') })
          : t('inspections.reportImport.textTooShort'),
      );
      return;
    }
    setTextError(null);
    // The text goes as it is, untrimmed: the spans the API answers with index into exactly this string.
    onSubmit({ text, ...(publishedOn ? { publishedOn } : {}) });
  };

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="md">
        <Textarea
          label={t('inspections.reportImport.text')}
          description={t('inspections.reportImport.textHint')}
          required
          autosize
          minRows={10}
          maxRows={24}
          value={text}
          onChange={(event) => {
            onTextChange(event.currentTarget.value);
            setTextError(null);
          }}
          error={textError}
          spellCheck={false}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <FileInput
            label={t('inspections.reportImport.file')}
            description={t('inspections.reportImport.fileHint')}
            placeholder={t('inspections.reportImport.filePlaceholder')}
            accept=".txt,text/plain"
            clearable
            leftSection={<IconFileText size={16} aria-hidden />}
            value={file}
            onChange={(chosen) => void handleFile(chosen)}
            error={fileError}
          />
          <FormDateInput
            label={t('inspections.reportImport.publishedOn')}
            description={t('inspections.reportImport.publishedOnHint')}
            value={publishedOn}
            onChange={(value) => onPublishedOnChange(value)}
          />
        </SimpleGrid>
        {error ? <ErrorAlert error={error} title={t('inspections.reportImport.failed')} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={isSubmitting} leftSection={<IconTextScan2 size={18} aria-hidden />}>
            {t('inspections.reportImport.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
