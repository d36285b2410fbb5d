import { addCatalogue } from '../../lib/i18n';
import { unitHistoryEn } from './en';
import { unitHistoryVi } from './vi';

// Imported for its effect by the unit page's route (and the test setup): its text arrives with it.
addCatalogue({ vi: { unitHistory: unitHistoryVi }, en: { unitHistory: unitHistoryEn } });
