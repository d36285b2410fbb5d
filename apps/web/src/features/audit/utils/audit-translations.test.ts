import { AuditActionSchema, AuditEntityTypeSchema } from '@partrack/contracts';
import { describe, expect, it } from 'vitest';
import { en } from '../../../locales/en';
import { vi } from '../../../locales/vi';

// The audit screen shows every action and entity type through the catalogue: a value the contract
// gains without words here would reach the reader as a raw code.
describe.each([
  ['vi', vi],
  ['en', en],
])('the %s catalogue', (_, catalogue) => {
  it.each(AuditActionSchema.options)('names the action %s', (action) => {
    expect(catalogue.audit.actions[action]).toMatch(/\S/);
  });

  it.each(AuditEntityTypeSchema.options)('names the entity type %s', (entityType) => {
    expect(catalogue.audit.entityTypes[entityType]).toMatch(/\S/);
  });
});
