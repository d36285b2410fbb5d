import { randomId } from '@mantine/hooks';
import type { ReportDraft, ResolvedUnit, UnitMention, UnitRef } from '@partrack/contracts';
import type { UnitChoice } from '../../../components/unit-picker';
import type { Language } from '../../../lib/i18n';
import { emptyInspectionFormValues, type FigureValues, type InspectionFormValues } from './inspection-form-values';
import { toNumberInput } from './parse-number';

/** A unit the text names that no single unit fits: the user picks one, offered `candidates` first. */
export interface UnresolvedUnit {
  /** Which field waits for a unit: the inspected unit, a site or a figure (with its row's index). */
  field: 'unit' | 'site' | 'figure';
  index: number | null;
  mention: UnitMention;
  candidates: UnitChoice[];
}

/** The create form's values as a report's draft fills them in, and what the user still has to decide. */
export interface DraftFormValues {
  values: InspectionFormValues;
  /** Every unit the draft's mentions may be, the inspected unit's first, for the unit pickers to offer. */
  suggestedUnits: UnitChoice[];
  unresolved: UnresolvedUnit[];
}

function choiceOf(unit: UnitRef): UnitChoice {
  return { id: unit.id, name: unit.name, level: unit.level };
}

/** The unit a mention names, when the API found exactly one; null leaves the picker empty. */
function resolvedChoice(resolved: ResolvedUnit | null): UnitChoice | null {
  if (!resolved?.unitId) return null;
  const unit = resolved.candidates.find((candidate) => candidate.id === resolved.unitId);
  return unit ? choiceOf(unit) : null;
}

function delegationNameOf(delegation: ReportDraft['extraction']['delegation']): string {
  if (!delegation) return '';
  if (delegation.name) return delegation.name;
  // The report's own words ("Đoàn kiểm tra số 2"), whatever the interface language: it is data.
  return delegation.number === null ? '' : `Đoàn kiểm tra số ${delegation.number}`;
}

/**
 * Pre-fills the create form from a report's draft, row for row in the extraction's order (row `i` of
 * figures, findings, directives and sites is item `i` of the draft, which is how the screen ties a row
 * to its words in the text). Nothing is guessed: a unit the API could not resolve stays empty so that
 * the form asks for it, and a figure the text gives no period for is taken "as of" the event's date.
 */
export function draftToFormValues(draft: ReportDraft, language: Language): DraftFormValues {
  const { extraction } = draft;
  const unit = resolvedChoice(draft.unit);
  const date = extraction.date?.value ?? null;
  const unresolved: UnresolvedUnit[] = [];

  if (draft.unit && !unit) {
    unresolved.push({
      field: 'unit',
      index: null,
      mention: draft.unit.mention,
      candidates: draft.unit.candidates.map(choiceOf),
    });
  }

  const sites = draft.sites.map((site, index) => {
    const choice = resolvedChoice(site);
    if (!choice)
      unresolved.push({ field: 'site', index, mention: site.mention, candidates: site.candidates.map(choiceOf) });
    return { key: randomId(), unit: choice, place: '' };
  });

  const figures = extraction.figures.map((figure, index): FigureValues => {
    const figureUnit = draft.figureUnits[index] ?? null;
    const choice = resolvedChoice(figureUnit);
    // Left empty, a figure's unit means the inspected unit: say so rather than let it pass silently.
    if (figureUnit && !choice) {
      unresolved.push({
        field: 'figure',
        index,
        mention: figureUnit.mention,
        candidates: figureUnit.candidates.map(choiceOf),
      });
    }
    return {
      key: randomId(),
      indicator: figure.indicator,
      // The inspected unit's own figures carry no unit, as the form enters them by hand.
      unit: choice && choice.id !== unit?.id ? choice : null,
      tier: figure.tier,
      isAsOf: figure.periodStart === null,
      periodStart: figure.periodStart,
      // No end: the figure stands as the text read on the event's day (or, with a start, up to it).
      periodEnd: figure.periodEnd ?? date,
      value: toNumberInput(figure.value, language),
      qualifier: figure.qualifier,
      note: figure.note ?? '',
    };
  });

  const values: InspectionFormValues = {
    ...emptyInspectionFormValues(),
    unit,
    kind: extraction.kind?.value ?? null,
    date,
    partOfDay: extraction.partOfDay?.value ?? null,
    topic: extraction.title?.value ?? '',
    periodStart: extraction.period?.start ?? null,
    periodEnd: extraction.period?.end ?? null,
    delegationName: delegationNameOf(extraction.delegation),
    leaderName: extraction.leader?.name ?? '',
    leaderTitle: extraction.leader?.title ?? '',
    sites,
    findings: extraction.findings.map((finding) => ({
      key: randomId(),
      kind: finding.kind,
      parArea: finding.parArea,
      text: finding.text,
    })),
    figures,
    directives: extraction.directives.map((directive) => ({
      key: randomId(),
      id: null,
      // Directives of a visit are addressed to the unit visited.
      leadUnit: unit,
      coordinatingUnits: [],
      text: directive.text,
      parArea: directive.parArea,
      dueDate: directive.dueDate,
    })),
  };

  const suggested = new Map<string, UnitChoice>();
  for (const resolved of [draft.unit, ...draft.sites, ...draft.figureUnits]) {
    for (const candidate of resolved?.candidates ?? []) {
      if (!suggested.has(candidate.id)) suggested.set(candidate.id, choiceOf(candidate));
    }
  }

  return { values, suggestedUnits: [...suggested.values()], unresolved };
}
