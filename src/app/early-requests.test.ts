import { afterEach, describe, expect, it, vi } from 'vitest';
import { signInAs } from '../test/render';
import { earlyCode, earlyRequests, preloadEarlyRequests } from './early-requests';
import { loadPinnedNoticeBanner } from './pinned-notice';
import { prefetchRouteData, prefetchSession, routeHandles } from './preload';
import { makeQueryClient } from './providers';

/** The API requests the app itself makes for the data of the page at `address`. */
async function requestsOf(address: string): Promise<string[]> {
  // The client looks fetch up on each call (src/api/client.ts).
  const fetch = vi.spyOn(globalThis, 'fetch');
  try {
    const where = new URL(address, 'http://localhost') as unknown as Location;
    const queryClient = makeQueryClient();
    await Promise.all([prefetchSession(queryClient), prefetchRouteData(queryClient, where)]);
    // Less the session and the policy, which index.html asks for itself.
    return fetch.mock.calls
      .map(([request]) => (request instanceof Request ? request.url : String(request)))
      .filter((url) => !['/api/auth/me', '/api/policy'].includes(new URL(url).pathname));
  } finally {
    fetch.mockRestore();
  }
}

describe('earlyRequests', () => {
  afterEach(() => {
    document.head.querySelectorAll('link[rel="preload"]').forEach((l) => l.remove());
  });

  it('asks for the very URLs the start-up then asks for, so that its requests take the answers', async () => {
    await signInAs('officer.vietyen');
    for (const page of ['/', '/notices?q=x', '/accounts/TK0000001']) {
      const early = earlyRequests(new URL(page, 'http://localhost').pathname, '');
      expect(early.map((u) => new URL(u).pathname)).toEqual(['/api/units', '/api/notices']);
      expect((await requestsOf(page)).sort()).toEqual([...early].sort());
    }
    for (const search of [
      '',
      '?status=unconverted&reason=no_id&sort=desk',
      '?q=Nguy%E1%BB%85n%20V%C4%83n&page=2&pageSize=50',
      // Unknown and invalid values are dropped by both, the same way.
      '?kind=nobody&district=12&open=TK0000001&regFrom=2024-02-30&source=vneid',
    ]) {
      const early = earlyRequests('/accounts', search);
      expect(early).toHaveLength(3);
      expect((await requestsOf(`/accounts${search}`)).sort()).toEqual([...early].sort());
    }
  });

  it('asks for nothing on the pages one opens signed out', () => {
    expect(earlyRequests('/login', '?next=%2Faccounts')).toEqual([]);
    expect(earlyRequests('/public/notices/TB001', '')).toEqual([]);
  });

  it('adds a preload link with cookies, as the client asks', () => {
    preloadEarlyRequests({ pathname: '/accounts', search: '?sort=desk' });
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')];
    expect(links.map((l) => l.href)).toEqual(earlyRequests('/accounts', '?sort=desk'));
    for (const link of links) {
      expect(link.as).toBe('fetch');
      expect(link.crossOrigin).toBe('use-credentials');
    }
    preloadEarlyRequests({ pathname: '/login', search: '' });
    expect(document.head.querySelectorAll('link[rel="preload"]')).toHaveLength(3);
  });
});

describe('earlyCode', () => {
  it('loads the modules the route table and the pinned notice then load, so that they find them coming', async () => {
    for (const page of ['/', '/accounts']) {
      const [pageModule, banner] = await Promise.all(earlyCode(page));
      const routeModules = await Promise.all(routeHandles(page).map((h) => h.preload()));
      expect(routeModules).toContain(pageModule);
      expect((banner as { default: unknown }).default).toBe(await loadPinnedNoticeBanner());
    }
    // Other pages: the banner's code and the notices' query only; the public pages, nothing.
    expect(earlyCode('/notices')).toHaveLength(2);
    expect(earlyCode('/login')).toHaveLength(0);
  });
});
