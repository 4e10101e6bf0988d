import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes } from 'react-router-dom';
import { meQueryOptions } from '../features/auth/api/get-me';
import { scopeSummaryQueryOptions } from '../features/policy/api/get-scope-summary';
import { policyState } from '../features/policy/api/policy-state';
import { can } from '../config/permissions';
import { policyQueryOptions } from '../lib/policy';
import { unitsQueryOptions } from '../lib/units';
import { loadPinnedNoticeBanner } from './pinned-notice';
import { routes, type RouteHandle } from './router';

/** The handles of the routes that match `pathname` (see `RouteHandle`). */
export function routeHandles(pathname: string): RouteHandle[] {
  return (matchRoutes(routes, pathname) ?? [])
    .map(({ route }) => route.handle as RouteHandle | undefined)
    .filter((h) => h !== undefined);
}

/**
 * Start loading the code of the matched routes now, before the first render (the pages ask for the
 * same promise later), so that the route chunks download while the app starts instead of after it.
 * Resolves when they have come (or failed).
 */
export function preloadRouteCode(handles: readonly RouteHandle[]): Promise<unknown> {
  // Errors surface when the page renders (its error boundary); nothing to report twice.
  return Promise.all(handles.map((h) => h.preload().catch(() => undefined)));
}

/**
 * Ask for the session now, in parallel with the route's code, rather than after it, and then for
 * the unit names; and for the (public) policy, whose banner would otherwise push the page down
 * after the first paint (layout shift). Once the deadline has passed, the banner on every
 * signed-in page counts the accounts left in the user's scope: ask for that count as soon as both
 * are known, not once the banner has rendered without it (its text would change, late, as the
 * largest paint of the page). Resolves once every request it made has settled.
 */
export function prefetchSession(queryClient: QueryClient): Promise<void> {
  const me = queryClient.fetchQuery(meQueryOptions);
  // The unit names every signed-in page shows (the layout, the lists): fetched with the session, so
  // that they are there for the first render instead of rendering the page a second time.
  const units = me
    .then((user) => (user ? queryClient.prefetchQuery(unitsQueryOptions) : undefined))
    .catch(() => undefined);
  // The pinned-notice banner, the largest thing on most first screens: its code and the notices
  // with the session, not after the first page has rendered (its query would start only once the
  // layout's deferred render committed, a second after the first paint on a desktop).
  const notices = me
    .then((user) =>
      user && can(user.role, 'notices:view')
        ? Promise.all([
            loadPinnedNoticeBanner(),
            import('../features/notices/api/list-notices').then((m) =>
              queryClient.prefetchQuery(m.noticesQueryOptions('')),
            ),
          ])
        : undefined,
    )
    .catch(() => undefined);
  const summary = Promise.all([me, queryClient.fetchQuery(policyQueryOptions)])
    .then(([user, policy]) => {
      const state = policyState(policy);
      if (user && state.citizenCreationRemoved && state.deadlinePassed) {
        return queryClient.prefetchQuery(scopeSummaryQueryOptions);
      }
    })
    // Signed out, or the pages report their own errors.
    .catch(() => undefined);
  return Promise.all([units, notices, summary]).then(() => undefined);
}

/**
 * Once the session is known to be valid, start fetching the data of the page being opened, if its
 * route says how (the data of a signed-in page would otherwise wait for the page's code to arrive
 * and render). A signed-out visitor is sent to sign in instead, and nothing is fetched. Resolves
 * once every request it made has settled.
 */
export function prefetchRouteData(
  queryClient: QueryClient,
  location: Location,
  handles: readonly RouteHandle[] = routeHandles(location.pathname),
): Promise<void> {
  const prefetches = handles.map((h) => h.prefetch).filter((p) => p !== undefined);
  if (!prefetches.length) return Promise.resolve();
  // The code that fetches loads while the session is checked.
  const fetches = Promise.all(prefetches.map((load) => load()));
  return (
    Promise.all([queryClient.fetchQuery(meQueryOptions), fetches])
      .then(([user, fetchers]) => {
        if (!user) return;
        const search = new URLSearchParams(location.search);
        return Promise.all(fetchers.map((fetch) => fetch(queryClient, search)));
      })
      .then(() => undefined)
      // Not signed in, or the page fetches for itself and reports its own errors.
      .catch(() => undefined)
  );
}
