/**
 * Production builds: on a first visit, the entry asks at once for what the start-up would ask for
 * only once the app's code has been evaluated and has checked the session: the data of a page that
 * its address alone describes (the accounts list), the unit names and the pinned notices, each as a
 * preload that the client's own request then takes; and the code of the page and of the pinned
 * notice. The session and the policy are preloaded by index.html itself (`preloadStartupCalls` in
 * vite.config.ts).
 *
 * Imported by src/main.tsx; this module and the app's modules it imports are a chunk of their own,
 * `early` (see `codeSplitting` in vite.config.ts), so that it does not wait for the start chunks to
 * be evaluated. A signed-out visitor's requests are answered 401 and left unused; the app sends
 * them to sign in.
 */
import {
  createFinalURL,
  createQuerySerializer,
  defaultPathSerializer,
  removeTrailingSlash,
} from 'openapi-fetch';
import { apiBaseUrl } from '../api/base-url';
import type { paths as ApiPaths } from '../api/schema';
import { paths } from '../config/paths';
import { readListState } from '../features/accounts/components/urlState';

/** As the client builds a GET's URL (it has no query serializer of its own: the default). */
const querySerializer = createQuerySerializer();
function url(path: keyof ApiPaths, query: object): string {
  return createFinalURL(path, {
    baseUrl: removeTrailingSlash(apiBaseUrl),
    params: { query: query as Record<string, unknown> },
    querySerializer,
    pathSerializer: defaultPathSerializer,
  });
}

/**
 * What the first screen of each page needs: its code (the same module as the route table's, which
 * then finds it loading) and, for a page whose address describes its data, the requests for it
 * (the same as its route's `prefetch`).
 */
const pages: Record<
  string,
  { code: () => Promise<unknown>; data?: (search: URLSearchParams) => string[] }
> = {
  [paths.home]: { code: () => import('../features/dashboard/routes/DashboardRoute') },
  [paths.accounts]: {
    code: () => import('../features/accounts/routes/AccountsRoute'),
    data: (search) => [url('/accounts', readListState(search).query)],
  },
};

/**
 * What the start-up asks for on every signed-in page (`prefetchSession` in ./preload.ts): the unit
 * names, and the notices of the pinned-notice banner, which the first page waits for. Every role
 * may read the notices; one that could not would leave a refused preload unused.
 */
const signedInRequests = () => [url('/units', {}), url('/notices', {})];

const isPublic = (pathname: string) =>
  pathname === paths.login || pathname.startsWith(paths.publicNotice(''));

/** The API requests the page at `pathname` with `search` is known to make first. */
export function earlyRequests(pathname: string, search: string): string[] {
  if (isPublic(pathname)) return [];
  const page = pages[pathname]?.data?.(new URLSearchParams(search)) ?? [];
  return [...page, ...signedInRequests()];
}

/**
 * On every signed-in page, the code of the pinned-notice banner and of its query. Asked for now,
 * code downloads beside the start-up code instead of after it has been evaluated: on a slow line, a
 * round trip and the start-up's download time sooner.
 */
const signedInCode = () => [
  import('../features/notices/components/PinnedNoticeBanner'),
  import('../features/notices/api/list-notices'),
];

/** Start loading the code of the page at `pathname` (see `pages`). */
export function earlyCode(pathname: string): Promise<unknown>[] {
  if (isPublic(pathname)) return [];
  const page = pages[pathname];
  return [...(page ? [page.code()] : []), ...signedInCode()];
}

/**
 * Ask for the data of the page being opened now (a `<link rel="preload">` each), and start loading
 * its code.
 */
export function preloadEarlyRequests(where: Pick<Location, 'pathname' | 'search'>): void {
  // A failure surfaces where the code is used (the page's error boundary); nothing to report here.
  for (const code of earlyCode(where.pathname)) code.catch(() => undefined);
  for (const href of earlyRequests(where.pathname, where.search)) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.href = href;
    // As the client asks (cookies included): otherwise the browser would not reuse the answer.
    link.crossOrigin = 'use-credentials';
    document.head.append(link);
  }
}
