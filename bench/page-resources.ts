/**
 * What a page costs: the JavaScript and CSS of a first visit as the server sends them, and the JS
 * heap after loading pages and after ten page changes.
 */
import type { Page } from '@playwright/test';
import { coldContext, servedSize, type Session } from './browser';
import { headlineSelector } from './page-loads';

const MIB = 1024 * 1024;

const isAsset = (url: string) => /\.(m?js|css)(\?|$)/.test(new URL(url).pathname);

/** First visit to `path` in a cold context: every JS and CSS file requested, by page or worker. */
export async function assetsOf(
  s: Session,
  path: string,
): Promise<{ js: number; css: number; n: number }> {
  const context = await coldContext(s);
  const urls = new Set<string>();
  context.on('request', (r) => {
    if (isAsset(r.url())) urls.add(r.url().split('#')[0]!);
  });
  const page = await context.newPage();
  page.on('worker', (w) => urls.add(w.url()));
  await page.goto(`${s.origin}${path}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  // Also what the page's own timeline saw (requests a service worker answered, for instance).
  for (const u of await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name),
  )) {
    if (isAsset(u)) urls.add(u.split('#')[0]!);
  }
  await context.close();
  let js = 0;
  let css = 0;
  for (const url of urls) {
    if (!url.startsWith(s.origin)) continue;
    const { bytes, encoding } = await servedSize(url);
    // Both servers (vite preview, nginx) leave files under 1 KiB uncompressed, as servers usually do.
    if (encoding !== 'gzip' && bytes > 1024) {
      throw new Error(`${url} was served without gzip (${encoding}, ${bytes} bytes)`);
    }
    if (new URL(url).pathname.endsWith('.css')) css += bytes;
    else js += bytes;
  }
  return { js, css, n: urls.size };
}

async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / MIB;
}

/** Heap after loading each page (fresh load, GC first), then after ten page changes in one tab. */
export async function heaps(
  s: Session,
): Promise<{ perPage: [string, number][]; afterTen: number }> {
  const context = await coldContext(s);
  const page = await context.newPage();
  const perPage: [string, number][] = [];
  for (const path of ['/', '/accounts', '/notices']) {
    await page.goto(`${s.origin}${path}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    perPage.push([path, await heapMiB(page)]);
  }
  await page.goto(`${s.origin}/`);
  await page.locator(headlineSelector).first().waitFor({ timeout: 60_000 });
  const nav = page.getByRole('navigation').first();
  const cycle = ['/accounts', '/guide', '/notices', '/accounts/new', '/'];
  for (let i = 0; i < 10; i++) {
    const to = cycle[i % cycle.length]!;
    await nav.locator(`a[href="${to}"]`).first().click();
    await page.waitForURL((u) => u.pathname === to);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(700);
  }
  const afterTen = await heapMiB(page);
  await context.close();
  return { perPage, afterTen };
}
