import { describe, expect, it } from 'vitest';
import { createRandom, generateInspections, generateUnits, SHAPES } from './scale-data';

describe('the benchmark data set', () => {
  const tree = generateUnits('national', createRandom(1), '2026-11');
  const before = (level: string) =>
    tree.units.filter((unit) => unit.level === level && unit.valid_from === null).length;
  const after = (level: string) => tree.units.filter((unit) => unit.level === level && unit.valid_to === null).length;

  it('has the national shape before and after 01/07/2025', () => {
    expect([before('province'), before('district'), before('commune')]).toEqual([63, 696, 10_035]);
    expect([after('province'), after('district'), after('commune')]).toEqual([34, 0, 3_321]);
    expect(tree.units.every((unit) => unit.valid_to === null || unit.valid_to === '2025-06-30')).toBe(true);
  });

  it('links every merged province and every old commune to its successor', () => {
    const ids = new Map(tree.units.map((unit) => [unit.id, unit]));
    const successorOf = new Map(tree.successions.map((link) => [link.predecessor_id, ids.get(link.successor_id)]));
    const oldCommunes = tree.units.filter((unit) => unit.level === 'commune' && unit.valid_to === '2025-06-30');
    expect(oldCommunes.every((unit) => successorOf.get(unit.id)?.valid_from === '2025-07-01')).toBe(true);
    // 52 provinces merged into 23 new ones; 11 kept their borders and have no successor.
    expect(tree.successions.filter((link) => ids.get(link.predecessor_id)?.level === 'province')).toHaveLength(52);
  });

  it('is the same for the same seed, and another for another', () => {
    const again = generateUnits('national', createRandom(1), '2026-11');
    expect(again.units.map((unit) => unit.id)).toEqual(tree.units.map((unit) => unit.id));
    expect(generateUnits('national', createRandom(2), '2026-11').units[0]?.id).not.toBe(tree.units[0]?.id);
  });

  it('gives inspections of units in force on their day, with directives in all four buckets', () => {
    const province = generateUnits('province', createRandom(7), '2026-11');
    const plans = generateInspections(province, SHAPES.province.inspections, createRandom(8), '2026-12-02');
    expect(plans).toHaveLength(320);
    const unitOf = new Map(province.units.map((unit) => [unit.id, unit]));
    for (const plan of plans) {
      const unit = unitOf.get(plan.unitId);
      expect(!unit?.valid_from || unit.valid_from <= plan.date).toBe(true);
      expect(!unit?.valid_to || plan.date <= unit.valid_to).toBe(true);
    }
    const directives = plans.flatMap((plan) => plan.directives);
    const asOf = '2026-12-02';
    const buckets = new Set(
      directives.map((d) =>
        d.completedOn
          ? d.completedOn <= d.dueDate
            ? 'done_on_time'
            : 'done_late'
          : d.dueDate < asOf
            ? 'open_overdue'
            : 'open_within_deadline',
      ),
    );
    expect([...buckets].sort()).toEqual(['done_late', 'done_on_time', 'open_overdue', 'open_within_deadline']);
  });
});
