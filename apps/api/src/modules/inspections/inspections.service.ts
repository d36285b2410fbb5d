import {
  type CreateInspectionBody,
  computeOnTimeRate,
  deriveDirectiveBucket,
  type ErrorIssue,
  type FigureGroup,
  flagFigureGroup,
  type Indicator,
  type Inspection,
  type InspectionList,
  type InspectionListItem,
  type ListInspectionsQuery,
  type OnTimeRate,
  type RateDefinition,
  todayInVietnam,
  type UpdateInspectionBody,
} from '@partrack/contracts';
import type { Db } from '../../db/database';
import { AppError } from '../../lib/app-error';
import type { AuthenticatedContext, AuthUser } from '../../lib/request-context';
import { auditEventWrite, recordAuditEvent } from '../audit-events/audit-trail';
import { createDirectivesRepository } from '../directives/directives.repository';
import { createUnitsRepository } from '../units/units.repository';
import {
  createInspectionsRepository,
  type InspectionContent,
  type InspectionListRow,
  type InspectionRecord,
  insertedRecord,
  type NamedUnit,
} from './inspections.repository';

const DOSSIER_INDICATORS = new Set<Indicator>([
  'received',
  'carried_over',
  'resolved',
  'resolved_early',
  'resolved_on_time',
  'resolved_late',
  'in_progress',
  'in_progress_within_deadline',
  'in_progress_overdue',
  'on_time_rate_reported',
]);
const DEFINITIONS: RateDefinition[] = ['resolved', 'decision_766'];

type FigureRow = InspectionRecord['figures'][number];

/** Groups figures by unit, tier and period: the counts that belong together. */
function groupFigures(figureRows: FigureRow[]) {
  const groups = new Map<
    string,
    {
      key: Pick<OnTimeRate, 'unitId' | 'tier' | 'periodStart' | 'periodEnd'>;
      values: FigureGroup;
      hasDossiers: boolean;
    }
  >();
  for (const figure of figureRows) {
    const id = [figure.unitId, figure.tier, figure.periodStart, figure.periodEnd].join('|');
    const group = groups.get(id) ?? {
      key: { unitId: figure.unitId, tier: figure.tier, periodStart: figure.periodStart, periodEnd: figure.periodEnd },
      values: {},
      hasDossiers: false,
    };
    const indicator = figure.indicator as Indicator;
    // Several figures of one indicator in a group (e.g. two processing times) are not counts to rate.
    if (group.values[indicator] === undefined) group.values[indicator] = figure.value;
    group.hasDossiers ||= DOSSIER_INDICATORS.has(indicator);
    groups.set(id, group);
  }
  return [...groups.values()];
}

export function toInspectionDto(record: InspectionRecord, today = todayInVietnam()): Inspection {
  const groups = groupFigures(record.figures);
  return {
    id: record.id,
    unit: record.unit,
    kind: record.kind,
    date: record.date,
    partOfDay: record.partOfDay,
    topic: record.topic,
    periodStart: record.periodStart,
    periodEnd: record.periodEnd,
    delegation: record.delegation,
    leader: record.leaderName ? { name: record.leaderName, title: record.leaderTitle } : null,
    sites: record.sites,
    sourceReference: record.sourceReference,
    findings: record.findings.map(({ id, kind, parArea, text }) => ({ id, kind, parArea, text })),
    figures: record.figures.map((figure) => ({
      id: figure.id,
      indicator: figure.indicator as Indicator,
      unitId: figure.unitId,
      unit: figure.unit,
      tier: figure.tier,
      periodStart: figure.periodStart,
      periodEnd: figure.periodEnd,
      value: figure.value,
      qualifier: figure.qualifier,
      note: figure.note,
    })),
    directives: record.directives.map((directive) => ({
      id: directive.id,
      leadUnitId: directive.leadUnitId,
      leadUnit: directive.leadUnit,
      coordinatingUnitIds: directive.coordinatingUnits.map((unit) => unit.id),
      coordinatingUnits: directive.coordinatingUnits,
      text: directive.text,
      parArea: directive.parArea,
      dueDate: directive.dueDate,
      completedOn: directive.completedOn,
      bucket: deriveDirectiveBucket(directive, today),
    })),
    // Fields named one by one, not spread: V8 copies an object spread after other fields (or two
    // spreads into one) field by field at run time, and these are a tenth of a create's answer time.
    onTimeRates: groups
      .filter((group) => group.hasDossiers)
      .flatMap(({ key, values }) => {
        const flags = flagFigureGroup(values);
        return DEFINITIONS.map((definition) => {
          const rate = computeOnTimeRate(values, definition);
          return {
            unitId: key.unitId,
            tier: key.tier,
            periodStart: key.periodStart,
            periodEnd: key.periodEnd,
            definition,
            basis: rate.basis,
            numerator: rate.numerator,
            denominator: rate.denominator,
            rate: rate.rate,
            reportedRate: rate.reportedRate,
            flags,
          };
        });
      }),
    flags: groups.flatMap(({ key, values }) =>
      flagFigureGroup(values).map((flag) => ({
        code: flag.code,
        message: flag.message,
        unitId: key.unitId,
        tier: key.tier,
        periodStart: key.periodStart,
        periodEnd: key.periodEnd,
      })),
    ),
    loggedBy: record.loggedByUser,
    version: record.version,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    deletedAt: record.deletedAt?.toISOString() ?? null,
  };
}

export function toInspectionListItem(row: InspectionListRow): InspectionListItem {
  return {
    id: row.id,
    unit: row.unit,
    kind: row.kind,
    date: row.date,
    partOfDay: row.partOfDay,
    topic: row.topic,
    leader: row.leaderName ? { name: row.leaderName, title: row.leaderTitle } : null,
    delegationName: row.delegation?.name ?? null,
    findingCount: row.findingCount,
    figureCount: row.figureCount,
    directiveCount: row.directiveCount,
    overdueDirectiveCount: row.overdueDirectiveCount,
    deletedAt: row.deletedAt?.toISOString() ?? null,
  };
}

/** The stored inspection as the body that would create it, to merge a PATCH onto. */
function toContent(record: InspectionRecord): InspectionContent {
  const dto = toInspectionDto(record);
  return {
    unitId: dto.unit.id,
    kind: dto.kind,
    date: dto.date,
    partOfDay: dto.partOfDay,
    topic: dto.topic,
    periodStart: dto.periodStart,
    periodEnd: dto.periodEnd,
    delegation: dto.delegation,
    leader: dto.leader,
    sites: dto.sites.map(({ unitId, place }) => ({ unitId, place })),
    sourceReference: dto.sourceReference,
    findings: dto.findings.map(({ kind, parArea, text }) => ({ kind, parArea, text })),
    figures: dto.figures.map(({ indicator, unitId, tier, periodStart, periodEnd, value, qualifier, note }) => ({
      indicator,
      unitId,
      tier,
      periodStart,
      periodEnd,
      value,
      qualifier,
      note,
    })),
    directives: dto.directives.map(({ id, leadUnitId, coordinatingUnitIds, text, parArea, dueDate }) => ({
      id,
      leadUnitId,
      coordinatingUnitIds,
      text,
      parArea,
      dueDate,
    })),
  };
}

/** `"3"` or `W/"3"` → 3; anything else is not one of our ETags. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"(\d+)"$/.exec(header.trim());
  return match ? Number(match[1]) : Number.NaN;
}

export const etagOf = (version: number) => `"${version}"`;

function invalid(issues: ErrorIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', `Invalid body: ${issues.map((issue) => issue.path).join(', ')}`, issues);
}

export function createInspectionsService({ db }: { db: Db }) {
  const repo = createInspectionsRepository(db);

  async function isInScope(user: AuthUser, unitId: string, tx: Db = db): Promise<boolean> {
    return user.unit === null || createUnitsRepository(tx).isWithin(user.unit.id, unitId);
  }

  /** Another unit's inspection, or a deleted one for a non-admin, does not exist for this user. */
  async function requireVisible(user: AuthUser, id: string, tx: Db = db): Promise<InspectionRecord> {
    const record = await createInspectionsRepository(tx).findById(id);
    if (!record || (record.deletedAt && user.role !== 'admin') || !(await isInScope(user, record.unitId, tx))) {
      throw AppError.notFound('Inspection', id);
    }
    return record;
  }

  /**
   * Every unit the content names must exist, and lie in the user's scope: otherwise an inspector could
   * plant directives or figures on another unit's records and dashboard. The inspected one must exist
   * on the event date. Answers the units, named.
   */
  async function checkReferences(user: AuthUser, content: InspectionContent, tx: Db): Promise<Map<string, NamedUnit>> {
    const named: [path: string, unitId: string][] = [
      ['unitId', content.unitId],
      ...content.sites.map((site, index): [string, string] => [`sites[${index}].unitId`, site.unitId]),
      ...content.figures.flatMap((figure, index): [string, string][] =>
        figure.unitId ? [[`figures[${index}].unitId`, figure.unitId]] : [],
      ),
      ...content.directives.flatMap((directive, index): [string, string][] => [
        [`directives[${index}].leadUnitId`, directive.leadUnitId],
        ...directive.coordinatingUnitIds.map((unitId, unitIndex): [string, string] => [
          `directives[${index}].coordinatingUnitIds[${unitIndex}]`,
          unitId,
        ]),
      ]),
    ];
    const found = await createInspectionsRepository(tx).existingUnits(named.map(([, unitId]) => unitId));
    const issues: ErrorIssue[] = named.flatMap(([path, unitId]) =>
      found.has(unitId) ? [] : [{ path, code: 'unknown_unit', message: `No unit ${unitId}` }],
    );
    const inspected = found.get(content.unitId);
    if (
      inspected &&
      ((inspected.validFrom && content.date < inspected.validFrom) ||
        (inspected.validTo && content.date > inspected.validTo))
    ) {
      const range = `${inspected.validFrom ?? '…'} – ${inspected.validTo ?? '…'}`;
      issues.push({
        path: 'unitId',
        code: 'unit_not_valid_on_date',
        message: `The unit did not exist on ${content.date} (valid ${range})`,
      });
    }
    if (issues.length > 0) throw invalid(issues);
    if (user.unit === null) return found;
    const inScope = await createUnitsRepository(tx).filterWithin(
      user.unit.id,
      named.map(([, unitId]) => unitId),
    );
    const outside = named.filter(([, unitId]) => !inScope.has(unitId));
    if (outside.length > 0) {
      throw new AppError(
        'FORBIDDEN',
        `Outside your scope: ${outside.map(([path]) => path).join(', ')}`,
        outside.map(([path]) => ({ path, code: 'outside_scope', message: 'outside your scope' })),
      );
    }
    return found;
  }

  return {
    async list(context: AuthenticatedContext, query: ListInspectionsQuery): Promise<InspectionList> {
      if (query.deleted && context.user.role !== 'admin')
        throw new AppError('FORBIDDEN', 'Only an admin sees deleted inspections');
      const { rows, total } = await repo.list(query, context.user.unit?.id ?? null);
      return { items: rows.map(toInspectionListItem), total, page: query.page, pageSize: query.pageSize };
    },

    /** The filtered list without paging, for export. */
    async listAll(
      context: AuthenticatedContext,
      query: Omit<ListInspectionsQuery, 'page' | 'pageSize'>,
    ): Promise<InspectionListItem[]> {
      if (query.deleted && context.user.role !== 'admin')
        throw new AppError('FORBIDDEN', 'Only an admin sees deleted inspections');
      const { rows } = await repo.list(query, context.user.unit?.id ?? null);
      return rows.map(toInspectionListItem);
    },

    async get(context: AuthenticatedContext, id: string): Promise<Inspection> {
      return toInspectionDto(await requireVisible(context.user, id));
    },

    async create(context: AuthenticatedContext, body: CreateInspectionBody): Promise<Inspection> {
      const unknownIds = body.directives.flatMap((directive, index) => (directive.id ? [index] : []));
      if (unknownIds.length > 0) {
        throw invalid(
          unknownIds.map((index) => ({
            path: `directives[${index}].id`,
            code: 'unexpected',
            message: 'a new inspection has no directives yet',
          })),
        );
      }
      // The check reads; the write is one statement with the audit event in it, atomic on its own (a
      // transaction around both would see the units no differently under READ COMMITTED; ADR 019).
      // Answered from what was written, not read back: the same as a GET of it (the routes' tests say so).
      const namedUnits = await checkReferences(context.user, body, db);
      const inserted = await createInspectionsRepository(db).insert(body, context.user.id, (id) => [
        auditEventWrite(context, {
          action: 'inspection.created',
          entityType: 'inspection',
          entityId: id,
          after: body,
        }),
      ]);
      const loggedBy = { id: context.user.id, displayName: context.user.displayName };
      return toInspectionDto(insertedRecord(inserted, loggedBy, namedUnits));
    },

    /** Optimistic concurrency: `If-Match` must carry the version the editor saw. */
    async update(
      context: AuthenticatedContext,
      id: string,
      ifMatch: string | undefined,
      body: UpdateInspectionBody,
    ): Promise<Inspection> {
      const expected = parseIfMatch(ifMatch);
      if (expected === undefined)
        throw new AppError('PRECONDITION_REQUIRED', 'Send If-Match with the ETag of the version you edited');
      await db.transaction(async (tx) => {
        const inspections = createInspectionsRepository(tx);
        const current = await inspections.lockVersion(id);
        if (!current || current.deletedAt || !(await isInScope(context.user, current.unitId, tx)))
          throw AppError.notFound('Inspection', id);
        if (current.version !== expected) {
          throw new AppError(
            'PRECONDITION_FAILED',
            'Someone else changed this inspection since you opened it; reload it to see their changes',
          );
        }
        const record = await inspections.findById(id);
        if (!record) throw AppError.notFound('Inspection', id);
        const before = toContent(record);
        const after: InspectionContent = { ...before, ...body };
        const ownDirectives = new Set(record.directives.map((directive) => directive.id));
        const strangers = after.directives.flatMap((directive, index) =>
          directive.id && !ownDirectives.has(directive.id) ? [index] : [],
        );
        if (strangers.length > 0) {
          throw invalid(
            strangers.map((index) => ({
              path: `directives[${index}].id`,
              code: 'unknown_directive',
              message: 'not a directive of this inspection',
            })),
          );
        }
        const kept = new Set(after.directives.map((directive) => directive.id));
        const removed = record.directives
          .filter((directive) => !kept.has(directive.id))
          .map((directive) => directive.id);
        if ((await createDirectivesRepository(tx).withFollowUp(removed)).length > 0) {
          throw new AppError(
            'CONFLICT',
            'A directive that the unit has already answered cannot be removed; keep it in the list',
          );
        }
        await checkReferences(context.user, after, tx);
        await inspections.replace(id, after);
        await recordAuditEvent(tx, context, {
          action: 'inspection.updated',
          entityType: 'inspection',
          entityId: id,
          before,
          after,
        });
      });
      return toInspectionDto(await requireVisible(context.user, id));
    },

    async remove(context: AuthenticatedContext, id: string): Promise<void> {
      await db.transaction(async (tx) => {
        const record = await requireVisible(context.user, id, tx);
        if (record.deletedAt) return;
        await createInspectionsRepository(tx).setDeleted(id, context.user.id);
        await recordAuditEvent(tx, context, { action: 'inspection.deleted', entityType: 'inspection', entityId: id });
      });
    },

    async restore(context: AuthenticatedContext, id: string): Promise<Inspection> {
      await db.transaction(async (tx) => {
        const record = await requireVisible(context.user, id, tx);
        if (!record.deletedAt) return;
        await createInspectionsRepository(tx).setDeleted(id, null);
        await recordAuditEvent(tx, context, { action: 'inspection.restored', entityType: 'inspection', entityId: id });
      });
      return toInspectionDto(await requireVisible(context.user, id));
    },
  };
}
