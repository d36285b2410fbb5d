import { randomId } from '@mantine/hooks';
import type {
  FindingKind,
  Indicator,
  Inspection,
  InspectionKind,
  ParArea,
  PartOfDay,
  Qualifier,
  UnitLevel,
  UnitRef,
} from '@partrack/contracts';
import type { UnitChoice } from '../../../components/unit-picker';
import type { Language } from '../../../lib/i18n';
import { parseLocalizedNumber, toNumberInput } from './parse-number';

/** Rows of the repeatable sections carry a `key` of their own: React's key, stable while rows move. */
export interface SiteValues {
  key: string;
  unit: UnitChoice | null;
  place: string;
}

export interface FindingValues {
  key: string;
  kind: FindingKind;
  parArea: ParArea | null;
  text: string;
}

export interface FigureValues {
  key: string;
  indicator: Indicator | null;
  /** null: the inspected unit. */
  unit: UnitChoice | null;
  tier: UnitLevel | null;
  /** "As of" a date: no period start. */
  isAsOf: boolean;
  periodStart: string | null;
  periodEnd: string | null;
  /** As typed, in the interface language's notation (`12.989`, `57,14`). */
  value: string;
  qualifier: Qualifier;
  note: string;
}

export interface DirectiveValues {
  key: string;
  /** An existing directive keeps its id, and with it its progress reports and completion. */
  id: string | null;
  leadUnit: UnitChoice | null;
  coordinatingUnits: UnitChoice[];
  text: string;
  parArea: ParArea;
  dueDate: string | null;
}

/** The form's own shape: text as typed, units as chosen; `toInspectionDraft` turns it into the API body. */
export interface InspectionFormValues {
  unit: UnitChoice | null;
  kind: InspectionKind | null;
  date: string | null;
  partOfDay: PartOfDay | null;
  topic: string;
  periodStart: string | null;
  periodEnd: string | null;
  sourceReference: string;
  delegationName: string;
  establishingDocument: string;
  /** One member per line. */
  members: string;
  leaderName: string;
  leaderTitle: string;
  sites: SiteValues[];
  findings: FindingValues[];
  figures: FigureValues[];
  directives: DirectiveValues[];
}

export function emptyInspectionFormValues(): InspectionFormValues {
  return {
    unit: null,
    kind: null,
    date: null,
    partOfDay: null,
    topic: '',
    periodStart: null,
    periodEnd: null,
    sourceReference: '',
    delegationName: '',
    establishingDocument: '',
    members: '',
    leaderName: '',
    leaderTitle: '',
    sites: [],
    findings: [],
    figures: [],
    directives: [],
  };
}

export function newSite(): SiteValues {
  return { key: randomId(), unit: null, place: '' };
}

export function newFinding(): FindingValues {
  return { key: randomId(), kind: 'strength', parArea: null, text: '' };
}

/**
 * A new figure row starts with the tier and period of the row before it (a report gives its counts for
 * one period), or the period of the inspection for the first one.
 */
export function newFigure(values: Pick<InspectionFormValues, 'figures' | 'periodStart' | 'periodEnd'>): FigureValues {
  const previous = values.figures.at(-1);
  return {
    key: randomId(),
    indicator: null,
    unit: previous?.unit ?? null,
    tier: previous?.tier ?? null,
    isAsOf: previous?.isAsOf ?? false,
    periodStart: previous ? previous.periodStart : values.periodStart,
    periodEnd: previous ? previous.periodEnd : values.periodEnd,
    value: '',
    qualifier: 'exact',
    note: '',
  };
}

export function newDirective(inspected: UnitChoice | null): DirectiveValues {
  return {
    key: randomId(),
    id: null,
    leadUnit: inspected,
    coordinatingUnits: [],
    text: '',
    parArea: 'other',
    dueDate: null,
  };
}

function choiceOf(unit: UnitRef): UnitChoice {
  return { id: unit.id, name: unit.name, level: unit.level };
}

/** An inspection as the edit form starts from it. */
export function toFormValues(inspection: Inspection, language: Language): InspectionFormValues {
  return {
    unit: choiceOf(inspection.unit),
    kind: inspection.kind,
    date: inspection.date,
    partOfDay: inspection.partOfDay,
    topic: inspection.topic,
    periodStart: inspection.periodStart,
    periodEnd: inspection.periodEnd,
    sourceReference: inspection.sourceReference ?? '',
    delegationName: inspection.delegation?.name ?? '',
    establishingDocument: inspection.delegation?.establishingDocument ?? '',
    members: inspection.delegation?.members.join('\n') ?? '',
    leaderName: inspection.leader?.name ?? '',
    leaderTitle: inspection.leader?.title ?? '',
    sites: inspection.sites.map((site) => ({ key: randomId(), unit: choiceOf(site.unit), place: site.place ?? '' })),
    findings: inspection.findings.map((finding) => ({
      key: randomId(),
      kind: finding.kind,
      parArea: finding.parArea,
      text: finding.text,
    })),
    figures: inspection.figures.map((figure) => ({
      key: randomId(),
      indicator: figure.indicator,
      // The API stores the inspected unit on figures sent without one; show those as "the inspected unit".
      unit: figure.unitId === inspection.unit.id ? null : choiceOf(figure.unit),
      tier: figure.tier,
      isAsOf: figure.periodStart === null,
      periodStart: figure.periodStart,
      periodEnd: figure.periodEnd,
      value: toNumberInput(figure.value, language),
      qualifier: figure.qualifier,
      note: figure.note ?? '',
    })),
    directives: inspection.directives.map((directive) => ({
      key: randomId(),
      id: directive.id,
      leadUnit: choiceOf(directive.leadUnit),
      coordinatingUnits: directive.coordinatingUnits.map(choiceOf),
      text: directive.text,
      parArea: directive.parArea,
      dueDate: directive.dueDate,
    })),
  };
}

function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * The body the form would send, before validation. What is missing stays `undefined` and what cannot be
 * read becomes `NaN`, so that the contract's schema, not this function, says what is wrong and where.
 */
export function toInspectionDraft(values: InspectionFormValues, language: Language): Record<string, unknown> {
  const members = values.members
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const hasDelegation =
    values.delegationName.trim() !== '' || values.establishingDocument.trim() !== '' || members.length > 0;
  const hasLeader = values.leaderName.trim() !== '' || values.leaderTitle.trim() !== '';

  return {
    unitId: values.unit?.id,
    kind: values.kind ?? undefined,
    date: values.date ?? undefined,
    partOfDay: values.partOfDay,
    topic: values.topic,
    periodStart: values.periodStart,
    periodEnd: values.periodEnd,
    delegation: hasDelegation
      ? {
          name: textOrNull(values.delegationName),
          establishingDocument: textOrNull(values.establishingDocument),
          members,
        }
      : null,
    leader: hasLeader ? { name: values.leaderName, title: textOrNull(values.leaderTitle) } : null,
    sites: values.sites.map((site) => ({ unitId: site.unit?.id, place: textOrNull(site.place) })),
    sourceReference: textOrNull(values.sourceReference),
    findings: values.findings.map((finding) => ({ kind: finding.kind, parArea: finding.parArea, text: finding.text })),
    figures: values.figures.map((figure) => ({
      indicator: figure.indicator ?? undefined,
      unitId: figure.unit?.id ?? null,
      tier: figure.tier,
      periodStart: figure.isAsOf ? null : figure.periodStart,
      periodEnd: figure.periodEnd ?? undefined,
      value: figure.value.trim() === '' ? undefined : (parseLocalizedNumber(figure.value, language) ?? Number.NaN),
      qualifier: figure.qualifier,
      note: textOrNull(figure.note),
    })),
    directives: values.directives.map((directive) => ({
      ...(directive.id ? { id: directive.id } : {}),
      leadUnitId: directive.leadUnit?.id,
      coordinatingUnitIds: directive.coordinatingUnits.map((unit) => unit.id),
      text: directive.text,
      parArea: directive.parArea,
      dueDate: directive.dueDate,
    })),
  };
}
