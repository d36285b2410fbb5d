import { Navigate } from 'react-router';
import { homePathOf } from '../../lib/access';
import { useSession } from '../../lib/session';

/** `/`: each role's home (leaders the dashboard, unit officers their directives, everyone else the inspections). */
export function Home() {
  const { user } = useSession();
  return <Navigate to={homePathOf(user)} replace />;
}
