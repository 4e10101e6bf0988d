import type { Page, Request } from '@playwright/test';

/** API calls in flight per page, tracked from the start of every test (e2e/support/test.ts). */
const pages = new WeakMap<Page, { inflight: Set<Request>; changedAt: number }>();

const isApi = (r: Request) => new URL(r.url()).pathname.includes('/api/');

export function trackApiCalls(page: Page): void {
  const s = { inflight: new Set<Request>(), changedAt: Date.now() };
  pages.set(page, s);
  const done = (r: Request) => {
    if (s.inflight.delete(r)) s.changedAt = Date.now();
  };
  page.on('request', (r) => {
    if (!isApi(r)) return;
    s.inflight.add(r);
    s.changedAt = Date.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
}

/**
 * Wait until the page has no API call in flight and has started none for `quietMs`: what the page
 * loads on its own (banners, lazy parts) is answered before a test changes the server under it.
 */
export async function apiSettled(page: Page, quietMs = 400, timeoutMs = 10_000): Promise<void> {
  const s = pages.get(page);
  if (!s) return;
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (s.inflight.size === 0 && Date.now() - s.changedAt >= quietMs) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`API calls still in flight after ${timeoutMs} ms`);
}
