import type { ErrorResponse, Unit, UnitDetail, UnitList, UnitRef } from '@partrack/contracts';

let sequence = 0;

/** A valid v4-shaped UUID, different on every call. */
export function nextId(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${sequence.toString(16).padStart(12, '0')}`;
}

export function makeUnit(overrides: Partial<Unit> = {}): Unit {
  return {
    id: nextId(),
    name: 'Huyện Kiến Thụy',
    shortName: 'Kiến Thụy',
    level: 'district',
    parentId: null,
    parent: null,
    code: '313',
    validFrom: null,
    validTo: '2025-06-30',
    childCount: 0,
    ...overrides,
  };
}

/** The reference to a unit that its children carry as `parent`. */
export function toUnitRef({ id, name, level }: Pick<Unit, 'id' | 'name' | 'level'>): UnitRef {
  return { id, name, level };
}

/** A unit inside `parent`, with `parentId` and `parent` kept consistent. */
export function makeChildUnit(parent: Unit, overrides: Partial<Unit> = {}): Unit {
  return makeUnit({ parentId: parent.id, parent: toUnitRef(parent), ...overrides });
}

export function makeUnitDetail(overrides: Partial<UnitDetail> = {}): UnitDetail {
  return { ...makeUnit(), ancestors: [], successors: [], predecessors: [], ...overrides };
}

export function makeUnitList(items: Unit[], overrides: Partial<UnitList> = {}): UnitList {
  return { items, total: items.length, page: 1, pageSize: 20, ...overrides };
}

export function makeErrorResponse(overrides: Partial<ErrorResponse> = {}): ErrorResponse {
  return {
    statusCode: 503,
    code: 'DATABASE_UNAVAILABLE',
    message: 'Database unavailable',
    requestId: 'req-7f3a',
    ...overrides,
  };
}
