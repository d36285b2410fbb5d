import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReportDraft } from '@partrack/contracts';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { useImportReportText } from '../api/import-report-text';
import { ReportReview } from '../components/report-review';
import { ReportTextForm } from '../components/report-text-form';
import { type DraftFormValues, draftToFormValues } from '../utils/draft-to-form-values';

interface Reading {
  /** Each reading starts a fresh form. */
  id: number;
  draft: ReportDraft;
  form: DraftFormValues;
}

/**
 * Report text → draft inspection: the text is read by the API (nothing stored), then corrected on the
 * create form beside the highlighted text, and saved as any new inspection is.
 */
export function ReportImportScreen() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('inspections.reportImport.title')} · ${t('app.name')}`);
  const { language } = useFormat();
  const importer = useImportReportText();
  const [text, setText] = useState('');
  const [publishedOn, setPublishedOn] = useState<string | null>(null);
  const [reading, setReading] = useState<Reading | null>(null);
  const [isConfirmingBack, setIsConfirmingBack] = useState(false);
  const [isFormDirty, setIsFormDirty] = useState(false);

  const handleRead = (draft: ReportDraft) => {
    setIsFormDirty(false);
    setReading((previous) => ({
      id: (previous?.id ?? 0) + 1,
      draft,
      form: draftToFormValues(draft, language),
    }));
  };

  const backToText = () => {
    setIsConfirmingBack(false);
    setReading(null);
    importer.reset();
  };

  return (
    <Stack gap="lg">
      <Title order={1}>{t('inspections.reportImport.title')}</Title>
      {reading === null ? (
        <>
          <Text size="sm">{t('inspections.reportImport.intro')}</Text>
          <ReportTextForm
            text={text}
            onTextChange={setText}
            publishedOn={publishedOn}
            onPublishedOnChange={setPublishedOn}
            isSubmitting={importer.isPending}
            error={importer.error}
            onSubmit={(body) => importer.mutate(body, { onSuccess: handleRead })}
          />
        </>
      ) : (
        <>
          <Group>
            <Button
              variant="default"
              leftSection={<IconArrowLeft size={16} aria-hidden />}
              // Only corrections are lost going back: the text stays to be read again.
              onClick={() => (isFormDirty ? setIsConfirmingBack(true) : backToText())}
            >
              {t('inspections.reportImport.back')}
            </Button>
          </Group>
          <ReportReview key={reading.id} draft={reading.draft} form={reading.form} onDirtyChange={setIsFormDirty} />
          <Modal
            opened={isConfirmingBack}
            onClose={() => setIsConfirmingBack(false)}
            title={t('inspections.reportImport.backConfirm.title')}
          >
            <Stack gap="md">
              <Text size="sm">{t('inspections.reportImport.backConfirm.body')}</Text>
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={() => setIsConfirmingBack(false)} data-autofocus>
                  {t('inspections.reportImport.backConfirm.stay')}
                </Button>
                <Button onClick={backToText}>{t('inspections.reportImport.backConfirm.leave')}</Button>
              </Group>
            </Stack>
          </Modal>
        </>
      )}
    </Stack>
  );
}
