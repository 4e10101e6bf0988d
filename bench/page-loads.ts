/**
 * Full page loads in Chromium, unthrottled, at a desktop's size (1280×800), each in a new browser
 * context (Playwright's: an empty HTTP cache, no service worker, no cookies but the signed-in
 * user's):
 *   - first visit (cold): the page is the first thing the context loads;
 *   - repeat visit (warm): `/` first, then the page (the service worker installed, the HTTP cache
 *     filled and revalidated).
 * Of each load: when `selector` first shows, the first contentful paint, the largest contentful
 * paint (its last candidate), the longest main-thread task; in the demo, when its dataset was ready.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { coldContext, median, type Build, type Session } from './browser';

export const firstRowsSelector = 'tbody a[href*="open=TK"]';
export const headlineSelector = 'section[aria-label="Số liệu chính"] h3';

export interface Load {
  shown: number;
  fcp: number;
  lcp: number;
  longest: number;
  /** The long tasks' time over 50 ms each, from the start until a second after `shown` (as TBT). */
  blocking: number;
  /** Demo: from the page's start until the dataset was usable, and its build in the worker. */
  dataset?: { ms: number; buildMs: number | null };
}

interface Probe {
  shownAt?: number;
  lcp: number;
  longTasks: number[];
}

/** Records, from the start of each document, when `selector` shows, the LCP and the long tasks. */
async function instrument(context: BrowserContext, selector: string): Promise<void> {
  await context.addInitScript((sel: string) => {
    const w = window as unknown as Probe;
    w.longTasks = [];
    w.lcp = NaN;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new MutationObserver((_, observer) => {
      if (document.querySelector(sel)) {
        w.shownAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, selector);
}

async function shownAt(page: Page): Promise<number> {
  const h = await page.waitForFunction(() => (window as unknown as Probe).shownAt, undefined, {
    timeout: 60_000,
  });
  return (await h.jsonValue()) as number;
}

/** The demo dataset's measure, once it exists (from the worker's start to the data being usable). */
async function datasetMeasure(page: Page): Promise<{ ms: number; buildMs: number | null }> {
  const h = await page.waitForFunction(
    () => {
      const m = performance.getEntriesByName('demo-dataset')[0] as PerformanceMeasure | undefined;
      return m
        ? { ms: m.duration, buildMs: (m.detail as { buildMs?: number } | null)?.buildMs ?? null }
        : null;
    },
    undefined,
    { timeout: 60_000 },
  );
  return (await h.jsonValue()) as { ms: number; buildMs: number | null };
}

/** How a load is made: a repeat visit or a first; on a phone (412×823, Lighthouse's 4× CPU slowdown). */
export interface LoadOptions {
  warm?: boolean;
  phone?: boolean;
}

export async function loadOnce(
  s: Session,
  b: Build,
  path: string,
  selector: string,
  { warm = false, phone = false }: LoadOptions = {},
): Promise<Load> {
  const context = await coldContext(s);
  try {
    await instrument(context, selector);
    const page = await context.newPage();
    if (phone) {
      await page.setViewportSize({ width: 412, height: 823 });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    if (warm) {
      await page.goto(`${s.origin}/`);
      await page.locator(headlineSelector).first().waitFor({ timeout: 60_000 });
    }
    await page.goto(`${s.origin}${path}`);
    const shown = await shownAt(page);
    const dataset = b === 'demo' ? await datasetMeasure(page) : undefined;
    // Late LCP candidates (a banner whose data comes last) and tasks after the page shows.
    await page.waitForTimeout(1000);
    const rest = await page.evaluate(() => {
      const w = window as unknown as Probe;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const blocking = w.longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
      return { fcp, lcp: w.lcp, longest: Math.max(0, ...w.longTasks), blocking };
    });
    return { shown, dataset, ...rest };
  } finally {
    await context.close();
  }
}

/** `n` first visits and `n` repeat visits of `path`, alternating. */
export async function loads(
  s: Session,
  b: Build,
  path: string,
  selector: string,
  n = 5,
): Promise<{ cold: Load[]; warm: Load[] }> {
  const cold: Load[] = [];
  const warm: Load[] = [];
  for (let i = 0; i < n; i++) {
    cold.push(await loadOnce(s, b, path, selector));
    warm.push(await loadOnce(s, b, path, selector, { warm: true }));
  }
  return { cold, warm };
}

/** The median of one figure over loads. */
export const medianOf = (xs: readonly Load[], f: (l: Load) => number) => median(xs.map(f));
