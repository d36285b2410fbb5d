import { addCatalogue } from '../../lib/i18n';
import { directivesEn } from './en';
import { directivesVi } from './vi';

// Imported for its effect by the directive routes (and the test setup): their text arrives with them.
addCatalogue({ vi: { directives: directivesVi }, en: { directives: directivesEn } });
