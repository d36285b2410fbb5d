import { Alert, Box, Grid, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReportDraft } from '@partrack/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { createContext, type FocusEvent, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitChoice, UnitSearch } from '../../../components/unit-picker';
import { useUnitSearch } from '../../../components/use-unit-search';
import { useFormat } from '../../../lib/format';
import type { DraftFormValues, UnresolvedUnit } from '../utils/draft-to-form-values';
import { type Highlight, toReportHighlights } from '../utils/report-highlights';
import { CreateInspectionFlow } from './create-inspection-flow';
import { HighlightedReportText, HighlightLegend, highlightColors } from './highlighted-report-text';

/** The units the text named (the API's candidates), for the unit pickers to offer before anything is typed. */
const SuggestedUnitsContext = createContext<UnitChoice[]>([]);

/** A unit search that offers the suggested units first until something is typed, then asks the API. */
function useSuggestedUnitSearch(validOn: string | null): UnitSearch {
  const suggested = useContext(SuggestedUnitsContext);
  const search = useUnitSearch(validOn);
  const [typed, setTyped] = useState('');
  const { onSearchChange } = search;
  const handleSearchChange = useCallback(
    (value: string) => {
      setTyped(value);
      onSearchChange(value);
    },
    [onSearchChange],
  );
  return useMemo(() => {
    if (typed.trim() !== '' || suggested.length === 0) return { ...search, onSearchChange: handleSearchChange };
    const ids = new Set(suggested.map((unit) => unit.id));
    return {
      ...search,
      choices: [...suggested, ...search.choices.filter((unit) => !ids.has(unit.id))],
      onSearchChange: handleSearchChange,
    };
  }, [search, typed, suggested, handleSearchChange]);
}

export interface ReportReviewProps {
  /** The API's reading: the text as it received it (the spans index into it) and what it found. */
  draft: ReportDraft;
  /** The form values the reading pre-filled (`draftToFormValues`). */
  form: DraftFormValues;
  onDirtyChange?: (isDirty: boolean) => void;
}

/**
 * Step two of an import: the text with what was read from it highlighted, beside the create form the
 * reading pre-filled. A highlight leads to its form row and a form row to its highlight.
 */
export function ReportReview({ draft, form, onDirtyChange }: ReportReviewProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const { text } = draft;
  const highlights = useMemo(
    () => toReportHighlights(draft, form.values, t, language),
    [draft, form.values, t, language],
  );
  const [active, setActive] = useState<Highlight | null>(null);
  const [emphasisedRow, setEmphasisedRow] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLDivElement>(null);

  const showInText = useCallback((highlight: Highlight) => {
    setActive(highlight);
    const container = textRef.current;
    const mark = container?.querySelector<HTMLElement>(`mark[data-highlight="${highlight.id}"]`);
    if (!container || !mark) return;
    // Scroll the text's own box, not the page: the form being edited must stay where it is.
    const top = mark.offsetTop - container.clientHeight / 3;
    container.scrollTo?.({ top: Math.max(0, top), behavior: 'smooth' });
  }, []);

  const showRow = (highlight: Highlight) => {
    setActive(highlight);
    if (!highlight.rowKey) return;
    const row = formRef.current?.querySelector<HTMLElement>(`[data-row-key="${highlight.rowKey}"]`);
    if (!row) return;
    setEmphasisedRow(highlight.rowKey);
    row.scrollIntoView({ block: 'center', behavior: 'smooth' });
    row.querySelector<HTMLElement>('textarea, input:not([type="hidden"])')?.focus({ preventScroll: true });
  };

  // Editing a row of the form shows its passage in the text.
  const handleFormFocus = (event: FocusEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-row-key]');
    const key = row?.dataset.rowKey ?? null;
    setEmphasisedRow(key);
    if (!key) return;
    // A row's own passage comes before those of its period and unit (`toReportHighlights`).
    const highlight = highlights.find((candidate) => candidate.rowKey === key);
    if (highlight && highlight.id !== active?.id) showInText(highlight);
  };

  const activeColor = active ? highlightColors[active.kind] : 'gray';

  return (
    <Stack gap="md">
      <Text size="sm">{t('inspections.reportImport.review.intro')}</Text>
      {form.unresolved.length > 0 && <UnresolvedUnits unresolved={form.unresolved} />}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper
            withBorder
            p="md"
            radius="md"
            style={{
              position: 'sticky',
              top: 'calc(var(--app-shell-header-height, 60px) + var(--mantine-spacing-md))',
            }}
          >
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('inspections.reportImport.review.textHeading')}
              </Title>
              {highlights.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('inspections.reportImport.review.nothingFound')}
                </Text>
              ) : (
                <HighlightLegend highlights={highlights} />
              )}
              <Text
                size="sm"
                fw={active ? 600 : undefined}
                c={active ? undefined : 'dimmed'}
                data-testid="highlight-readout"
                style={{ borderLeft: `3px solid var(--mantine-color-${activeColor}-6)`, paddingLeft: 8 }}
              >
                {active ? active.label : t('inspections.reportImport.review.hint')}
              </Text>
              <HighlightedReportText
                text={text}
                highlights={highlights}
                activeId={active?.id ?? null}
                onActiveChange={setActive}
                onSelect={showRow}
                label={t('inspections.reportImport.review.textLabel')}
                containerRef={textRef}
                maxHeight="calc(100vh - 16rem)"
              />
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('inspections.reportImport.review.formHeading')}
            </Title>
            <Box ref={formRef} onFocus={handleFormFocus}>
              {emphasisedRow && (
                <style>{`[data-row-key="${CSS.escape(emphasisedRow)}"] { outline: 2px solid var(--mantine-color-blue-6); outline-offset: 2px; }`}</style>
              )}
              <SuggestedUnitsContext.Provider value={form.suggestedUnits}>
                <CreateInspectionFlow
                  initialValues={form.values}
                  useUnitSearch={useSuggestedUnitSearch}
                  hasUnsavedStart
                  onDirtyChange={onDirtyChange}
                />
              </SuggestedUnitsContext.Provider>
            </Box>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function UnresolvedUnits({ unresolved }: { unresolved: UnresolvedUnit[] }) {
  const { t } = useTranslation();
  const keys = 'inspections.reportImport.unresolved';
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t(`${keys}.title`)}>
      <Text size="sm">{t(`${keys}.intro`)}</Text>
      <List size="sm" mt={4}>
        {unresolved.map((item) => {
          const mention = item.mention.levelWord ? `${item.mention.levelWord} ${item.mention.name}` : item.mention.name;
          const where = t(`${keys}.${item.field}`, { mention, n: (item.index ?? 0) + 1 });
          const candidates =
            item.candidates.length > 0
              ? t(`${keys}.candidates`, { names: item.candidates.map((unit) => unit.name).join(', ') })
              : t(`${keys}.noCandidates`);
          return (
            <List.Item key={`${item.field}-${item.index ?? ''}`}>
              {where}: {candidates}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
