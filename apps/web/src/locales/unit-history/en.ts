import type { UnitHistoryCatalogue } from './vi';

export const unitHistoryEn: UnitHistoryCatalogue = {
  inspections: 'Inspections',
  inspectionsHint: 'Of the unit and the units below it, oldest first.',
  inspectionsEmpty: 'No inspection yet.',
  inspectionsAll: 'Open the list of {{count}} inspections',
  directiveCount: '{{count}} directives',
  overdueCount: '{{count}} overdue',
  figures: 'Dossiers resolved on time, by year',
  figuresHint: 'Computed from the dossier counts of all tiers; a year without figures says “not reported”.',
  figuresCaption: 'On-time dossier rate by year',
  year: 'Year',
  rate: 'Rate',
  counts: 'On time / resolved',
  notReported: 'not reported',
  reported: '(reported figure)',
  percent: '{{value}}%',
  directives: 'Directives by status',
  directivesEmpty: 'No directive yet.',
  directivesAll: 'All {{count}} directives',
  bucketLink: '{{bucket}}: {{count}}',
};
