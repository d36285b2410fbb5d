import '../../locales/dossier-import';
import { DossierImportScreen } from '../../features/dossier-import/screens/dossier-import-screen';

/** `/imports/dossier-stats`: one-stop statistics into dashboard figures (inspectors and admins). */
export function Component() {
  return <DossierImportScreen />;
}
