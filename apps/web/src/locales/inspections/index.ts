import { addCatalogue } from '../../lib/i18n';
import { inspectionsEn } from './en';
import { inspectionsVi } from './vi';

// Imported for its effect by the inspection routes (and the test setup): their text arrives with them.
addCatalogue({ vi: { inspections: inspectionsVi }, en: { inspections: inspectionsEn } });
