import {
  type CreateUnitBody,
  type ErrorIssue,
  type ListUnitsQuery,
  type Unit,
  type UnitDetail,
  type UnitLevel,
  type UnitList,
  type UpdateUnitBody,
  unitLevels,
} from '@partrack/contracts';
import type { Db } from '../../db/database';
import { AppError } from '../../lib/app-error';
import type { AuthenticatedContext } from '../../lib/request-context';
import { recordAuditEvent } from '../audit-events/audit-trail';
import { createUnitsRepository, type UnitRowWithChildCount } from './units.repository';

export function toUnitDto(row: UnitRowWithChildCount): Unit {
  return {
    id: row.id,
    name: row.name,
    shortName: row.shortName,
    level: row.level,
    parentId: row.parentId,
    parent: row.parent,
    code: row.code,
    validFrom: row.validFrom,
    validTo: row.validTo,
    childCount: row.childCount,
  };
}

function invalid(path: string, code: string, message: string): AppError {
  const issue: ErrorIssue = { path, code, message };
  return new AppError(code === 'taken' ? 'CONFLICT' : 'VALIDATION_FAILED', `Invalid body: ${path}`, [issue]);
}

const rankOf = (level: UnitLevel) => unitLevels.indexOf(level);

export function createUnitsService({ db }: { db: Db }) {
  const repo = createUnitsRepository(db);

  async function requireUnit(id: string): Promise<UnitDetail> {
    const row = await repo.findById(id);
    if (!row) throw AppError.notFound('Unit', id);
    const ancestors = await repo.findAncestors(id);
    const { successors, predecessors } = await repo.findSuccessions(id);
    return { ...toUnitDto(row), ancestors, successors, predecessors };
  }

  /** The rules a unit must keep whatever changes: parent above it, no cycle, a unique code. */
  async function checkPlacement(
    tx: Db,
    unit: { id?: string; level: UnitLevel; parentId: string | null; code: string | null },
  ) {
    const units = createUnitsRepository(tx);
    if (unit.parentId) {
      const parent = await units.findById(unit.parentId);
      if (!parent) throw invalid('parentId', 'unknown_unit', `No unit ${unit.parentId}`);
      if (rankOf(parent.level) >= rankOf(unit.level)) {
        throw invalid('parentId', 'level_order', `A ${unit.level} cannot sit under a ${parent.level}`);
      }
      if (unit.id && (await units.isWithin(unit.id, unit.parentId))) {
        throw invalid('parentId', 'cycle', 'A unit cannot sit under itself or its own descendants');
      }
    }
    if (unit.code) {
      const holder = await units.codeTakenBy(unit.code);
      if (holder && holder !== unit.id) throw invalid('code', 'taken', `The code ${unit.code} belongs to another unit`);
    }
  }

  return {
    async list(query: ListUnitsQuery): Promise<UnitList> {
      const { rows, total } = await repo.list(query);
      return { items: rows.map(toUnitDto), total, page: query.page, pageSize: query.pageSize };
    },

    get: requireUnit,

    async create(context: AuthenticatedContext, body: CreateUnitBody): Promise<UnitDetail> {
      const id = await db.transaction(async (tx) => {
        await checkPlacement(tx, body);
        const row = await createUnitsRepository(tx).insert(body);
        await recordAuditEvent(tx, context, {
          action: 'unit.created',
          entityType: 'unit',
          entityId: row.id,
          after: body,
        });
        return row.id;
      });
      return requireUnit(id);
    },

    async update(context: AuthenticatedContext, id: string, body: UpdateUnitBody): Promise<UnitDetail> {
      await db.transaction(async (tx) => {
        const units = createUnitsRepository(tx);
        const before = await units.findById(id);
        if (!before) throw AppError.notFound('Unit', id);
        const merged = { ...before, ...body };
        if (merged.validFrom && merged.validTo && merged.validFrom > merged.validTo) {
          throw invalid('validTo', 'before_start', 'must not be before validFrom');
        }
        await checkPlacement(tx, { id, level: merged.level, parentId: merged.parentId, code: merged.code });
        await units.update(before, body);
        await recordAuditEvent(tx, context, {
          action: 'unit.updated',
          entityType: 'unit',
          entityId: id,
          before: toUnitDto(before),
          after: toUnitDto({ ...before, ...body }),
        });
      });
      return requireUnit(id);
    },
  };
}
