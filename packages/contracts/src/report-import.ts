import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './dates';
import { IndicatorSchema, QualifierSchema } from './figures';
import { FindingKindSchema, InspectionKindSchema, PartOfDaySchema } from './inspections';
import { ParAreaSchema } from './par-areas';
import { UnitLevelSchema, UnitRefSchema } from './units';

/**
 * Report text → draft inspection (issue 7). The extractor (`@partrack/report-extract`) reads a
 * Vietnamese report or news item and says what it found and where; the API resolves the unit names
 * against the units valid on the event date; the SPA pre-fills the inspection form with it and shows
 * the text with every span highlighted. Nothing is saved until the user saves through the normal
 * create flow.
 */

/**
 * `[start, end)` in UTF-16 code units of the text exactly as it was sent (JavaScript string
 * indexes), so `text.slice(start, end)` is the words a value came from, whatever normalisation the
 * extractor applied inside.
 */
export const TextSpanSchema = z
  .tuple([z.number().int().min(0), z.number().int().min(0)])
  .refine(([start, end]) => end >= start, 'end must not be before start');
export type TextSpan = z.infer<typeof TextSpanSchema>;

function found<T extends z.ZodType>(value: T) {
  return z.object({ value, span: TextSpanSchema });
}

/** A unit as the text names it: `huyện Vị Xuyên` → name `Vị Xuyên`, level `district`, levelWord `huyện`. */
export const UnitMentionSchema = z.object({
  name: z.string().min(1),
  /** From the level word; null when the text gives the name alone. */
  level: UnitLevelSchema.nullable(),
  levelWord: z.string().nullable(),
  span: TextSpanSchema,
});
export type UnitMention = z.infer<typeof UnitMentionSchema>;

export const ExtractedFigureSchema = z.object({
  indicator: IndicatorSchema,
  value: z.number().finite(),
  qualifier: QualifierSchema,
  /** `cấp huyện` / `cấp xã` …: the authority tier that handled it, when the text says. */
  tier: UnitLevelSchema.nullable(),
  /** Null with a `periodEnd`: "as of" that day. Both null: the text gives no period for this figure. */
  periodStart: IsoDateSchema.nullable(),
  periodEnd: IsoDateSchema.nullable(),
  /** What the figure counts when the indicator alone does not say (e.g. "giấy phép xây dựng"). */
  note: z.string().nullable(),
  /** The unit the figure is about when it is not the inspected unit (e.g. a commune visited). */
  unit: UnitMentionSchema.nullable(),
  /** The number and the words that say what it is. */
  span: TextSpanSchema,
  /** The period phrase it was read with, when there is one. */
  periodSpan: TextSpanSchema.nullable(),
});
export type ExtractedFigure = z.infer<typeof ExtractedFigureSchema>;

export const ExtractedFindingSchema = z.object({
  kind: FindingKindSchema,
  parArea: ParAreaSchema.nullable(),
  text: z.string().min(1),
  span: TextSpanSchema,
});
export type ExtractedFinding = z.infer<typeof ExtractedFindingSchema>;

export const ExtractedDirectiveSchema = z.object({
  text: z.string().min(1),
  parArea: ParAreaSchema,
  dueDate: IsoDateSchema.nullable(),
  span: TextSpanSchema,
});
export type ExtractedDirective = z.infer<typeof ExtractedDirectiveSchema>;

/** What the extractor read from one text; every part null or empty when the text does not say. */
export const ReportExtractionSchema = z.object({
  /** The headline or first sentence, as the inspection's topic. */
  title: found(z.string().min(1)).nullable(),
  unit: UnitMentionSchema.nullable(),
  /**
   * The province the text names beside the unit ("tỉnh Hà Giang"), when it does: the API prefers
   * units under it. Optional so extractions made before it was added still parse.
   */
  province: UnitMentionSchema.nullable().optional(),
  /** Other units visited (communes, the one-stop counter's unit), in the order the text names them. */
  sites: z.array(UnitMentionSchema),
  date: found(IsoDateSchema).nullable(),
  partOfDay: found(PartOfDaySchema).nullable(),
  kind: found(InspectionKindSchema).nullable(),
  /** The period the inspection covers, when the text names one. */
  period: z.object({ start: IsoDateSchema.nullable(), end: IsoDateSchema, span: TextSpanSchema }).nullable(),
  delegation: z
    .object({ name: z.string().nullable(), number: z.number().int().positive().nullable(), span: TextSpanSchema })
    .nullable(),
  leader: z.object({ name: z.string().min(1), title: z.string().nullable(), span: TextSpanSchema }).nullable(),
  figures: z.array(ExtractedFigureSchema),
  findings: z.array(ExtractedFindingSchema),
  directives: z.array(ExtractedDirectiveSchema),
  /** Page noise left out: captions, comment boxes, menus, bylines. */
  ignored: z.array(TextSpanSchema),
});
export type ReportExtraction = z.infer<typeof ReportExtractionSchema>;

/** `POST /api/v1/imports/report-text` */
export const ReportTextImportBodySchema = z.strictObject({
  text: z.string().trim().min(20, 'must hold the report text').max(200_000),
  /** The day the report was published: completes dates such as "Sáng 25.8" with their year. */
  publishedOn: IsoDateSchema.optional(),
});
export type ReportTextImportBody = z.infer<typeof ReportTextImportBodySchema>;

/** A unit mention with the units valid on the event date it can be, best first. */
export const ResolvedUnitSchema = z.object({
  mention: UnitMentionSchema,
  /** The one unit the mention names; null when none or several fit (the user picks from `candidates`). */
  unitId: IdSchema.nullable(),
  candidates: z.array(UnitRefSchema).max(10),
});
export type ResolvedUnit = z.infer<typeof ResolvedUnitSchema>;

export const ReportDraftSchema = z.object({
  /** The text as sent: the spans index into it. */
  text: z.string(),
  extraction: ReportExtractionSchema,
  unit: ResolvedUnitSchema.nullable(),
  sites: z.array(ResolvedUnitSchema),
  /** Resolved `figures[i].unit`, index for index (null where the figure names no unit of its own). */
  figureUnits: z.array(ResolvedUnitSchema.nullable()),
});
export type ReportDraft = z.infer<typeof ReportDraftSchema>;
