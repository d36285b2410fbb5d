import { addCatalogue } from '../../lib/i18n';
import { dossierImportEn } from './en';
import { dossierImportVi } from './vi';

// Imported for its effect by the import route (and the test setup): its text arrives with it.
addCatalogue({ vi: { dossierImport: dossierImportVi }, en: { dossierImport: dossierImportEn } });
