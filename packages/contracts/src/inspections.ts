import { z } from 'zod';
import { IdSchema, IsoDateSchema, todayInVietnam } from './dates';
import { DirectiveBucketSchema } from './directive-status';
import { type RuleCode, ruleIssue } from './errors';
import { checkFigureValue, FigureInputSchema, FigureSchema } from './figures';
import { FigureFlagSchema, OnTimeRateSchema } from './on-time-rates';
import { PageQuerySchema, pageOf } from './pagination';
import { ParAreaSchema } from './par-areas';
import { UnitRefSchema } from './units';

/** A delegation's visit, a review meeting, or a unit's own report (DOMAIN.md, "Events"). */
export const InspectionKindSchema = z.enum(['visit', 'review_meeting', 'unit_report']);
export type InspectionKind = z.infer<typeof InspectionKindSchema>;

export const PartOfDaySchema = z.enum(['morning', 'afternoon', 'evening', 'full_day']);
export type PartOfDay = z.infer<typeof PartOfDaySchema>;

export const FindingKindSchema = z.enum(['strength', 'limitation']);
export type FindingKind = z.infer<typeof FindingKindSchema>;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);

export const FindingInputSchema = z.strictObject({
  kind: FindingKindSchema,
  parArea: ParAreaSchema.nullable().default(null),
  text: text(4000),
});
export type FindingInput = z.infer<typeof FindingInputSchema>;

export const DirectiveInputSchema = z.strictObject({
  /** Present when editing a directive that already exists; omitted for a new one. */
  id: IdSchema.optional(),
  leadUnitId: IdSchema,
  coordinatingUnitIds: z.array(IdSchema).max(20).default([]),
  text: text(4000),
  parArea: ParAreaSchema.default('other'),
  dueDate: IsoDateSchema.nullable().default(null),
});
export type DirectiveInput = z.infer<typeof DirectiveInputSchema>;

export const SiteInputSchema = z.strictObject({
  unitId: IdSchema,
  /** A place within the unit, e.g. "Bộ phận tiếp nhận và trả kết quả". */
  place: optionalText(200),
});
export type SiteInput = z.infer<typeof SiteInputSchema>;

export const DelegationSchema = z.strictObject({
  name: optionalText(300),
  /** The document that set it up (quyết định thành lập đoàn), when known. */
  establishingDocument: optionalText(300),
  members: z.array(text(300)).max(50).default([]),
});
export type Delegation = z.infer<typeof DelegationSchema>;

export const LeaderSchema = z.strictObject({
  name: text(200),
  /** Free text: titles vary ("Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh"). */
  title: optionalText(300),
});
export type Leader = z.infer<typeof LeaderSchema>;

/** The fields as PATCH takes them: nothing filled in for what is absent. */
const inspectionFields = {
  unitId: IdSchema,
  kind: InspectionKindSchema,
  date: IsoDateSchema,
  partOfDay: PartOfDaySchema.nullable(),
  topic: text(500),
  periodStart: IsoDateSchema.nullable(),
  periodEnd: IsoDateSchema.nullable(),
  delegation: DelegationSchema.nullable(),
  leader: LeaderSchema.nullable(),
  sites: z.array(SiteInputSchema).max(50),
  sourceReference: z.string().trim().max(1000).nullable(),
  findings: z.array(FindingInputSchema).max(200),
  figures: z.array(FigureInputSchema).max(500),
  directives: z.array(DirectiveInputSchema).max(200),
};

/** On create, what is left out is empty. */
const createFields = {
  ...inspectionFields,
  partOfDay: inspectionFields.partOfDay.default(null),
  periodStart: inspectionFields.periodStart.default(null),
  periodEnd: inspectionFields.periodEnd.default(null),
  delegation: inspectionFields.delegation.default(null),
  leader: inspectionFields.leader.default(null),
  sites: inspectionFields.sites.default([]),
  sourceReference: inspectionFields.sourceReference.default(null),
  findings: inspectionFields.findings.default([]),
  figures: inspectionFields.figures.default([]),
  directives: inspectionFields.directives.default([]),
};

type InspectionDraft = {
  date?: string;
  periodStart?: string | null;
  periodEnd?: string | null;
  figures?: {
    indicator: Parameters<typeof checkFigureValue>[0];
    value: number;
    periodStart: string | null;
    periodEnd: string;
  }[];
};

/** Rules across fields; `today` is injectable so tests do not depend on the clock. */
export function checkInspectionRules(draft: InspectionDraft, context: z.RefinementCtx, today = todayInVietnam()) {
  const issue = (path: (string | number)[], code: RuleCode, message: string) =>
    context.addIssue({ code: 'custom', path, message, params: { code } });
  if (draft.date && draft.date > today) issue(['date'], 'in_future', 'must not be in the future');
  if (draft.periodStart && draft.periodEnd && draft.periodEnd < draft.periodStart)
    issue(['periodEnd'], 'before_start', 'must not be before periodStart');
  draft.figures?.forEach((figure, index) => {
    const problem = checkFigureValue(figure.indicator, figure.value);
    if (problem) issue(['figures', index, 'value'], problem.code, problem.message);
    if (figure.periodStart && figure.periodEnd < figure.periodStart)
      issue(['figures', index, 'periodEnd'], 'before_start', 'must not be before periodStart');
    if (figure.periodEnd > today) issue(['figures', index, 'periodEnd'], 'in_future', 'must not be in the future');
  });
}

/** One POST creates the whole inspection. Strict: ids, owner and timestamps cannot be sent. */
export const CreateInspectionBodySchema = z
  .strictObject(createFields)
  .superRefine((draft, context) => checkInspectionRules(draft, context));
export type CreateInspectionBody = z.infer<typeof CreateInspectionBodySchema>;
export type CreateInspectionBodyInput = z.input<typeof CreateInspectionBodySchema>;

/** PATCH replaces the fields it names; arrays are replaced whole (directives keep their id). */
export const UpdateInspectionBodySchema = z
  .strictObject(inspectionFields)
  .partial()
  .refine((body) => Object.keys(body).length > 0, ruleIssue('nothing_to_change', 'nothing to change'))
  .superRefine((draft, context) => checkInspectionRules(draft, context));
export type UpdateInspectionBody = z.infer<typeof UpdateInspectionBodySchema>;

export const FindingSchema = FindingInputSchema.extend({ id: IdSchema });
export type Finding = z.infer<typeof FindingSchema>;

export const DirectiveSchema = DirectiveInputSchema.extend({
  id: IdSchema,
  leadUnit: UnitRefSchema,
  coordinatingUnits: z.array(UnitRefSchema),
  completedOn: IsoDateSchema.nullable(),
  bucket: DirectiveBucketSchema,
});
export type Directive = z.infer<typeof DirectiveSchema>;

export const SiteSchema = SiteInputSchema.extend({ unit: UnitRefSchema });
export type Site = z.infer<typeof SiteSchema>;

export const InspectionSchema = z.object({
  id: IdSchema,
  unit: UnitRefSchema,
  kind: InspectionKindSchema,
  date: IsoDateSchema,
  partOfDay: PartOfDaySchema.nullable(),
  topic: z.string(),
  periodStart: IsoDateSchema.nullable(),
  periodEnd: IsoDateSchema.nullable(),
  delegation: DelegationSchema.nullable(),
  leader: LeaderSchema.nullable(),
  sites: z.array(SiteSchema),
  sourceReference: z.string().nullable(),
  findings: z.array(FindingSchema),
  figures: z.array(FigureSchema.extend({ unit: UnitRefSchema })),
  directives: z.array(DirectiveSchema),
  /** Both named definitions for every unit, tier and period with dossier figures. */
  onTimeRates: z.array(OnTimeRateSchema),
  /**
   * Figure groups that cannot all be true; the figures are stored as reported. A flag names its group
   * whole (unit, tier, period start and end): two periods may end on the same day.
   */
  flags: z.array(
    FigureFlagSchema.extend({
      unitId: IdSchema,
      tier: UnitRefSchema.shape.level.nullable(),
      periodStart: IsoDateSchema.nullable(),
      periodEnd: IsoDateSchema,
    }),
  ),
  loggedBy: z.object({ id: IdSchema, displayName: z.string() }).nullable(),
  version: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  deletedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Inspection = z.infer<typeof InspectionSchema>;

export const InspectionListItemSchema = z.object({
  id: IdSchema,
  unit: UnitRefSchema,
  kind: InspectionKindSchema,
  date: IsoDateSchema,
  partOfDay: PartOfDaySchema.nullable(),
  topic: z.string(),
  leader: LeaderSchema.nullable(),
  delegationName: z.string().nullable(),
  findingCount: z.number().int(),
  figureCount: z.number().int(),
  directiveCount: z.number().int(),
  overdueDirectiveCount: z.number().int(),
  deletedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type InspectionListItem = z.infer<typeof InspectionListItemSchema>;

export const InspectionListSchema = pageOf(InspectionListItemSchema);
export type InspectionList = z.infer<typeof InspectionListSchema>;

export const InspectionSortSchema = z.enum(['date_desc', 'date_asc', 'unit_asc']);
export type InspectionSort = z.infer<typeof InspectionSortSchema>;

const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

export const ListInspectionsQuerySchema = PageQuerySchema.extend({
  /** The unit and its descendants. */
  unitId: IdSchema.optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  kind: InspectionKindSchema.optional(),
  /** Leader name, case- and diacritic-insensitive. */
  leader: z.string().trim().max(100).optional(),
  parArea: ParAreaSchema.optional(),
  hasOverdueDirectives: booleanQuery.optional(),
  /** Search across leader, delegation, topic, findings and directives. */
  q: z.string().trim().max(200).optional(),
  sort: InspectionSortSchema.default('date_desc'),
  /** Admins only: list soft-deleted inspections instead. */
  deleted: booleanQuery.optional(),
});
export type ListInspectionsQuery = z.infer<typeof ListInspectionsQuerySchema>;
export type ListInspectionsQueryInput = z.input<typeof ListInspectionsQuerySchema>;

export const ExportFormatSchema = z.enum(['csv', 'xlsx']);
export const ExportInspectionsQuerySchema = ListInspectionsQuerySchema.omit({ page: true, pageSize: true }).extend({
  format: ExportFormatSchema.default('csv'),
});
export type ExportInspectionsQuery = z.infer<typeof ExportInspectionsQuerySchema>;
