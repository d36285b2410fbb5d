import '../../locales/inspections';
import { useParams } from 'react-router';
import { EditInspectionScreen } from '../../features/inspections/screens/edit-inspection-screen';

export function Component() {
  const { id = '' } = useParams();
  // Keyed by id: another inspection is another form.
  return <EditInspectionScreen key={id} id={id} />;
}
