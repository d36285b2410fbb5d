import { Outlet } from 'react-router';
import { canAdminister } from '../../lib/access';
import { useSession } from '../../lib/session';
import { NoPermission } from './no-permission';

/** Administration screens: anyone else sees a "no permission" page, and no admin request is ever sent. */
export function RequireAdmin() {
  const { user } = useSession();
  return canAdminister(user) ? <Outlet /> : <NoPermission />;
}
