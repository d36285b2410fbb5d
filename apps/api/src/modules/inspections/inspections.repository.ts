import {
  type CreateInspectionBody,
  type DirectiveInput,
  type FigureInput,
  type FindingInput,
  type ListInspectionsQuery,
  type SiteInput,
  searchPatterns,
  searchWords,
  todayInVietnam,
  toSearchDocument,
} from '@partrack/contracts';
import {
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  type Placeholder,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type Db, preparedPerHandle } from '../../db/database';
import { insertJsonRows, type JsonRows, jsonRows } from '../../db/insert-json-rows';
import {
  directiveCoordinatingUnits,
  directives,
  figures,
  findings,
  inspectionSites,
  inspections,
  units,
} from '../../db/schema';
import { matchesSearch, tsQueryOf } from '../../db/search';
import { newId } from '../../lib/ids';
import { unitSubtree } from '../units/units.repository';

/** An inspection as read back: every column but the search documents, which only search reads. */
export type InspectionRow = Omit<typeof inspections.$inferSelect, 'searchText' | 'leaderSearch' | 'searchVector'>;

type UnitRef = { id: string; name: string; level: (typeof units.$inferSelect)['level'] };

export type InspectionRecord = InspectionRow & {
  unit: UnitRef;
  loggedByUser: { id: string; displayName: string } | null;
  sites: { unitId: string; place: string | null; unit: UnitRef }[];
  findings: (typeof findings.$inferSelect)[];
  figures: (typeof figures.$inferSelect & { unit: UnitRef })[];
  directives: (typeof directives.$inferSelect & { leadUnit: UnitRef; coordinatingUnits: UnitRef[] })[];
};

export type InspectionListRow = Pick<
  InspectionRow,
  'id' | 'kind' | 'date' | 'partOfDay' | 'topic' | 'leaderName' | 'leaderTitle' | 'delegation' | 'deletedAt'
> & {
  unit: UnitRef;
  findingCount: number;
  figureCount: number;
  directiveCount: number;
  overdueDirectiveCount: number;
};

/** A unit an inspection names, as a write checks and answers it. */
export type NamedUnit = UnitRef & { sortName: string; validFrom: string | null; validTo: string | null };

/** Units in the order of their sort name (coordinating units are listed so). */
const bySortName = (a: { sortName: string }, b: { sortName: string }) =>
  a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0;

/** The fields every write stores: the body with everything derived from it. */
export type InspectionContent = Omit<CreateInspectionBody, 'directives'> & { directives: DirectiveInput[] };

const unitRef = <T extends { id: AnyPgColumn; name: AnyPgColumn; level: AnyPgColumn }>(table: T) => ({
  id: table.id as T['id'],
  name: table.name as T['name'],
  level: table.level as T['level'],
});

/** What search looks through: leader, delegation, topic, findings and directives. */
function searchTextOf(content: InspectionContent): string {
  return toSearchDocument(
    ...[
      content.topic,
      content.leader?.name,
      content.leader?.title,
      content.delegation?.name,
      content.delegation?.establishingDocument,
      ...(content.delegation?.members ?? []),
      content.sourceReference,
      ...content.findings.map((finding) => finding.text),
      ...content.directives.map((directive) => directive.text),
    ],
  );
}

function headerValues(content: InspectionContent) {
  return {
    unitId: content.unitId,
    kind: content.kind,
    date: content.date,
    partOfDay: content.partOfDay,
    topic: content.topic,
    periodStart: content.periodStart,
    periodEnd: content.periodEnd,
    delegation: content.delegation,
    leaderName: content.leader?.name ?? null,
    leaderTitle: content.leader?.title ?? null,
    sourceReference: content.sourceReference,
    searchText: searchTextOf(content),
    leaderSearch: toSearchDocument(content.leader?.name),
  };
}

/** The units of these ids, prepared: every write of an inspection asks it. */
const namedUnits = preparedPerHandle((db) =>
  db
    .select({
      id: units.id,
      name: units.name,
      level: units.level,
      sortName: units.sortName,
      validFrom: units.validFrom,
      validTo: units.validTo,
    })
    .from(units)
    .where(sql`${units.id} = ANY(${sql.placeholder('ids')}::uuid[])`)
    .prepare('named_units'),
);

/** The units whose name holds a word, prepared: every text search asks it first. */
const unitsMatching = preparedPerHandle((db) =>
  db
    .select({ id: units.id })
    .from(units)
    .where(sql`${units.searchVector} @@ to_tsquery('simple', ${sql.placeholder('query')})`)
    .prepare('units_matching'),
);

/**
 * The inspected unit's name is searchable too ("gia lam" finds Gia Lâm's inspections): the units whose
 * name holds each word of the query, looked up first, so that a word no unit's name holds leaves the
 * plain word search, which the index serves.
 */
async function unitsNamed(query: string, tx: Db): Promise<(pattern: string) => SQL> {
  const idsByPattern = new Map<string, string[]>();
  const words = searchWords(query);
  const patterns = searchPatterns(query);
  for (const [index, word] of words.entries()) {
    const rows = await unitsMatching(tx).execute({ query: tsQueryOf(word, index === words.length - 1) });
    idsByPattern.set(
      patterns[index] as string,
      rows.map((row) => row.id),
    );
  }
  return (pattern) => {
    const ids = idsByPattern.get(pattern) ?? [];
    return ids.length > 0 ? sql`${inspections.unitId} = ANY(${`{${ids.join(',')}}`}::uuid[])` : sql`false`;
  };
}

const overdueDirectives = (today: string | Placeholder) =>
  and(isNull(directives.completedOn), isNotNull(directives.dueDate), lt(directives.dueDate, today));

const countOf = (table: typeof findings | typeof figures | typeof directives, extra?: SQL) =>
  sql<number>`(SELECT count(*)::int FROM ${table} WHERE ${table.inspectionId} = ${inspections.id}${extra ? sql` AND ${extra}` : sql``})`;

/** A list's rows by id (in no order: the list orders them), with their counts as of `today`. */
const listRowsById = preparedPerHandle((db) =>
  db
    .select({
      id: inspections.id,
      kind: inspections.kind,
      date: inspections.date,
      partOfDay: inspections.partOfDay,
      topic: inspections.topic,
      leaderName: inspections.leaderName,
      leaderTitle: inspections.leaderTitle,
      delegation: inspections.delegation,
      deletedAt: inspections.deletedAt,
      unit: unitRef(units),
      findingCount: countOf(findings),
      figureCount: countOf(figures),
      directiveCount: countOf(directives),
      overdueDirectiveCount: countOf(directives, overdueDirectives(sql.placeholder('today'))),
    })
    .from(inspections)
    .innerJoin(units, eq(units.id, inspections.unitId))
    .where(sql`${inspections.id} = ANY(${sql.placeholder('ids')}::uuid[])`)
    .prepare('inspection_list_rows'),
);

const unitColumns = { columns: { id: true, name: true, level: true } } as const;

/** The detail query: every relation in one statement. */
const inspectionById = preparedPerHandle((db) =>
  db.query.inspections
    .findFirst({
      where: eq(inspections.id, sql.placeholder('id')),
      columns: { searchText: false, leaderSearch: false, searchVector: false },
      with: {
        unit: unitColumns,
        loggedByUser: { columns: { id: true, displayName: true } },
        sites: { orderBy: asc(inspectionSites.position), with: { unit: unitColumns } },
        findings: { orderBy: asc(findings.position) },
        figures: { orderBy: asc(figures.position), with: { unit: unitColumns } },
        directives: {
          orderBy: asc(directives.position),
          with: {
            leadUnit: unitColumns,
            coordinatingUnits: { with: { unit: { columns: { ...unitColumns.columns, sortName: true } } } },
          },
        },
      },
    })
    .prepare('inspection_by_id'),
);

/**
 * The rows of sites, findings, figures, new directives and coordinating units. Ids are made here, so
 * that directives' coordinating units can be written in the same statement, and a new inspection
 * answered without reading it back. Each row names its fields (`satisfies` keeps them in step with the
 * contracts' inputs): objects spread from spread objects cost V8 twenty times as much to copy, and a
 * create copies fifty of them (docs/performance.md).
 */
function childRows(inspectionId: string, content: InspectionContent) {
  const added = content.directives.flatMap((directive, position) =>
    directive.id
      ? []
      : [
          {
            row: {
              id: newId(),
              inspectionId,
              position,
              leadUnitId: directive.leadUnitId,
              text: directive.text,
              parArea: directive.parArea,
              dueDate: directive.dueDate,
            } satisfies Fields<Omit<DirectiveInput, 'id' | 'coordinatingUnitIds'>>,
            coordinatingUnitIds: directive.coordinatingUnitIds,
          },
        ],
  );
  return {
    sites: content.sites.map(
      (site, position) =>
        ({ inspectionId, position, unitId: site.unitId, place: site.place }) satisfies Fields<SiteInput>,
    ),
    findings: content.findings.map(
      (finding, position) =>
        ({
          id: newId(),
          inspectionId,
          position,
          kind: finding.kind,
          parArea: finding.parArea,
          text: finding.text,
        }) satisfies Fields<FindingInput>,
    ),
    figures: content.figures.map(
      (figure, position) =>
        ({
          id: newId(),
          inspectionId,
          position,
          indicator: figure.indicator,
          unitId: figure.unitId ?? content.unitId,
          tier: figure.tier,
          periodStart: figure.periodStart,
          periodEnd: figure.periodEnd,
          value: figure.value,
          qualifier: figure.qualifier,
          note: figure.note,
        }) satisfies Fields<FigureInput>,
    ),
    directives: added.map(({ row }) => row),
    coordinating: [
      ...content.directives.flatMap((directive) =>
        directive.id ? [{ directiveId: directive.id, unitIds: directive.coordinatingUnitIds }] : [],
      ),
      ...added.map(({ row, coordinatingUnitIds }) => ({ directiveId: row.id, unitIds: coordinatingUnitIds })),
    ].flatMap(({ directiveId, unitIds }) => [...new Set(unitIds)].map((unitId) => ({ directiveId, unitId }))),
  };
}

/** A row that names every field of an input (and may add its own): built field by field, it misses none. */
type Fields<T> = { [K in keyof Required<T>]: unknown } & Record<string, unknown>;

function childInserts(rows: ReturnType<typeof childRows>): JsonRows[] {
  return [
    rows.sites.length > 0 ? jsonRows(inspectionSites, rows.sites) : undefined,
    rows.findings.length > 0 ? jsonRows(findings, rows.findings) : undefined,
    rows.figures.length > 0 ? jsonRows(figures, rows.figures) : undefined,
    rows.directives.length > 0 ? jsonRows(directives, rows.directives) : undefined,
    rows.coordinating.length > 0 ? jsonRows(directiveCoordinatingUnits, rows.coordinating) : undefined,
  ].filter((write) => write !== undefined);
}

/** What `insert` wrote. */
export type InsertedInspection = {
  id: string;
  header: ReturnType<typeof headerValues>;
  loggedBy: string | null;
  createdAt: Date;
  rows: ReturnType<typeof childRows>;
};

/**
 * The inspection just written, as `findById` would read it back: from what was written, the user who
 * logged it and the units it names (`existingUnits`, which the create checked them against before writing).
 */
export function insertedRecord(
  inserted: InsertedInspection,
  loggedByUser: { id: string; displayName: string } | null,
  namedUnits: Map<string, NamedUnit>,
): InspectionRecord {
  const { id, header, createdAt, rows } = inserted;
  const unitOf = (unitId: string): UnitRef => {
    const unit = namedUnits.get(unitId);
    if (!unit) throw new Error(`insertedRecord: unit ${unitId} was not looked up`);
    return { id: unit.id, name: unit.name, level: unit.level };
  };
  const { searchText: _searchText, leaderSearch: _leaderSearch, ...columns } = header;
  return {
    id,
    ...columns,
    loggedBy: inserted.loggedBy,
    version: 1,
    createdAt,
    updatedAt: createdAt,
    deletedAt: null,
    deletedBy: null,
    unit: unitOf(header.unitId),
    loggedByUser,
    sites: rows.sites.map((site) => ({ unitId: site.unitId, place: site.place, unit: unitOf(site.unitId) })),
    findings: rows.findings,
    figures: rows.figures.map((figure) => ({
      id: figure.id,
      inspectionId: figure.inspectionId,
      position: figure.position,
      indicator: figure.indicator,
      unitId: figure.unitId,
      tier: figure.tier,
      periodStart: figure.periodStart,
      periodEnd: figure.periodEnd,
      value: figure.value,
      qualifier: figure.qualifier,
      note: figure.note,
      source: 'inspection' as const,
      importBatchId: null,
      importKey: null,
      unit: unitOf(figure.unitId),
    })),
    directives: rows.directives.map((directive) => ({
      id: directive.id,
      inspectionId: directive.inspectionId,
      position: directive.position,
      leadUnitId: directive.leadUnitId,
      text: directive.text,
      parArea: directive.parArea,
      dueDate: directive.dueDate,
      reportedDoneOn: null,
      completedOn: null,
      extendedDueDate: null,
      createdAt,
      leadUnit: unitOf(directive.leadUnitId),
      coordinatingUnits: rows.coordinating
        .filter((link) => link.directiveId === directive.id)
        .map((link) => namedUnits.get(link.unitId) as NamedUnit)
        .sort(bySortName)
        .map((unit) => unitOf(unit.id)),
    })),
  };
}

export function createInspectionsRepository(db: Db) {
  /** Replaces sites, findings and figures; updates, adds and removes directives by id. */
  async function rewriteChildren(tx: Db, inspectionId: string, content: InspectionContent) {
    const kept = content.directives.flatMap((directive) => (directive.id ? [directive.id] : []));
    await tx.delete(inspectionSites).where(eq(inspectionSites.inspectionId, inspectionId));
    await tx.delete(findings).where(eq(findings.inspectionId, inspectionId));
    await tx.delete(figures).where(eq(figures.inspectionId, inspectionId));
    await tx
      .delete(directives)
      .where(
        and(
          eq(directives.inspectionId, inspectionId),
          kept.length > 0 ? sql`${directives.id} NOT IN ${kept}` : undefined,
        ),
      );
    for (const [position, { id, coordinatingUnitIds: _units, ...directive }] of content.directives.entries()) {
      if (!id) continue;
      await tx
        .update(directives)
        .set({ position, ...directive })
        .where(and(eq(directives.id, id), eq(directives.inspectionId, inspectionId)));
    }
    if (kept.length > 0) {
      await tx.delete(directiveCoordinatingUnits).where(inArray(directiveCoordinatingUnits.directiveId, kept));
    }
    await insertJsonRows(tx, childInserts(childRows(inspectionId, content)));
  }

  return {
    /**
     * Writes the inspection and all it holds in one statement, with the writes `alongside` makes for
     * its id (its audit event): one statement is atomic without a transaction around it. Answers what
     * it wrote, with the database's time, for `insertedRecord` to answer without reading it back.
     */
    async insert(
      content: InspectionContent,
      loggedBy: string | null,
      alongside: (id: string) => JsonRows[] = () => [],
      tx: Db = db,
    ): Promise<InsertedInspection> {
      const id = newId();
      const header = headerValues(content);
      const rows = childRows(id, content);
      const [written] = await insertJsonRows<{ createdAt: string }>(
        tx,
        [...childInserts(rows), ...alongside(id), jsonRows(inspections, [{ ...header, id, loggedBy }])],
        'to_json(created_at) AS "createdAt"',
      );
      if (!written) throw new Error('insert: the inspection was not written');
      return { id, header, loggedBy, createdAt: new Date(written.createdAt), rows };
    },

    /** Rewrites the inspection and bumps its version; call after checking the version under a lock. */
    async replace(id: string, content: InspectionContent, tx: Db = db): Promise<void> {
      await tx
        .update(inspections)
        .set({ ...headerValues(content), version: sql`${inspections.version} + 1`, updatedAt: sql`now()` })
        .where(eq(inspections.id, id));
      await rewriteChildren(tx, id, content);
    },

    /** Locks the row for the rest of the transaction: concurrent edits queue behind it. */
    async lockVersion(
      id: string,
      tx: Db = db,
    ): Promise<{ version: number; deletedAt: Date | null; unitId: string } | undefined> {
      const [row] = await tx
        .select({ version: inspections.version, deletedAt: inspections.deletedAt, unitId: inspections.unitId })
        .from(inspections)
        .where(eq(inspections.id, id))
        .for('update');
      return row;
    },

    async setDeleted(id: string, deletedBy: string | null, tx: Db = db): Promise<void> {
      await tx
        .update(inspections)
        .set({
          deletedAt: deletedBy === null ? null : sql`now()`,
          deletedBy,
          version: sql`${inspections.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(eq(inspections.id, id));
    },

    /** The inspection with everything it holds, in one statement (a relational query). */
    async findById(id: string, tx: Db = db): Promise<InspectionRecord | undefined> {
      const row = await inspectionById(tx).execute({ id });
      if (!row) return undefined;
      return {
        ...row,
        sites: row.sites.map((site) => ({ unitId: site.unitId, place: site.place, unit: site.unit })),
        directives: row.directives.map((directive) => ({
          ...directive,
          coordinatingUnits: directive.coordinatingUnits
            .map((link) => link.unit)
            .sort(bySortName)
            .map(({ sortName: _sortName, ...ref }) => ref),
        })),
      };
    },

    async list(
      query: Omit<ListInspectionsQuery, 'page' | 'pageSize'> & { page?: number; pageSize?: number },
      scopeUnitId: string | null,
      tx: Db = db,
    ): Promise<{ rows: InspectionListRow[]; total: number }> {
      const today = todayInVietnam();
      const conditions: (SQL | undefined)[] = [
        query.deleted ? isNotNull(inspections.deletedAt) : isNull(inspections.deletedAt),
        scopeUnitId ? sql`${inspections.unitId} IN ${unitSubtree(scopeUnitId)}` : undefined,
        query.unitId ? sql`${inspections.unitId} IN ${unitSubtree(query.unitId)}` : undefined,
        query.from ? gte(inspections.date, query.from) : undefined,
        query.to ? lte(inspections.date, query.to) : undefined,
        query.kind ? eq(inspections.kind, query.kind) : undefined,
        query.q === undefined
          ? undefined
          : matchesSearch({ vector: inspections.searchVector }, query.q, await unitsNamed(query.q, tx)),
        query.leader === undefined ? undefined : matchesSearch(inspections.leaderSearch, query.leader),
        query.parArea
          ? sql`(${exists(
              tx
                .select({ one: sql`1` })
                .from(findings)
                .where(and(eq(findings.inspectionId, inspections.id), eq(findings.parArea, query.parArea))),
            )} OR ${exists(
              tx
                .select({ one: sql`1` })
                .from(directives)
                .where(and(eq(directives.inspectionId, inspections.id), eq(directives.parArea, query.parArea))),
            )})`
          : undefined,
        query.hasOverdueDirectives === undefined
          ? undefined
          : sql`${query.hasOverdueDirectives ? sql`` : sql`NOT `}${exists(
              tx
                .select({ one: sql`1` })
                .from(directives)
                .where(and(eq(directives.inspectionId, inspections.id), overdueDirectives(today))),
            )}`,
      ];
      const where = and(...conditions);
      // Only a sort by unit needs the unit's name: looked up for the listed rows then, not joined always.
      const orderBy = (keys: { id: AnyPgColumn; date: AnyPgColumn; unitId: AnyPgColumn }) =>
        query.sort === 'date_asc'
          ? [asc(keys.date), asc(keys.id)]
          : query.sort === 'unit_asc'
            ? [
                asc(sql`(SELECT ${units.sortName} FROM ${units} WHERE ${units.id} = ${keys.unitId})`),
                desc(keys.date),
                asc(keys.id),
              ]
            : [desc(keys.date), asc(keys.id)];
      const offset = ((query.page ?? 1) - 1) * (query.pageSize ?? 0);
      const countAll = async () => (await tx.select({ total: count() }).from(inspections).where(where))[0]?.total ?? 0;

      // First the page's ids in order, then their rows by id (`listRowsById`). The ids' statement holds
      // only the filters, so PostgreSQL plans it quickly for the values at hand; the rows' statement,
      // with its joins and counts, is prepared once and the same for every filter.
      let page: { id: string; total?: number }[];
      let total: number;
      if (query.q === undefined || !query.pageSize) {
        // The date index pages the list in order; the count reads the table once.
        const ids = tx
          .select({ id: inspections.id })
          .from(inspections)
          .where(where)
          .orderBy(...orderBy(inspections));
        page = await (query.pageSize ? ids.limit(query.pageSize).offset(offset) : ids);
        total = query.pageSize ? await countAll() : page.length;
      } else {
        // A text search finds its matches through the GIN index: their ids and sort keys are gathered
        // once (a CTE read twice is materialised), then counted and paged in one statement. Paging in
        // date order instead would test the words row by row, reading each row's tsvector from TOAST.
        const matched = tx.$with('matched').as(
          tx
            .select({
              id: sql<string>`${inspections.id}`.as('id'),
              date: sql<string>`${inspections.date}`.as('date'),
              unitId: sql<string>`${inspections.unitId}`.as('unit_id'),
            })
            .from(inspections)
            .where(where),
        );
        page = await tx
          .with(matched)
          .select({ id: matched.id, total: sql<number>`(SELECT count(*)::int FROM ${matched})` })
          .from(matched)
          .orderBy(...orderBy(matched as unknown as { id: AnyPgColumn; date: AnyPgColumn; unitId: AnyPgColumn }))
          .limit(query.pageSize)
          .offset(offset);
        // A page past the end has no row to carry the count.
        total = page[0]?.total ?? (offset > 0 ? await countAll() : 0);
      }
      const rows = page.length === 0 ? [] : await listRowsById(tx).execute({ ids: page.map((row) => row.id), today });
      const byId = new Map<string, InspectionListRow>(rows.map((row) => [row.id, row]));
      // A row gone between the two statements (removed for good) is left out.
      return { rows: page.flatMap((row) => byId.get(row.id) ?? []), total };
    },

    /** Units (by id) that exist, for validating references and naming them, in one query. */
    async existingUnits(ids: string[], tx: Db = db): Promise<Map<string, NamedUnit>> {
      if (ids.length === 0) return new Map();
      const rows = await namedUnits(tx).execute({ ids: [...new Set(ids)] });
      return new Map(rows.map((unit) => [unit.id, unit]));
    },

    /** The inspection's directive ids in their order. */
    async directiveIdsOf(inspectionId: string, tx: Db = db): Promise<string[]> {
      const rows = await tx
        .select({ id: directives.id })
        .from(directives)
        .where(eq(directives.inspectionId, inspectionId))
        .orderBy(asc(directives.position));
      return rows.map((row) => row.id);
    },
  };
}

export type InspectionsRepository = ReturnType<typeof createInspectionsRepository>;
