/**
 * Production builds: on a first visit, the entry asks at once for what the start-up will ask for
 * once the app's code has been evaluated and has checked the session: the data of a page that its
 * address alone describes (the accounts list), the unit names and the pinned notices. Each is a
 * preload that the client's own request then takes: on a desktop's first visit, a few hundred
 * milliseconds sooner. The session and the policy are preloaded
 * the same way by index.html itself (see `preloadStartupCalls` in vite.config.ts).
 *
 * Imported by src/main.tsx and kept, with the app's modules it imports, in the entry chunk (see
 * `codeSplitting` in vite.config.ts): it must not wait for the start chunks to be evaluated. A
 * signed-out visitor's request is answered 401 and left unused; the app sends them to sign in.
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

/** For each page, the requests its data takes (the same as its route's `prefetch`). */
const pageRequests: Record<string, (search: URLSearchParams) => string[]> = {
  [paths.accounts]: (search) => [url('/accounts', readListState(search).query)],
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
  const page = pageRequests[pathname]?.(new URLSearchParams(search)) ?? [];
  return [...page, ...signedInRequests()];
}

/**
 * The code the first screen will need, by page: the page itself (the same modules as the route
 * table's, which then finds them loading) and, on every signed-in page, the pinned-notice banner's.
 * Asked for now, it downloads beside the start-up code instead of after it has been evaluated: on
 * a slow line, a round trip and the start-up's download time sooner.
 */
const pageCode: Record<string, () => Promise<unknown>> = {
  [paths.home]: () => import('../features/dashboard/routes/DashboardRoute'),
  [paths.accounts]: () => import('../features/accounts/routes/AccountsRoute'),
};
const signedInCode = () => [
  import('../features/notices/components/PinnedNoticeBanner'),
  import('../features/notices/api/list-notices'),
];

/** Start loading the code of the page at `pathname` (see `pageCode`). */
export function earlyCode(pathname: string): Promise<unknown>[] {
  if (isPublic(pathname)) return [];
  const page = pageCode[pathname];
  return [...(page ? [page()] : []), ...signedInCode()];
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
