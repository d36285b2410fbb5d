import { addCatalogue } from '../../lib/i18n';
import { dashboardEn } from './en';
import { dashboardVi } from './vi';

// Imported for its effect by the dashboard route (and the test setup): its text arrives with it.
addCatalogue({ vi: { dashboard: dashboardVi }, en: { dashboard: dashboardEn } });
