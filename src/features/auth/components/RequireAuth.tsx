import Box from '@mui/material/Box';
import { useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { onUnauthorized } from '../../../api/client';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { loginPath, paths } from '../../../config/paths';
import { SessionContext, type SessionValue } from '../../../lib/session';
import { meQueryKey, useMe } from '../api/get-me';
import { useLogout } from '../api/logout';

/** Session flag read by the sign-in page to explain why the user is there. */
export const EXPIRED_FLAG = 'vneid.sessionExpired';

function markSessionExpired() {
  try {
    sessionStorage.setItem(EXPIRED_FLAG, '1');
  } catch {
    // Storage unavailable: the redirect still happens.
  }
}

/**
 * Guards every signed-in route. When any call answers 401 (the session expired), the user goes to
 * sign-in with the current address as `next`, and comes back to it afterwards.
 */
export function RequireAuth({
  children,
  frame = (content) => <Box sx={{ p: 3 }}>{content}</Box>,
}: {
  children: ReactNode;
  /**
   * What surrounds the session check's loader and error: a header of its own, so that the demo
   * panel stays in reach when the session cannot be asked for (the demo's "offline" scenario).
   */
  frame?: (content: ReactNode) => ReactNode;
}) {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logout = useLogout();
  const here = `${location.pathname}${location.search}${location.hash}`;

  useEffect(
    () =>
      onUnauthorized(() => {
        markSessionExpired();
        queryClient.setQueryData(meQueryKey, null);
        void navigate(loginPath(here), { replace: true });
      }),
    [navigate, queryClient, here],
  );
  // The session can also be found gone by the session check itself (`/auth/me` answering 401 when
  // the page's data is refetched): if a user was signed in here and did not sign out, it expired.
  // (Marked in an effect, which runs before the sign-in page renders. A state update while
  // rendering here had delayed the first page by React's 300 ms throttle on suspended content.)
  const hadUser = useRef(false);
  useEffect(() => {
    if (me.data) hadUser.current = true;
    else if (me.data === null && hadUser.current && logout.isIdle) markSessionExpired();
  }, [me.data, logout.isIdle]);

  // The session arriving (in the demo, after the app has rendered) shows the whole signed-in layout.
  // A query's update renders at once, in one block of the main thread; deferred, the layout renders
  // in slices, leaving the thread free between them, and the loader stays until then. Only the
  // arrival is deferred: a session that ends takes the layout away at once.
  const arrived = useDeferredValue(Boolean(me.data));
  const user = arrived ? me.data : undefined;
  const value = useMemo<SessionValue | null>(
    () =>
      user
        ? {
            user,
            signOut: async () => {
              await logout.mutateAsync();
              void navigate(paths.login, { replace: true });
            },
          }
        : null,
    [user, logout, navigate],
  );

  if (me.isPending || (me.data && !arrived)) {
    return <PageLoader />;
  }
  // A failed check with no user known yet; a user already known stays signed in while a later
  // check fails (the pages say what they could not load).
  if (me.isError && !me.data) {
    return frame(<QueryError error={me.error} onRetry={() => void me.refetch()} />);
  }
  if (!value) return <Navigate to={loginPath(here)} replace />;
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
