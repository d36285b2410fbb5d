import {
  type DossierStatsCountField,
  type DossierStatsImportEvent,
  type DossierStatsImportResult,
  type DossierStatsIssue,
  type DossierStatsMapping,
  type DossierStatsPreview,
  type DossierStatsPreviewRow,
  dossierStatsCountFields,
  dossierStatsIssuePath,
  foldSearchText,
  missingDossierStatsFields,
  type UnitLevel,
  type UnitRef,
} from '@partrack/contracts';
import type { Db } from '../../db/database';
import { AppError } from '../../lib/app-error';
import type { AuthenticatedContext } from '../../lib/request-context';
import { recordAuditEvent } from '../audit-events/audit-trail';
import {
  type Cell,
  cellText,
  FileReadIssue,
  newReadMeta,
  parseCount,
  parseDate,
  parsePeriodText,
  parseSmallNumber,
  parseTier,
  periodOfParts,
  proposeMapping,
  readSheetRows,
  type SheetRow,
} from './dossier-stats.parser';
import { createDossierStatsRepository, type ImportedFigure, type ImportUnitRow } from './dossier-stats.repository';

export type IncomingUpload = { fileName: string; stream: AsyncIterable<Buffer> };
export type ProgressListener = (event: Extract<DossierStatsImportEvent, { type: 'progress' }>) => void;

const PREVIEW_ROWS = 10;
/** Rows looked at for the header: one-stop exports often start with a title and a blank row. */
const HEADER_SEARCH_ROWS = 20;
/** Figures written per statement. */
const BATCH_FIGURES = 5000;
const PROGRESS_EVERY_ROWS = 2000;
/** Issues listed in one answer; the message says how many there were in all. */
const MAX_ISSUES = 200;

const isEmptyRow = (row: SheetRow) => row.cells.every((cell) => cellText(cell) === '');
const headersOf = (row: SheetRow) => row.cells.map((cell) => cellText(cell));

/** The first of the first rows whose headers name at least two fields, else the first non-empty row. */
function isHeaderRow(row: SheetRow): boolean {
  return Object.keys(proposeMapping(headersOf(row))).length >= 2;
}

/** Units by code and by folded name or short name, and the caller's scope. */
type UnitLookup = {
  byCode: Map<string, ImportUnitRow>;
  byName: Map<string, ImportUnitRow[]>;
  inScope: (id: string) => boolean;
};

function toUnitRef(unit: ImportUnitRow): UnitRef {
  return { id: unit.id, name: unit.name, level: unit.level };
}

const existedIn = (unit: ImportUnitRow, start: string | null, end: string | null) =>
  (!end || !unit.validFrom || unit.validFrom <= end) && (!start || !unit.validTo || unit.validTo >= start);

type EvaluatedRow = {
  unit: ImportUnitRow | null;
  tier: UnitLevel | null;
  periodStart: string | null;
  periodEnd: string | null;
  values: Partial<Record<DossierStatsCountField, number>>;
  issues: DossierStatsIssue[];
};

/** Reads one row with a mapping: its unit, tier, period and counts, or what is wrong with each. */
function evaluateRow(row: SheetRow, headers: string[], mapping: DossierStatsMapping, lookup: UnitLookup): EvaluatedRow {
  const issues: DossierStatsIssue[] = [];
  const columnName = (index: number) => headers[index] || `#${index + 1}`;
  const cellOf = (field: keyof DossierStatsMapping): Cell | undefined => {
    const index = mapping[field];
    return index === undefined ? undefined : row.cells[index];
  };
  const fail = (field: keyof DossierStatsMapping | null, code: DossierStatsIssue['code'], what: string) => {
    const index = field ? mapping[field] : undefined;
    const column = index === undefined ? null : columnName(index);
    const issue = { row: row.row, column, code, message: '' };
    issues.push({ ...issue, message: `${dossierStatsIssuePath(issue)}: ${what}` });
  };

  // Period first: the unit a name means may depend on when (units merged in 2025).
  let periodStart: string | null = null;
  let periodEnd: string | null = null;
  if (mapping.period_from !== undefined && mapping.period_to !== undefined) {
    const from = parseDate(cellOf('period_from'));
    const to = parseDate(cellOf('period_to'));
    if (!from)
      fail(
        'period_from',
        from === null ? 'required' : 'bad_period',
        `${quote(cellOf('period_from'))} is not a date (dd/mm/yyyy)`,
      );
    if (!to)
      fail(
        'period_to',
        to === null ? 'required' : 'bad_period',
        `${quote(cellOf('period_to'))} is not a date (dd/mm/yyyy)`,
      );
    if (from && to && from > to) fail('period_to', 'bad_period', `the period ends (${to}) before it starts (${from})`);
    else if (from && to) [periodStart, periodEnd] = [from, to];
  } else if (mapping.period !== undefined && cellText(cellOf('period')) !== '') {
    const period = parsePeriodText(cellOf('period'));
    if (period) [periodStart, periodEnd] = [period.start, period.end];
    else
      fail(
        'period',
        'bad_period',
        `${quote(cellOf('period'))} is not a period (e.g. "Tháng 3/2025", "Quý I/2025", "Năm 2025")`,
      );
  } else if (mapping.year !== undefined) {
    const year = parseSmallNumber(cellOf('year'));
    const month = mapping.month !== undefined ? parseSmallNumber(cellOf('month')) : null;
    const quarter = mapping.quarter !== undefined ? parseSmallNumber(cellOf('quarter')) : null;
    if (!year) fail('year', year === null ? 'required' : 'bad_period', `${quote(cellOf('year'))} is not a year`);
    else if (month === undefined) fail('month', 'bad_period', `${quote(cellOf('month'))} is not a month`);
    else if (quarter === undefined) fail('quarter', 'bad_period', `${quote(cellOf('quarter'))} is not a quarter`);
    else {
      const period = periodOfParts({
        year,
        month: month ?? undefined,
        quarter: month ? undefined : (quarter ?? undefined),
      });
      if (period) [periodStart, periodEnd] = [period.start, period.end];
      else fail(month ? 'month' : quarter ? 'quarter' : 'year', 'bad_period', 'is not a month, quarter or year');
    }
  } else {
    fail(mapping.period !== undefined ? 'period' : null, 'required', 'the period is empty');
  }

  let unit: ImportUnitRow | null = null;
  const code = cellText(cellOf('unit_code'));
  const name = cellText(cellOf('unit'));
  if (code !== '') {
    unit = lookup.byCode.get(code) ?? null;
    if (!unit) fail('unit_code', 'unknown_unit', `no unit has the code ${quote(code)}`);
  } else if (name !== '') {
    const candidates = lookup.byName.get(foldSearchText(name)) ?? [];
    const current = candidates.length > 1 ? candidates.filter((u) => existedIn(u, periodStart, periodEnd)) : candidates;
    if (candidates.length === 0) fail('unit', 'unknown_unit', `no unit is called ${quote(name)}`);
    else if (current.length !== 1)
      fail('unit', 'ambiguous_unit', `${quote(name)} names ${candidates.length} units: give the unit code`);
    else unit = current[0] ?? null;
  } else {
    fail(mapping.unit !== undefined ? 'unit' : 'unit_code', 'required', 'the unit is empty');
  }
  if (unit && !lookup.inScope(unit.id)) {
    fail(code !== '' ? 'unit_code' : 'unit', 'unit_out_of_scope', `${quote(unit.name)} is outside your scope`);
    unit = null;
  }

  let tier: UnitLevel | null = null;
  if (mapping.tier !== undefined) {
    const parsed = parseTier(cellOf('tier'));
    if (parsed === undefined) fail('tier', 'bad_tier', `${quote(cellOf('tier'))} is not a tier (cấp tỉnh, huyện, xã)`);
    else tier = parsed;
  }

  const values: Partial<Record<DossierStatsCountField, number>> = {};
  for (const field of dossierStatsCountFields) {
    if (mapping[field] === undefined) continue;
    const parsed = parseCount(cellOf(field));
    if (parsed === null) continue; // empty: not reported, never zero
    if ('error' in parsed) {
      fail(
        field,
        parsed.error,
        parsed.error === 'negative' ? `${quote(cellOf(field))} is negative` : `${quote(cellOf(field))} is not a count`,
      );
    } else values[field] = parsed.value;
  }
  return { unit, tier, periodStart, periodEnd, values, issues };
}

function quote(cell: Cell | undefined): string {
  const text = cellText(cell);
  return text === '' ? '(empty)' : text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** Replacement characters: text that went through a wrong conversion before it reached us. */
function replacementIssue(row: SheetRow, headers: string[]): DossierStatsIssue | null {
  const index = row.cells.findIndex((cell) => typeof cell === 'string' && cell.includes('\uFFFD'));
  if (index < 0) return null;
  const issue = { row: row.row, column: headers[index] || `#${index + 1}` };
  return {
    ...issue,
    code: 'bad_encoding',
    message: `${dossierStatsIssuePath(issue)}: the text contains "\uFFFD" (characters lost in a wrong encoding); export the file again as UTF-8`,
  };
}

function toAppError(issues: DossierStatsIssue[], total: number): AppError {
  const shown = issues.slice(0, MAX_ISSUES);
  const more = total > shown.length ? ` (the first ${shown.length} are listed)` : '';
  return new AppError(
    'VALIDATION_FAILED',
    `${total} problem${total === 1 ? '' : 's'} in the file${more}; nothing was imported`,
    shown.map((issue) => ({ path: dossierStatsIssuePath(issue), code: issue.code, message: issue.message })),
  );
}

/**
 * The one-stop dossier statistics import (docs/decisions/018-dossier-stats-import.md): a preview that
 * proposes a column mapping, then an import of every row or none, upserted so that importing the same
 * file again changes nothing.
 */
export function createDossierStatsService({ db }: { db: Db }) {
  const repo = createDossierStatsRepository(db);

  async function unitLookup(context: AuthenticatedContext, tx: Db): Promise<UnitLookup> {
    const all = await repo.listUnits(tx);
    const scope = context.user.unit ? await repo.subtreeIds(context.user.unit.id, tx) : null;
    const byCode = new Map<string, ImportUnitRow>();
    const byName = new Map<string, ImportUnitRow[]>();
    for (const unit of all) {
      if (unit.code) byCode.set(unit.code, unit);
      for (const key of new Set([foldSearchText(unit.name), foldSearchText(unit.shortName)])) {
        byName.set(key, [...(byName.get(key) ?? []), unit]);
      }
    }
    return { byCode, byName, inScope: (id) => scope === null || scope.has(id) };
  }

  return {
    async preview(
      context: AuthenticatedContext,
      upload: IncomingUpload,
      chosen?: DossierStatsMapping,
    ): Promise<DossierStatsPreview> {
      const meta = newReadMeta();
      const issues: DossierStatsIssue[] = [];
      const seen: SheetRow[] = [];
      let header: SheetRow | undefined;
      const dataRows: SheetRow[] = [];
      try {
        for await (const row of readSheetRows(upload.stream, meta)) {
          if (isEmptyRow(row)) continue;
          if (!header) {
            seen.push(row);
            if (isHeaderRow(row)) header = row;
            else if (seen.length >= HEADER_SEARCH_ROWS) header = seen[0];
            continue;
          }
          dataRows.push(row);
          if (dataRows.length >= PREVIEW_ROWS) break;
        }
      } catch (error) {
        if (!(error instanceof FileReadIssue)) throw error;
        issues.push(error.issue);
      }
      header ??= seen[0];
      if (header) dataRows.unshift(...seen.slice(seen.indexOf(header) + 1));
      if (!header && issues.length === 0) {
        issues.push({ row: null, column: null, code: 'empty_file', message: 'The file has no rows' });
      }
      const headers = header ? headersOf(header) : [];
      const mapping = chosen ?? proposeMapping(headers);
      const lookup = await unitLookup(context, db);
      const rows = dataRows.slice(0, PREVIEW_ROWS).map((row): DossierStatsPreviewRow => {
        const evaluated = evaluateRow(row, headers, mapping, lookup);
        const encoding = replacementIssue(row, headers);
        return {
          row: row.row,
          cells: headers.map((_, index) => cellText(row.cells[index])),
          unit: evaluated.unit ? toUnitRef(evaluated.unit) : null,
          tier: evaluated.tier,
          periodStart: evaluated.periodStart,
          periodEnd: evaluated.periodEnd,
          values: evaluated.values,
          issues: encoding ? [encoding, ...evaluated.issues] : evaluated.issues,
        };
      });
      return {
        format: meta.format ?? 'csv',
        delimiter: meta.format === 'xlsx' ? null : meta.delimiter,
        headerRow: header?.row ?? 1,
        columns: headers.map((text, index) => ({ index, header: text })),
        mapping,
        missing: missingDossierStatsFields(mapping),
        rows,
        issues,
      };
    },

    /**
     * Streams the file: each row is checked, and while no row has failed its figures are upserted in
     * batches inside one transaction. Any problem rolls everything back; the answer lists them all.
     */
    async importFile(
      context: AuthenticatedContext,
      upload: IncomingUpload,
      mapping: DossierStatsMapping,
      onProgress: ProgressListener = () => {},
    ): Promise<DossierStatsImportResult> {
      const missing = missingDossierStatsFields(mapping);
      if (missing.length > 0) {
        throw toAppError(
          missing.map((what) => ({
            row: null,
            column: null,
            code: 'missing_column',
            message: `No column is mapped to the ${what === 'counts' ? 'dossier counts' : what}`,
          })),
          missing.length,
        );
      }
      const meta = newReadMeta();
      return db.transaction(async (tx) => {
        const lookup = await unitLookup(context, tx);
        const batchId = await repo.createBatch(tx, {
          kind: 'dossier_stats',
          fileName: upload.fileName,
          importedBy: context.user.id,
        });
        const issues: DossierStatsIssue[] = [];
        let issueCount = 0;
        const report = (issue: DossierStatsIssue) => {
          issueCount += 1;
          if (issues.length < MAX_ISSUES) issues.push(issue);
        };
        const firstRowOf = new Map<string, number>();
        const unitIds = new Set<string>();
        let pending: ImportedFigure[] = [];
        const totals = { rows: 0, created: 0, updated: 0, figures: 0 };
        let periodStart: string | null = null;
        let periodEnd: string | null = null;
        const flush = async () => {
          if (issueCount > 0 || pending.length === 0) return;
          const written = await repo.upsertFigures(tx, batchId, pending);
          totals.created += written.created;
          totals.updated += written.updated;
          pending = [];
        };

        let header: SheetRow | undefined;
        let headers: string[] = [];
        const seen: SheetRow[] = [];
        const handle = async (row: SheetRow) => {
          const encoding = replacementIssue(row, headers);
          if (encoding) report(encoding);
          const evaluated = evaluateRow(row, headers, mapping, lookup);
          for (const issue of evaluated.issues) report(issue);
          totals.rows += 1;
          const { unit, tier } = evaluated;
          if (unit && evaluated.periodStart && evaluated.periodEnd && evaluated.issues.length === 0) {
            const key = [unit.id, tier ?? '', evaluated.periodStart, evaluated.periodEnd].join('|');
            const first = firstRowOf.get(key);
            if (first !== undefined) {
              const issue = { row: row.row, column: null };
              report({
                ...issue,
                code: 'duplicate_row',
                message: `${dossierStatsIssuePath(issue)}: repeats row ${first} (${unit.name}, ${tier ?? 'no tier'}, ${evaluated.periodStart} – ${evaluated.periodEnd})`,
              });
            } else {
              firstRowOf.set(key, row.row);
            }
            if (issueCount === 0) {
              unitIds.add(unit.id);
              if (!periodStart || evaluated.periodStart < periodStart) periodStart = evaluated.periodStart;
              if (!periodEnd || evaluated.periodEnd > periodEnd) periodEnd = evaluated.periodEnd;
              for (const [indicator, value] of Object.entries(evaluated.values)) {
                pending.push({
                  unitId: unit.id,
                  indicator,
                  tier,
                  periodStart: evaluated.periodStart,
                  periodEnd: evaluated.periodEnd,
                  value,
                  position: row.row,
                });
                totals.figures += 1;
              }
            }
          }
          if (pending.length >= BATCH_FIGURES) await flush();
          if (totals.rows % PROGRESS_EVERY_ROWS === 0)
            onProgress({ type: 'progress', rowsRead: totals.rows, bytesRead: meta.bytes });
        };
        const useHeader = (row: SheetRow) => {
          header = row;
          headers = headersOf(row);
          const beyond = Object.entries(mapping).filter(([, index]) => index !== undefined && index >= headers.length);
          if (beyond.length > 0) {
            throw toAppError(
              beyond.map(([field, index]) => ({
                row: row.row,
                column: null,
                code: 'missing_column',
                message: `Row ${row.row}: the file has ${headers.length} columns; ${field} is mapped to column ${(index ?? 0) + 1}`,
              })),
              beyond.length,
            );
          }
        };

        try {
          for await (const row of readSheetRows(upload.stream, meta)) {
            if (isEmptyRow(row)) continue;
            if (!header) {
              seen.push(row);
              if (isHeaderRow(row)) {
                useHeader(row);
                seen.length = 0;
              } else if (seen.length >= HEADER_SEARCH_ROWS) {
                const [first, ...rest] = seen;
                if (first) useHeader(first);
                for (const pendingRow of rest) await handle(pendingRow);
              }
              continue;
            }
            await handle(row);
          }
          if (!header && seen.length > 0) {
            const [first, ...rest] = seen;
            if (first) useHeader(first);
            for (const pendingRow of rest) await handle(pendingRow);
          }
        } catch (error) {
          if (!(error instanceof FileReadIssue)) throw error;
          report(error.issue);
        }
        if (!header && issueCount === 0) {
          report({ row: null, column: null, code: 'empty_file', message: 'The file has no rows' });
        } else if (header && totals.rows === 0 && issueCount === 0) {
          report({ row: null, column: null, code: 'empty_file', message: 'The file has a header but no data rows' });
        }
        if (issueCount > 0) throw toAppError(issues, issueCount);
        await flush();
        onProgress({ type: 'progress', rowsRead: totals.rows, bytesRead: meta.bytes });
        await repo.finishBatch(tx, batchId, {
          rowCount: totals.rows,
          figuresCreated: totals.created,
          figuresUpdated: totals.updated,
        });
        const result = {
          batchId,
          rowsImported: totals.rows,
          figuresCreated: totals.created,
          figuresUpdated: totals.updated,
          figuresUnchanged: totals.figures - totals.created - totals.updated,
          unitCount: unitIds.size,
          periodStart,
          periodEnd,
        };
        await recordAuditEvent(tx, context, {
          action: 'import.dossier_stats',
          entityType: 'import_batch',
          entityId: batchId,
          after: { fileName: upload.fileName, mapping, ...result },
        });
        return result;
      });
    },
  };
}

export type DossierStatsService = ReturnType<typeof createDossierStatsService>;
