import '../../locales/inspections';
import { ReportImportScreen } from '../../features/inspections/screens/report-import-screen';

export function Component() {
  return <ReportImportScreen />;
}
