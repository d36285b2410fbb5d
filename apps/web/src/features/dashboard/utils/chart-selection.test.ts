import { describe, expect, it } from 'vitest';
import { ends, topBy } from './chart-selection';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('chart selection', () => {
  it('draws every unit up to the limit', () => {
    expect(ends(numbers(30))).toEqual({ shown: numbers(30), hiddenCount: 0 });
    expect(topBy(numbers(5), (value) => value)).toEqual({ shown: [1, 2, 3, 4, 5], hiddenCount: 0 });
  });

  it('draws the best and the worst fifteen of a national ranking, in order', () => {
    const { shown, hiddenCount } = ends(numbers(696));
    expect(shown).toEqual([...numbers(15), ...numbers(696).slice(-15)]);
    expect(hiddenCount).toBe(666);
  });

  it('draws the units with the highest score, keeping the given order among equals', () => {
    const units = [
      { name: 'a', overdue: 1 },
      { name: 'b', overdue: 5 },
      { name: 'c', overdue: 5 },
      { name: 'd', overdue: 0 },
    ];
    expect(topBy(units, (unit) => unit.overdue, 3)).toEqual({
      shown: [units[1], units[2], units[0]],
      hiddenCount: 1,
    });
  });
});
