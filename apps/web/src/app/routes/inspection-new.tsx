import '../../locales/inspections';
import { CreateInspectionScreen } from '../../features/inspections/screens/create-inspection-screen';

export function Component() {
  return <CreateInspectionScreen />;
}
