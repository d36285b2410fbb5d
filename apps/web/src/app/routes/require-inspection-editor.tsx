import { Outlet } from 'react-router';
import { canEditInspections } from '../../lib/access';
import { useSession } from '../../lib/session';
import { NoPermission } from './no-permission';

/** Logging and editing inspections: leaders and unit officers read only, and see "no permission" here. */
export function RequireInspectionEditor() {
  const { user } = useSession();
  return canEditInspections(user) ? <Outlet /> : <NoPermission />;
}
