import { Navigate, Outlet, useLocation } from 'react-router';
import { paths } from '../../lib/paths';
import { useSession } from '../../lib/session';
import { RouteLoading } from './route-loading';

/** What the sign-in page returns to once the reader has signed in. */
export interface SignInRedirectState {
  from?: { pathname: string; search: string; hash: string };
}

/**
 * Every screen but the sign-in page sits behind this: nothing renders (and so nothing is fetched)
 * until the session is known. Signed out, the reader goes to the sign-in page, which brings them back
 * here afterwards, unless they signed out themselves.
 */
export function RequireSession() {
  const { status, endReason } = useSession();
  const location = useLocation();

  if (status === 'restoring') return <RouteLoading />;
  if (status === 'signedOut') {
    const state: SignInRedirectState | undefined =
      endReason === 'signedOut'
        ? undefined
        : { from: { pathname: location.pathname, search: location.search, hash: location.hash } };
    return <Navigate to={paths.login} replace state={state} />;
  }
  return <Outlet />;
}
