import type { QueryClient } from '@tanstack/react-query';
import { lazy, useState, type ReactNode } from 'react';
import { Outlet, useRoutes, type RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { paths } from '../config/paths';
import { can, routePermissions, type GuardedRoute } from '../config/permissions';
import { loadNamespaces, type LazyNamespace } from '../lib/i18n';
import { useSession } from '../lib/session';
import { Layout } from './Layout';
import { PublicLayout, PublicShell } from './PublicLayout';
import { ForbiddenPage, NotFoundPage, RouteErrorBoundary } from './pages';

type LazyModule = Promise<{ default: React.ComponentType }>;

/** Starts fetching a page's data from its address. */
export type RouteDataFetch = (
  queryClient: QueryClient,
  search: URLSearchParams,
) => Promise<unknown>;

/**
 * What `preloadRouteCode` finds on a route: how to start loading its code; and, for a page whose
 * data the URL alone describes, how to load the code that starts fetching it (see
 * `prefetchRouteData`).
 */
export interface RouteHandle {
  preload: () => Promise<unknown>;
  prefetch?: () => Promise<RouteDataFetch>;
}

/**
 * A route's code and the translation namespaces it uses, loaded together on demand. The component is
 * a React.lazy one, not the router's `lazy`: the layout (header, navigation, banners) renders at once
 * and the page appears in it when its code has come (the layouts hold the Suspense boundary), instead
 * of the whole screen waiting for the page's code.
 */
function page(
  load: () => LazyModule,
  namespaces: readonly LazyNamespace[] = [],
  prefetch?: RouteHandle['prefetch'],
): Pick<RouteObject, 'element' | 'handle'> {
  // One promise for the start-up's preload and the page itself: the page finds its code loading
  // (or loaded) rather than asking again.
  let loading: LazyModule | undefined;
  let loaded: React.ComponentType | undefined;
  const preload = () =>
    (loading ??= Promise.all([load(), loadNamespaces(namespaces)]).then(([mod]) => {
      loaded = mod.default;
      return mod;
    }));
  const Lazy = lazy(preload);
  // A page whose code has already come renders at once: React.lazy would suspend it for a moment
  // all the same (it learns of the loaded code only from the promise), showing the loader. Chosen
  // once per page shown, so that the page is never swapped for another component while shown.
  function Page() {
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded /> : <Lazy />;
  }
  return { element: <Page />, handle: { preload, prefetch } satisfies RouteHandle };
}

function Guard({ route, children }: { route: GuardedRoute; children?: ReactNode }) {
  const { user } = useSession();
  if (!can(user.role, routePermissions[route])) return <ForbiddenPage />;
  return children ?? <Outlet />;
}

/**
 * A signed-in route: its permission checked, its own error boundary, its code loaded on demand.
 * `path` is a pattern of `paths.ts`; the home page is the layout's index route.
 */
function guarded(
  route: GuardedRoute,
  path: string,
  load: () => LazyModule,
  namespaces: readonly LazyNamespace[] = [],
  prefetch?: RouteHandle['prefetch'],
): RouteObject {
  const child: RouteObject = path === paths.home ? { index: true } : { path };
  return {
    element: (
      <RouteErrorBoundary>
        <Guard route={route} />
      </RouteErrorBoundary>
    ),
    children: [{ ...child, ...page(load, namespaces, prefetch) }],
  };
}

export const routes: RouteObject[] = [
  {
    element: (
      <RouteErrorBoundary>
        <PublicLayout />
      </RouteErrorBoundary>
    ),
    children: [
      { path: paths.login, ...page(() => import('../features/auth/routes/LoginRoute')) },
      {
        path: paths.publicNoticePattern,
        ...page(() => import('../features/notices/routes/PublicNoticeRoute'), ['notices']),
      },
    ],
  },
  {
    element: (
      <RouteErrorBoundary>
        <RequireAuth frame={(content) => <PublicShell>{content}</PublicShell>}>
          <Layout />
        </RequireAuth>
      </RouteErrorBoundary>
    ),
    children: [
      guarded('home', paths.home, () => import('../features/dashboard/routes/DashboardRoute')),
      guarded(
        'accountNew',
        paths.accountNew,
        () => import('../features/policy/routes/NewAccountRoute'),
        ['policy'],
      ),
      guarded(
        'accounts',
        paths.accounts,
        () => import('../features/accounts/routes/AccountsRoute'),
        ['accounts'],
        () => import('../features/accounts/api/prefetch-list').then((m) => m.prefetchAccountList),
      ),
      guarded(
        'account',
        paths.accountDetail,
        () => import('../features/accounts/routes/AccountRoute'),
        ['accounts'],
      ),
      guarded('guide', paths.guide, () => import('../features/policy/routes/GuideRoute'), [
        'policy',
      ]),
      guarded('notices', paths.notices, () => import('../features/notices/routes/NoticesRoute'), [
        'notices',
      ]),
      guarded(
        'noticeNew',
        paths.noticeNew,
        () => import('../features/notices/routes/NoticeNewRoute'),
        ['notices'],
      ),
      guarded(
        'notice',
        paths.noticeDetail,
        () => import('../features/notices/routes/NoticeRoute'),
        ['notices'],
      ),
      guarded(
        'noticeEdit',
        paths.noticeEditPattern,
        () => import('../features/notices/routes/NoticeEditRoute'),
        ['notices'],
      ),
      guarded(
        'noticePrint',
        paths.noticePrintPattern,
        () => import('../features/notices/routes/NoticePrintRoute'),
        ['notices'],
      ),
      guarded('audit', paths.audit, () => import('../features/audit/routes/AuditRoute'), ['audit']),
      guarded('imports', paths.imports, () => import('../features/imports/routes/ImportsRoute'), [
        'imports',
      ]),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * The route table, rendered under the app's router (`BrowserRouter`; `MemoryRouter` in tests). Not
 * a data router: the app loads no data through the router, and its declarative router is about
 * 17 KiB (gzip) less code to download on every first visit.
 */
export function AppRoutes() {
  return useRoutes(routes);
}
