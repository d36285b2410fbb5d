import '../../locales/inspections';
import { useParams } from 'react-router';
import { InspectionDetailScreen } from '../../features/inspections/screens/inspection-detail-screen';
import { useInspectionNotice } from './inspection-notice';

export function Component() {
  const { id = '' } = useParams();
  const { notice, onNoticeClose } = useInspectionNotice();
  return <InspectionDetailScreen id={id} notice={notice} onNoticeClose={onNoticeClose} />;
}
