import { afterEach, describe, expect, it, vi } from 'vitest';
import { signInAs } from '../test/render';
import { earlyRequests, preloadEarlyRequests } from './early-requests';
import { prefetchRouteData } from './preload';
import { makeQueryClient } from './providers';

/** The API requests the app itself makes for the data of the page at `address`. */
async function requestsOf(address: string): Promise<string[]> {
  // The client looks fetch up on each call (src/api/client.ts).
  const fetch = vi.spyOn(globalThis, 'fetch');
  try {
    const where = new URL(address, 'http://localhost') as unknown as Location;
    await prefetchRouteData(makeQueryClient(), where);
    return fetch.mock.calls
      .map(([request]) => (request instanceof Request ? request.url : String(request)))
      .filter((url) => new URL(url).pathname.startsWith('/api/accounts'));
  } finally {
    fetch.mockRestore();
  }
}

describe('earlyRequests', () => {
  afterEach(() => {
    document.head.querySelectorAll('link[rel="preload"]').forEach((l) => l.remove());
  });

  it('asks for the very URLs the accounts list then asks for, so that its requests take the answers', async () => {
    await signInAs('officer.vietyen');
    for (const search of [
      '',
      '?status=unconverted&reason=no_id&sort=desk',
      '?q=Nguy%E1%BB%85n%20V%C4%83n&page=2&pageSize=50',
      // Unknown and invalid values are dropped by both, the same way.
      '?kind=nobody&district=12&open=TK0000001&regFrom=2024-02-30&source=vneid',
    ]) {
      const early = earlyRequests('/accounts', search);
      expect(early).toHaveLength(1);
      expect(await requestsOf(`/accounts${search}`)).toEqual(early);
    }
  });

  it('asks for nothing on pages whose data the address does not describe', () => {
    expect(earlyRequests('/', '')).toEqual([]);
    expect(earlyRequests('/accounts/TK0000001', '')).toEqual([]);
    expect(earlyRequests('/notices', '?q=x')).toEqual([]);
  });

  it('adds a preload link with cookies, as the client asks', () => {
    preloadEarlyRequests({ pathname: '/accounts', search: '?sort=desk' });
    const links = document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]');
    expect(links).toHaveLength(1);
    expect(links[0]!.as).toBe('fetch');
    expect(links[0]!.crossOrigin).toBe('use-credentials');
    expect(links[0]!.href).toBe(earlyRequests('/accounts', '?sort=desk')[0]);
    preloadEarlyRequests({ pathname: '/', search: '' });
    expect(document.head.querySelectorAll('link[rel="preload"]')).toHaveLength(1);
  });
});
