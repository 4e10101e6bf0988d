import type { ReactNode } from 'react';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router-dom';
import { PageLoader } from '../components/PageLoader';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { can, routePermissions, type GuardedRoute } from '../config/permissions';
import { loadNamespaces, type LazyNamespace } from '../lib/i18n';
import { useSession } from '../lib/session';
import { Layout } from './Layout';
import { PublicLayout } from './PublicLayout';
import { ForbiddenPage, NotFoundPage, RouteErrorPage } from './pages';

type LazyModule = Promise<{ default: React.ComponentType }>;

/** A route's code and the translation namespaces it uses, loaded together. */
const page =
  (load: () => LazyModule, namespaces: readonly LazyNamespace[] = []) =>
  async () => {
    const [mod] = await Promise.all([load(), loadNamespaces(namespaces)]);
    return { Component: mod.default };
  };

function Guard({ route, children }: { route: GuardedRoute; children?: ReactNode }) {
  const { user } = useSession();
  if (!can(user.role, routePermissions[route])) return <ForbiddenPage />;
  return children ?? <Outlet />;
}

/** A signed-in route: its permission checked, its own error boundary, its code loaded on demand. */
function guarded(
  route: GuardedRoute,
  path: string | undefined,
  load: () => LazyModule,
  namespaces: readonly LazyNamespace[] = [],
): RouteObject {
  const child: RouteObject = path === undefined ? { index: true } : { path };
  return {
    element: <Guard route={route} />,
    errorElement: <RouteErrorPage />,
    children: [{ ...child, lazy: page(load, namespaces) }],
  };
}

export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <PageLoader />,
    children: [
      { path: '/login', lazy: page(() => import('../features/auth/routes/LoginRoute')) },
      {
        path: '/public/notices/:id',
        lazy: page(() => import('../features/notices/routes/PublicNoticeRoute'), ['notices']),
      },
    ],
  },
  {
    element: (
      <RequireAuth>
        <Layout />
      </RequireAuth>
    ),
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <PageLoader />,
    children: [
      guarded('home', undefined, () => import('../features/dashboard/routes/DashboardRoute')),
      guarded(
        'accountNew',
        'accounts/new',
        () => import('../features/policy/routes/NewAccountRoute'),
        ['policy'],
      ),
      guarded('accounts', 'accounts', () => import('../features/accounts/routes/AccountsRoute'), [
        'accounts',
      ]),
      guarded('account', 'accounts/:id', () => import('../features/accounts/routes/AccountRoute'), [
        'accounts',
      ]),
      guarded('guide', 'guide', () => import('../features/policy/routes/GuideRoute'), ['policy']),
      guarded('notices', 'notices', () => import('../features/notices/routes/NoticesRoute'), [
        'notices',
      ]),
      guarded(
        'noticeNew',
        'notices/new',
        () => import('../features/notices/routes/NoticeNewRoute'),
        ['notices'],
      ),
      guarded('notice', 'notices/:id', () => import('../features/notices/routes/NoticeRoute'), [
        'notices',
      ]),
      guarded(
        'noticeEdit',
        'notices/:id/edit',
        () => import('../features/notices/routes/NoticeEditRoute'),
        ['notices'],
      ),
      guarded(
        'noticePrint',
        'notices/:id/print',
        () => import('../features/notices/routes/NoticePrintRoute'),
        ['notices'],
      ),
      guarded('audit', 'audit', () => import('../features/audit/routes/AuditRoute'), ['audit']),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function makeRouter() {
  return createBrowserRouter(routes);
}
