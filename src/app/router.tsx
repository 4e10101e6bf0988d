import type { ReactNode } from 'react';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router-dom';
import { PageLoader } from '../components/PageLoader';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { can, routePermissions, type GuardedRoute } from '../config/permissions';
import { useSession } from '../lib/session';
import { Layout } from './Layout';
import { PublicLayout } from './PublicLayout';
import { ForbiddenPage, NotFoundPage, RouteErrorPage } from './pages';

type LazyModule = Promise<{ default: React.ComponentType }>;
const page = (load: () => LazyModule) => async () => ({ Component: (await load()).default });

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
): RouteObject {
  const child: RouteObject = path === undefined ? { index: true } : { path };
  return {
    element: <Guard route={route} />,
    errorElement: <RouteErrorPage />,
    children: [{ ...child, lazy: page(load) }],
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
        lazy: page(() => import('../features/notices/routes/PublicNoticeRoute')),
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
      ),
      guarded('accounts', 'accounts', () => import('../features/accounts/routes/AccountsRoute')),
      guarded('account', 'accounts/:id', () => import('../features/accounts/routes/AccountRoute')),
      guarded('guide', 'guide', () => import('../features/policy/routes/GuideRoute')),
      guarded('notices', 'notices', () => import('../features/notices/routes/NoticesRoute')),
      guarded(
        'noticeNew',
        'notices/new',
        () => import('../features/notices/routes/NoticeNewRoute'),
      ),
      guarded('notice', 'notices/:id', () => import('../features/notices/routes/NoticeRoute')),
      guarded(
        'noticeEdit',
        'notices/:id/edit',
        () => import('../features/notices/routes/NoticeEditRoute'),
      ),
      guarded(
        'noticePrint',
        'notices/:id/print',
        () => import('../features/notices/routes/NoticePrintRoute'),
      ),
      guarded('audit', 'audit', () => import('../features/audit/routes/AuditRoute')),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function makeRouter() {
  return createBrowserRouter(routes);
}
