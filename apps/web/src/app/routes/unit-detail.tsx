import '../../locales/unit-history';
import { useParams } from 'react-router';
import { UnitDetailScreen } from '../../features/units/screens/unit-detail-screen';

export function Component() {
  const { id = '' } = useParams();
  return <UnitDetailScreen id={id} />;
}
