/**
 * Production builds: on a first visit to a page whose data its address alone describes (the
 * accounts list), the entry asks for that data at once, as a preload the client's own request then
 * takes, instead of once the app's code has been evaluated and has checked the session: on a
 * desktop's first visit, a few hundred milliseconds sooner. The session and the policy are preloaded
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

/** The API requests the page at `pathname` with `search` is known to make first. */
export function earlyRequests(pathname: string, search: string): string[] {
  return pageRequests[pathname]?.(new URLSearchParams(search)) ?? [];
}

/** Ask for the data of the page being opened now (a `<link rel="preload">` each). */
export function preloadEarlyRequests(where: Pick<Location, 'pathname' | 'search'>): void {
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
