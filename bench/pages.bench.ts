/**
 * The app in Chromium, for the demo build (MSW and the dataset in the page) and the production build
 * (behind nginx, against `npm run api`), each built here first. Signed in as officer.vietyen (a
 * district officer). Each timing is given for a first visit (cold: the value, which the targets
 * apply to) and a repeat visit (warm):
 *   - gzip JavaScript and CSS fetched on a first visit to /, /accounts and /notices;
 *   - page load → headline figures of / and → first rows of /accounts, with the first and largest
 *     contentful paints, unthrottled at a desktop's size (median of 5, bench/page-loads.ts);
 *   - JS heap after loading each page and after ten page changes;
 *   - demo: dataset build time and the longest main-thread task while the page loads;
 *   - Lighthouse 13 mobile (simulated throttling) for / and /accounts (median of 3,
 *     bench/page-lighthouse.ts).
 * See bench/browser.ts for ports.
 */
import { build, open, type Build, type Session } from './browser';
import { lighthouseOf } from './page-lighthouse';
import { firstRowsSelector, headlineSelector, loads, medianOf, type Load } from './page-loads';
import { assetsOf, heaps } from './page-resources';
import { ceiling, floor, type BenchRow } from './types';

export const order = 30;

const USER = 'officer.vietyen';
const KIB = 1024;

/** The targets, for first visits. */
interface Targets {
  jsRoot: number;
  lighthouse: number;
  lcp?: number;
  tbt: number;
  firstRows: number;
  desktopLcp?: number;
  heapAfterTen?: number;
}
const targets: Record<Build, Targets> = {
  production: { jsRoot: 200, lighthouse: 95, lcp: 2, tbt: 150, firstRows: 700, desktopLcp: 400 },
  demo: { jsRoot: 400, lighthouse: 90, tbt: 200, firstRows: 1000, heapAfterTen: 80 },
};

const row = (
  name: string,
  value: number,
  unit: string,
  target?: number,
  detail?: string,
  warm?: number,
): BenchRow => ({
  ...(target === undefined ? { name, value, unit } : ceiling(name, value, unit, target)),
  detail,
  warm,
});

async function timings(s: Session, b: Build, t: Targets): Promise<BenchRow[]> {
  const label = b === 'demo' ? 'demo' : 'production';
  const rows: BenchRow[] = [];
  const pages: [string, string, string, number | undefined][] = [
    ['/', headlineSelector, 'headline figures of /', undefined],
    [
      '/accounts?status=unconverted&sort=name',
      firstRowsSelector,
      'first rows of /accounts',
      t.firstRows,
    ],
  ];
  const all: Load[] = [];
  for (const [path, selector, what, target] of pages) {
    const { cold, warm } = await loads(s, b, path, selector);
    all.push(...cold, ...warm);
    const each = (xs: Load[]) => xs.map((l) => Math.round(l.shown)).join(', ');
    const page = path.split('?')[0];
    rows.push(
      row(
        `${label}: page load → ${what} (median of 5)`,
        medianOf(cold, (l) => l.shown),
        'ms',
        target,
        `cold ${each(cold)}; warm ${each(warm)}`,
        medianOf(warm, (l) => l.shown),
      ),
      row(
        `${label}: unthrottled desktop FCP of ${page}`,
        medianOf(cold, (l) => l.fcp),
        'ms',
        undefined,
        undefined,
        medianOf(warm, (l) => l.fcp),
      ),
      row(
        `${label}: unthrottled desktop LCP of ${page}`,
        medianOf(cold, (l) => l.lcp),
        'ms',
        t.desktopLcp,
        undefined,
        medianOf(warm, (l) => l.lcp),
      ),
      row(
        `${label}: longest main-thread task, load of ${page}`,
        medianOf(cold, (l) => l.longest),
        'ms',
        undefined,
        'any cause: start-up, render, data',
        medianOf(warm, (l) => l.longest),
      ),
    );
  }
  if (b === 'demo') {
    const datasets = all.flatMap((l) => (l.dataset ? [l.dataset] : []));
    const inWorker = datasets.flatMap((d) => (d.buildMs === null ? [] : [d.buildMs]));
    rows.push(
      row(
        `demo: dataset ready, from page start (median of ${datasets.length})`,
        medianOf(
          all.filter((l) => l.dataset),
          (l) => l.dataset!.ms,
        ),
        'ms',
        undefined,
        inWorker.length
          ? `built in a Web Worker in ${Math.round(
              medianOf(
                all.filter((l) => l.dataset?.buildMs != null),
                (l) => l.dataset!.buildMs!,
              ),
            )} ms`
          : 'built on the main thread',
      ),
    );
  }
  return rows;
}

async function heapRows(s: Session, label: string, t: Targets): Promise<BenchRow[]> {
  const h = await heaps(s);
  return [
    ...h.perPage.map(([path, mib]) => row(`${label}: JS heap after loading ${path}`, mib, 'MiB')),
    row(
      `${label}: JS heap after ten page changes`,
      h.afterTen,
      'MiB',
      t.heapAfterTen,
      'after GC; typed-array data outside the V8 heap not counted',
    ),
  ];
}

async function lighthouseRows(s: Session, label: string, t: Targets): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // `BENCH_LIGHTHOUSE_PATHS=/accounts` limits Lighthouse to those pages.
  for (const path of (process.env.BENCH_LIGHTHOUSE_PATHS ?? '/,/accounts').split(',')) {
    const { cold, warm } = await lighthouseOf(s, path);
    const name = `${label}: Lighthouse mobile ${path}`;
    rows.push(
      {
        ...floor(`${name}, performance score (median of 3)`, cold.score, '', t.lighthouse),
        warm: warm.score,
      },
      row(`${name}, FCP`, cold.fcp / 1000, 's', undefined, undefined, warm.fcp / 1000),
      row(`${name}, LCP`, cold.lcp / 1000, 's', t.lcp, undefined, warm.lcp / 1000),
      row(`${name}, TBT`, cold.tbt, 'ms', t.tbt, undefined, warm.tbt),
      row(`${name}, CLS`, cold.cls, '', undefined, undefined, warm.cls),
    );
  }
  return rows;
}

/** `BENCH_STEPS=lighthouse,heap` runs only those parts (assets, timing, heap, lighthouse). */
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
    if (steps.has('lighthouse')) rows.push(...(await lighthouseRows(s, label, t)));
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
