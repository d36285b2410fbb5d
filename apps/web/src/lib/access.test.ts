import { describe, expect, it } from 'vitest';
import { canAdminister, canEditInspections, homePathOf } from './access';

describe('homePathOf', () => {
  it('sends leaders to the dashboard, unit officers to their directives and everyone else to the inspections', () => {
    expect(homePathOf({ role: 'unit_officer' })).toBe('/directives');
    expect(homePathOf({ role: 'inspector' })).toBe('/inspections');
    expect(homePathOf({ role: 'leader' })).toBe('/dashboard');
    expect(homePathOf({ role: 'admin' })).toBe('/inspections');
  });
});

describe('what each role is offered', () => {
  it('offers administration to administrators and inspection editing to administrators and inspectors', () => {
    expect(canAdminister({ role: 'admin' })).toBe(true);
    expect(canAdminister({ role: 'inspector' })).toBe(false);
    expect(canEditInspections({ role: 'inspector' })).toBe(true);
    expect(canEditInspections({ role: 'leader' })).toBe(false);
    expect(canEditInspections(null)).toBe(false);
  });
});
