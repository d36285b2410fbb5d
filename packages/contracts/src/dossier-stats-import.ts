import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './dates';
import { ErrorResponseSchema } from './errors';
import type { Indicator } from './figures';
import { UnitLevelSchema, UnitRefSchema } from './units';

/**
 * Dossier statistics exported by a provincial one-stop system (Hệ thống thông tin giải quyết TTHC):
 * one row per unit (and tier) and period. See docs/decisions/018-dossier-stats-import.md.
 */

/** The counts a one-stop system exports, as the indicators they become. */
export const dossierStatsCountFields = [
  'received',
  'carried_over',
  'resolved',
  'resolved_early',
  'resolved_on_time',
  'resolved_late',
  'in_progress_within_deadline',
  'in_progress_overdue',
] as const satisfies readonly Indicator[];
export type DossierStatsCountField = (typeof dossierStatsCountFields)[number];

/** What a column can hold: the unit, the tier, the period (dates, a text, or month/quarter/year) or a count. */
export const DossierStatsFieldSchema = z.enum([
  'unit',
  'unit_code',
  'tier',
  'period',
  'period_from',
  'period_to',
  'month',
  'quarter',
  'year',
  ...dossierStatsCountFields,
]);
export type DossierStatsField = z.infer<typeof DossierStatsFieldSchema>;
export const dossierStatsFields = DossierStatsFieldSchema.options;

/** Field → the index (0-based) of the column that holds it; a field without a column is absent. */
export const DossierStatsMappingSchema = z
  .partialRecord(DossierStatsFieldSchema, z.number().int().min(0).max(499))
  .superRefine((mapping, ctx) => {
    const seen = new Map<number, string>();
    for (const [field, column] of Object.entries(mapping)) {
      if (column === undefined) continue;
      const other = seen.get(column);
      if (other) ctx.addIssue({ code: 'custom', path: [field], message: `column ${column} is already ${other}` });
      seen.set(column, field);
    }
  });
export type DossierStatsMapping = z.infer<typeof DossierStatsMappingSchema>;

/** The fields a mapping lacks to import anything: a unit, a period, and at least one count. */
export function missingDossierStatsFields(mapping: DossierStatsMapping): ('unit' | 'period' | 'counts')[] {
  const has = (field: DossierStatsField) => mapping[field] !== undefined;
  const missing: ('unit' | 'period' | 'counts')[] = [];
  if (!has('unit') && !has('unit_code')) missing.push('unit');
  if (!has('period') && !(has('period_from') && has('period_to')) && !has('year')) missing.push('period');
  if (!dossierStatsCountFields.some(has)) missing.push('counts');
  return missing;
}

/** The import's multipart text field `mapping` (sent before the file): JSON of a mapping. */
export const DossierStatsImportFieldsSchema = z.object({ mapping: DossierStatsMappingSchema });

/** One problem in a file: where (the spreadsheet's own row number, the column's header) and what. */
export const DossierStatsIssueSchema = z.object({
  /** The row as Excel numbers it (the header is usually row 1); null for the file or a column. */
  row: z.number().int().nullable(),
  /** The column's header; null for the whole row or file. */
  column: z.string().nullable(),
  code: z.enum([
    'bad_encoding',
    'missing_column',
    'empty_file',
    'not_a_count',
    'negative',
    'required',
    'unknown_unit',
    'ambiguous_unit',
    'unit_out_of_scope',
    'bad_period',
    'bad_tier',
    'duplicate_row',
  ]),
  message: z.string(),
});
export type DossierStatsIssue = z.infer<typeof DossierStatsIssueSchema>;
export type DossierStatsIssueCode = DossierStatsIssue['code'];

/** `Row 12, column "Đúng hạn"`: the error shape's `path` of an issue. */
export function dossierStatsIssuePath(issue: Pick<DossierStatsIssue, 'row' | 'column'>): string {
  const parts = [
    issue.row === null ? null : `Row ${issue.row}`,
    issue.column === null ? null : `column "${issue.column}"`,
  ];
  return parts.filter(Boolean).join(', ') || 'file';
}

/** The row and column back from an error-shape issue's path (the SPA lists them in two columns). */
export function parseDossierStatsIssuePath(path: string): { row: number | null; column: string | null } {
  const row = /^Row (\d+)/.exec(path);
  const column = /column "(.*)"$/.exec(path);
  return { row: row ? Number(row[1]) : null, column: column?.[1] ?? null };
}

/** One row as it would import: the unit, tier, period and counts read, or its problems. */
export const DossierStatsPreviewRowSchema = z.object({
  row: z.number().int(),
  cells: z.array(z.string()),
  unit: UnitRefSchema.nullable(),
  tier: UnitLevelSchema.nullable(),
  periodStart: IsoDateSchema.nullable(),
  periodEnd: IsoDateSchema.nullable(),
  values: z.partialRecord(z.enum(dossierStatsCountFields), z.number()),
  issues: z.array(DossierStatsIssueSchema),
});
export type DossierStatsPreviewRow = z.infer<typeof DossierStatsPreviewRowSchema>;

export const DossierStatsPreviewSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  /** The CSV separator found (`,` `;` or a tab); null for XLSX. */
  delimiter: z.string().nullable(),
  /** The header's row number. */
  headerRow: z.number().int(),
  columns: z.array(z.object({ index: z.number().int(), header: z.string() })),
  /** The proposed mapping, from the headers (Vietnamese or English, diacritics ignored). */
  mapping: DossierStatsMappingSchema,
  missing: z.array(z.enum(['unit', 'period', 'counts'])),
  /** The first rows, read with the proposed mapping. */
  rows: z.array(DossierStatsPreviewRowSchema),
  /** File-level problems (encoding, an empty file). */
  issues: z.array(DossierStatsIssueSchema),
});
export type DossierStatsPreview = z.infer<typeof DossierStatsPreviewSchema>;

export const DossierStatsImportResultSchema = z.object({
  batchId: IdSchema,
  rowsImported: z.number().int(),
  figuresCreated: z.number().int(),
  figuresUpdated: z.number().int(),
  /** Figures already stored with the same value: a re-import leaves them as they are. */
  figuresUnchanged: z.number().int(),
  unitCount: z.number().int(),
  periodStart: IsoDateSchema.nullable(),
  periodEnd: IsoDateSchema.nullable(),
});
export type DossierStatsImportResult = z.infer<typeof DossierStatsImportResultSchema>;

/**
 * With `Accept: application/x-ndjson` the import answers 200 at once and streams these, one JSON per
 * line: progress while it reads and writes, then `done` or `failed` (the error shape; nothing written).
 */
export const DossierStatsImportEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), rowsRead: z.number().int(), bytesRead: z.number().int() }),
  z.object({ type: z.literal('done'), result: DossierStatsImportResultSchema }),
  z.object({ type: z.literal('failed'), error: ErrorResponseSchema }),
]);
export type DossierStatsImportEvent = z.infer<typeof DossierStatsImportEventSchema>;

export const DOSSIER_STATS_NDJSON = 'application/x-ndjson';
