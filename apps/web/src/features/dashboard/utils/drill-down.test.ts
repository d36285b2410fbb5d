import { describe, expect, it } from 'vitest';
import { directivesHref, inspectionsHref } from './drill-down';

const unitId = '0190a2b3-0000-7000-8000-000000000001';

describe('inspectionsHref', () => {
  it('opens the inspection list on the unit and the period, in the parameters the list reads', () => {
    const href = inspectionsHref({ unitId, from: '2015-01-01', to: '2021-12-31' });
    expect(href).toBe(`/inspections?unit=${unitId}&from=2015-01-01&to=2021-12-31`);
  });

  it('leaves out what is not given', () => {
    expect(inspectionsHref({ unitId })).toBe(`/inspections?unit=${unitId}`);
    expect(inspectionsHref({})).toBe('/inspections');
  });
});

describe('directivesHref', () => {
  it("opens the directive list on the unit's bucket, given in the dashboard's period", () => {
    const href = directivesHref({ unitId, assignedFrom: '2015-01-01', assignedTo: '2021-12-31' }, 'open_overdue');
    const url = new URL(href, 'http://localhost');
    expect(url.pathname).toBe('/directives');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      bucket: 'open_overdue',
      unit: unitId,
      assignedFrom: '2015-01-01',
      assignedTo: '2021-12-31',
    });
  });

  it('says "every bucket" explicitly, since a leader\'s list otherwise opens on the overdue ones', () => {
    expect(directivesHref({ unitId }, null)).toBe(`/directives?bucket=all&unit=${unitId}`);
  });
});
