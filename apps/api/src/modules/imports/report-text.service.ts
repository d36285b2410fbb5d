import {
  foldSearchText,
  type ReportDraft,
  type ReportTextImportBody,
  type ResolvedUnit,
  todayInVietnam,
  type UnitMention,
} from '@partrack/contracts';
import { extractReport } from '@partrack/report-extract';
import type { Db } from '../../db/database';
import { createUnitsRepository, type UnitRowWithChildCount } from '../units/units.repository';

const MAX_CANDIDATES = 10;

/**
 * Report text → draft inspection (issue 7): the extractor reads the text; every unit it names is
 * looked up among the units that existed on the event date. Nothing is written: the user reviews the
 * draft and saves it through the normal create flow.
 */
export function createReportTextService({ db }: { db: Db }) {
  const units = createUnitsRepository(db);

  /** Units valid on `validOn` whose proper name is the mention's name, folded (case and diacritics ignored). */
  async function sameName(mention: UnitMention, validOn: string): Promise<UnitRowWithChildCount[]> {
    const { rows } = await units.list({ q: mention.name, validOn, page: 1, pageSize: 100 });
    const name = foldSearchText(mention.name);
    const full = mention.levelWord ? foldSearchText(`${mention.levelWord} ${mention.name}`) : null;
    return rows.filter((row) => {
      const short = foldSearchText(row.shortName);
      const official = foldSearchText(row.name);
      return short === name || official === name || (full !== null && official === full);
    });
  }

  /** Keeps the rows that pass `keep` when some do; otherwise all of them. */
  async function prefer(
    rows: UnitRowWithChildCount[],
    keep: (row: UnitRowWithChildCount) => boolean | Promise<boolean>,
  ): Promise<UnitRowWithChildCount[]> {
    const kept: UnitRowWithChildCount[] = [];
    for (const row of rows) if (await keep(row)) kept.push(row);
    return kept.length > 0 ? kept : rows;
  }

  async function resolve(mention: UnitMention, validOn: string, withinIds: string[]): Promise<ResolvedUnit> {
    let rows = await sameName(mention, validOn);
    // The level word narrows ("huyện" → district); a name alone fits any level.
    if (mention.level) rows = await prefer(rows, (row) => row.level === mention.level);
    // The province (or the inspected unit, for a site) the text names narrows further.
    for (const ancestorId of withinIds) {
      if (rows.length <= 1) break;
      rows = await prefer(rows, (row) => units.isWithin(ancestorId, row.id));
    }
    const candidates = rows.slice(0, MAX_CANDIDATES).map((row) => ({ id: row.id, name: row.name, level: row.level }));
    return { mention, unitId: rows.length === 1 ? (rows[0]?.id ?? null) : null, candidates };
  }

  return {
    async draft(body: ReportTextImportBody): Promise<ReportDraft> {
      const extraction = extractReport(body.text, body.publishedOn ? { publishedOn: body.publishedOn } : {});
      const validOn = extraction.date?.value ?? body.publishedOn ?? todayInVietnam();
      const province = extraction.province ? await resolve(extraction.province, validOn, []) : null;
      const provinceIds = province?.unitId ? [province.unitId] : [];
      const unit = extraction.unit ? await resolve(extraction.unit, validOn, provinceIds) : null;
      // Sites and a figure's own unit lie within the inspected unit, as a rule.
      const within = [...(unit?.unitId ? [unit.unitId] : []), ...provinceIds];
      const sites: ResolvedUnit[] = [];
      for (const site of extraction.sites) sites.push(await resolve(site, validOn, within));
      const figureUnits: (ResolvedUnit | null)[] = [];
      for (const figure of extraction.figures) {
        figureUnits.push(figure.unit ? await resolve(figure.unit, validOn, within) : null);
      }
      return { text: body.text, extraction, unit, sites, figureUnits };
    },
  };
}
