/**
 * The app in Chromium, for the demo build (MSW and the dataset in the page) and the production build
 * (against `npm run api`), each built here first:
 *   - gzip JavaScript and CSS fetched on a first visit (cold cache) to /, /accounts and /notices;
 *   - navigation → headline figures of / and → first rows of /accounts (cold page loads, median of 5);
 *   - JS heap after loading each page and after ten page changes;
 *   - demo: dataset build time and the longest main-thread task while the page loads;
 *   - Lighthouse mobile (default simulated throttling) for / and /accounts, median of 3.
 * Signed in as officer.vietyen (a district officer). See bench/browser.ts for ports.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import type { BrowserContext, Page } from '@playwright/test';
import {
  build,
  CDP_PORT,
  coldContext,
  median,
  open,
  servedSize,
  type Build,
  type Session,
} from './browser';
import { ceiling, floor, type BenchRow } from './types';

export const order = 30;

const USER = 'officer.vietyen';
const KIB = 1024;
const MIB = 1024 * 1024;
const firstRowsSelector = 'tbody a[href*="open=TK"]';
const headlineSelector = 'section[aria-label="Số liệu chính"] h3';

interface Targets {
  jsRoot: number;
  lighthouse: number;
  lcp?: number;
  tbt?: number;
  firstRows?: number;
  heapAfterTen?: number;
}
const targets: Record<Build, Targets> = {
  production: { jsRoot: 200, lighthouse: 95, lcp: 2 },
  demo: { jsRoot: 400, lighthouse: 85, tbt: 200, firstRows: 700, heapAfterTen: 80 },
};

/** Records when `selector` first appears, and every long task, from the start of each document. */
async function instrument(context: BrowserContext, selector: string): Promise<void> {
  await context.addInitScript((sel: string) => {
    const w = window as unknown as { shownAt?: number; longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
    new MutationObserver((_, observer) => {
      if (document.querySelector(sel)) {
        w.shownAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, selector);
}

async function shownAt(page: Page): Promise<number> {
  const h = await page.waitForFunction(
    () => (window as unknown as { shownAt?: number }).shownAt,
    undefined,
    { timeout: 60_000 },
  );
  return (await h.jsonValue()) as number;
}

/** The demo dataset's measure, once it exists (from the worker's start to the data being usable). */
async function datasetMeasure(page: Page): Promise<{ ms: number; buildMs: number | null }> {
  const h = await page.waitForFunction(
    () => {
      const m = performance.getEntriesByName('demo-dataset')[0] as PerformanceMeasure | undefined;
      return m
        ? {
            ms: m.duration,
            buildMs: (m.detail as { buildMs?: number } | null)?.buildMs ?? null,
          }
        : null;
    },
    undefined,
    { timeout: 60_000 },
  );
  return (await h.jsonValue()) as { ms: number; buildMs: number | null };
}

/**
 * Full page loads of `path` until `selector` shows, 5 times, each in a fresh context as a signed-in
 * user comes back: one visit to / first (a signed-in user has been here: the sign-in page installed
 * the service worker and fetched the app), then the measured load (HTTP cache revalidated: vite
 * preview sends no-cache). Demo: the dataset figures of the measured load too.
 */
async function timeTo(s: Session, b: Build, path: string, selector: string) {
  const shown: number[] = [];
  const dataset: number[] = [];
  const buildMs: number[] = [];
  const longest: number[] = [];
  for (let i = 0; i < 5; i++) {
    const context = await coldContext(s);
    await instrument(context, selector);
    const page = await context.newPage();
    await page.goto(`${s.origin}/`);
    await page.locator(headlineSelector).first().waitFor({ timeout: 60_000 });
    await page.goto(`${s.origin}${path}`);
    shown.push(await shownAt(page));
    if (b === 'demo') {
      const m = await datasetMeasure(page);
      dataset.push(m.ms);
      if (m.buildMs !== null) buildMs.push(m.buildMs);
    }
    await page.waitForTimeout(500);
    longest.push(
      await page.evaluate(() =>
        Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
      ),
    );
    await context.close();
  }
  return { shown, dataset, buildMs, longest };
}

const isAsset = (url: string) => /\.(m?js|css)(\?|$)/.test(new URL(url).pathname);

/** First visit to `path` in a cold context: every JS and CSS file requested, by page or worker. */
async function assetsOf(s: Session, path: string): Promise<{ js: number; css: number; n: number }> {
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
async function heaps(s: Session): Promise<{ perPage: [string, number][]; afterTen: number }> {
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

interface LighthouseFigures {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

interface TraceEvent {
  name: string;
  pid: number;
  tid: number;
  args?: { data?: { documentLoaderURL?: string }; epoch?: number };
}

/**
 * How many garbage collections the page's main thread had been through before the page (V8 numbers
 * them), by its first collection in the trace: 0 for a fresh process.
 */
function collectionsBefore(events: readonly TraceEvent[], url: string): number {
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url,
  );
  if (!nav) throw new Error(`No navigation to ${url} in Lighthouse's trace`);
  const gc = events.find(
    (e) => e.pid === nav.pid && e.tid === nav.tid && typeof e.args?.epoch === 'number',
  );
  return gc?.args?.epoch ?? 0;
}

/** Lighthouse's default (mobile, simulated throttling) performance run, 3 times on a cold cache. */
async function lighthouseOf(s: Session, path: string): Promise<LighthouseFigures> {
  const runs: LighthouseFigures[] = [];
  for (let i = 0; i < 3; i++) {
    // Lighthouse must keep the signed-in user's storage; the HTTP cache and service workers go.
    const page = await s.main.newPage();
    const cdp = await s.main.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Storage.clearDataForOrigin', {
      origin: s.origin,
      storageTypes: 'service_workers,cache_storage',
    });
    // The demo's service worker outlives the page that started it, and keeps that page's renderer
    // process running: Chromium would load the next page into it, and Lighthouse's debugger,
    // attaching there, first walks the heap the old pages left (a task of 50–60 ms, which Lighthouse
    // counts as the page's when its modelled first paint comes early). Stopped, the page gets a
    // fresh process, as on a first visit.
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await page.close();
    const result = await lighthouse(`${s.origin}${path}`, {
      port: CDP_PORT,
      hostname: '127.0.0.1',
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance'],
      disableStorageReset: true,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    if (process.env.BENCH_LHR_DIR) {
      mkdirSync(process.env.BENCH_LHR_DIR, { recursive: true });
      const file = `${new URL(s.origin).port}${path.replace(/\W+/g, '_')}-${i + 1}.json`;
      writeFileSync(join(process.env.BENCH_LHR_DIR, file), JSON.stringify(lhr));
      const { Trace, DevtoolsLog, GatherContext, URL: url, SourceMaps } = result.artifacts;
      writeFileSync(
        join(process.env.BENCH_LHR_DIR, file.replace(/\.json$/, '.artifacts.json')),
        JSON.stringify({
          Trace,
          DevtoolsLog,
          GatherContext,
          URL: url,
          SourceMaps,
          settings: lhr.configSettings,
        }),
      );
    }
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    // A fresh process may have collected once or twice while it waited as Chromium's spare.
    const reused = collectionsBefore(result.artifacts.Trace.traceEvents, `${s.origin}${path}`);
    if (reused > 2) {
      throw new Error(
        `Lighthouse loaded ${path} in a renderer process earlier pages had used ` +
          `(${reused} garbage collections before): its figures would count their clean-up.`,
      );
    }
    if (new URL(lhr.finalDisplayedUrl).pathname !== path) {
      throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not ${path} (signed out?)`);
    }
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    runs.push({
      score: (lhr.categories.performance?.score ?? 0) * 100,
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
    });
  }
  const m = (k: keyof LighthouseFigures) => median(runs.map((r) => r[k]));
  return { score: m('score'), fcp: m('fcp'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls') };
}

const row = (
  name: string,
  value: number,
  unit: string,
  target?: number,
  detail?: string,
): BenchRow =>
  target === undefined
    ? { name, value, unit, detail }
    : { ...ceiling(name, value, unit, target), detail };

async function timings(s: Session, b: Build, t: Targets): Promise<BenchRow[]> {
  const label = b === 'demo' ? 'demo' : 'production';
  const rows: BenchRow[] = [];
  const home = await timeTo(s, b, '/', headlineSelector);
  rows.push(
    row(
      `${label}: page load → headline figures of / (median of 5)`,
      median(home.shown),
      'ms',
      undefined,
      home.shown.map(Math.round).join(', '),
    ),
  );
  const list = await timeTo(s, b, '/accounts?status=unconverted&sort=name', firstRowsSelector);
  rows.push(
    row(
      `${label}: page load → first rows of /accounts (median of 5)`,
      median(list.shown),
      'ms',
      t.firstRows,
      list.shown.map(Math.round).join(', '),
    ),
  );
  if (b === 'demo') {
    const built = [...home.dataset, ...list.dataset];
    const inWorker = [...home.buildMs, ...list.buildMs];
    rows.push(
      row(
        'demo: dataset ready, from page start (median of 10)',
        median(built),
        'ms',
        undefined,
        inWorker.length
          ? `built in a Web Worker in ${Math.round(median(inWorker))} ms`
          : 'built on the main thread',
      ),
      row(
        'demo: longest main-thread task while / loads (median of 5)',
        median(home.longest),
        'ms',
        undefined,
        'any cause: app start-up, render, dataset hand-over',
      ),
    );
  }
  return rows;
}

async function heapRows(s: Session, label: string, t: Targets): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const h = await heaps(s);
  for (const [path, mib] of h.perPage) {
    rows.push(row(`${label}: JS heap after loading ${path}`, mib, 'MiB'));
  }
  rows.push(
    row(
      `${label}: JS heap after ten page changes`,
      h.afterTen,
      'MiB',
      t.heapAfterTen,
      'after GC; typed-array data outside the V8 heap not counted',
    ),
  );
  return rows;
}

/**
 * `BENCH_STEPS=lighthouse,heap` runs only those parts (assets, timing, heap, lighthouse);
 * `BENCH_LIGHTHOUSE_PATHS=/accounts` limits Lighthouse to those pages; `BENCH_LHR_DIR=dir` keeps
 * each Lighthouse report there.
 */
const steps = new Set((process.env.BENCH_STEPS ?? 'assets,timing,heap,lighthouse').split(','));

async function measure(b: Build): Promise<BenchRow[]> {
  const t = targets[b];
  const rows: BenchRow[] = [];
  const label = b === 'demo' ? 'demo' : 'production';
  build(b);
  const s = await open(b, USER);
  try {
    for (const path of steps.has('assets') ? ['/', '/accounts', '/notices'] : []) {
      const a = await assetsOf(s, path);
      rows.push(
        row(
          `${label}: gzip JS, first visit to ${path}`,
          a.js / KIB,
          'KiB',
          path === '/' ? t.jsRoot : undefined,
          `${a.n} files, counted from the network`,
        ),
        row(`${label}: gzip CSS, first visit to ${path}`, a.css / KIB, 'KiB'),
      );
    }

    if (steps.has('timing')) rows.push(...(await timings(s, b, t)));
    if (steps.has('heap')) rows.push(...(await heapRows(s, label, t)));
    const lighthousePaths = (process.env.BENCH_LIGHTHOUSE_PATHS ?? '/,/accounts').split(',');
    for (const path of steps.has('lighthouse') ? lighthousePaths : []) {
      const lh = await lighthouseOf(s, path);
      const name = `${label}: Lighthouse mobile ${path}`;
      rows.push(
        floor(`${name}, performance score (median of 3)`, lh.score, '', t.lighthouse),
        row(`${name}, FCP`, lh.fcp / 1000, 's'),
        row(`${name}, LCP`, lh.lcp / 1000, 's', t.lcp),
        row(`${name}, TBT`, lh.tbt, 'ms', t.tbt),
        row(`${name}, CLS`, lh.cls, '', undefined),
      );
    }
  } finally {
    await s.close();
  }
  return rows;
}

export async function run(): Promise<BenchRow[]> {
  const only = process.env.BENCH_BUILD as Build | undefined;
  const rows: BenchRow[] = [];
  for (const b of ['demo', 'production'] as const) {
    if (!only || only === b) rows.push(...(await measure(b)));
  }
  return rows;
}
