import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './dates';
import { ruleIssue } from './errors';
import { PageQuerySchema, pageOf } from './pagination';

/** Administrative levels, top to bottom (DOMAIN.md, "Administrative units"). */
export const UnitLevelSchema = z.enum(['province', 'department', 'district', 'commune']);
export type UnitLevel = z.infer<typeof UnitLevelSchema>;
export const unitLevels = UnitLevelSchema.options;

export const UnitRefSchema = z.object({
  id: IdSchema,
  name: z.string(),
  level: UnitLevelSchema,
});
export type UnitRef = z.infer<typeof UnitRefSchema>;

export const UnitSchema = z.object({
  id: IdSchema,
  /** Full official name, with its designation: "Huyện Kiến Thụy". */
  name: z.string(),
  /** The proper name alone: "Kiến Thụy". */
  shortName: z.string(),
  level: UnitLevelSchema,
  parentId: IdSchema.nullable(),
  /** The parent's name and level, so a list tells apart the many "Phường 1". */
  parent: UnitRefSchema.nullable(),
  /** Official administrative code (mã đơn vị hành chính), unique when present. */
  code: z.string().nullable(),
  /** First day the unit existed as recorded; null when it predates our records. */
  validFrom: IsoDateSchema.nullable(),
  /** Last day the unit existed; null while it still exists. */
  validTo: IsoDateSchema.nullable(),
  childCount: z.number().int().min(0),
});
export type Unit = z.infer<typeof UnitSchema>;

export const UnitSuccessionSchema = z.object({
  unit: UnitRefSchema,
  effectiveOn: IsoDateSchema,
  note: z.string().nullable(),
});
export type UnitSuccession = z.infer<typeof UnitSuccessionSchema>;

export const UnitDetailSchema = UnitSchema.extend({
  /** From the root down to the parent. */
  ancestors: z.array(UnitRefSchema),
  successors: z.array(UnitSuccessionSchema),
  predecessors: z.array(UnitSuccessionSchema),
});
export type UnitDetail = z.infer<typeof UnitDetailSchema>;

export const ROOT_PARENT = 'root';

export const ListUnitsQuerySchema = PageQuerySchema.extend({
  level: UnitLevelSchema.optional(),
  /** A unit id, or `root` for units without a parent. */
  parentId: z.union([IdSchema, z.literal(ROOT_PARENT)]).optional(),
  /** Only units that existed on this date. */
  validOn: IsoDateSchema.optional(),
  /** Case- and diacritic-insensitive search in the name and code. */
  q: z.string().trim().max(100).optional(),
});
export type ListUnitsQuery = z.infer<typeof ListUnitsQuerySchema>;
export type ListUnitsQueryInput = z.input<typeof ListUnitsQuerySchema>;

export const UnitListSchema = pageOf(UnitSchema);
export type UnitList = z.infer<typeof UnitListSchema>;

/** Whether a unit existed on a date; open ends are unbounded. */
export function isUnitValidOn(unit: Pick<Unit, 'validFrom' | 'validTo'>, date: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= date) && (unit.validTo === null || date <= unit.validTo);
}

const UnitFieldsSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  shortName: z.string().trim().min(1).max(200),
  level: UnitLevelSchema,
  parentId: IdSchema.nullable(),
  code: z.string().trim().min(1).max(20).nullable(),
  validFrom: IsoDateSchema.nullable(),
  validTo: IsoDateSchema.nullable(),
});

const validRange = (unit: { validFrom?: string | null; validTo?: string | null }) =>
  !unit.validFrom || !unit.validTo || unit.validFrom <= unit.validTo;
const validRangeRule = ruleIssue('before_start', 'must not be before validFrom', ['validTo']);

/** Admin only. Strict: no id, timestamps or search columns can be sent. */
export const CreateUnitBodySchema = UnitFieldsSchema.extend({
  parentId: IdSchema.nullable().default(null),
  code: UnitFieldsSchema.shape.code.default(null),
  validFrom: IsoDateSchema.nullable().default(null),
  validTo: IsoDateSchema.nullable().default(null),
}).refine(validRange, validRangeRule);
export type CreateUnitBody = z.infer<typeof CreateUnitBodySchema>;

export const UpdateUnitBodySchema = UnitFieldsSchema.partial()
  .refine((body) => Object.keys(body).length > 0, ruleIssue('nothing_to_change', 'nothing to change'))
  .refine(validRange, validRangeRule);
export type UpdateUnitBody = z.infer<typeof UpdateUnitBodySchema>;
