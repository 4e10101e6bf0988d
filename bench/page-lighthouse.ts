/**
 * Lighthouse 13's default performance run (mobile: 4× CPU slowdown, slow 4G, simulated), median of
 * 3, on a first visit (cold: a new Chromium holding only the signed-in user's cookies and storage)
 * and on a repeat visit (warm: the bench's browser, after a visit to `/`, the HTTP cache and the
 * service worker kept). `BENCH_LHR_DIR=dir` keeps each report, and the artifacts bench/lcp.ts reads.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CDP_PORT, FIRST_VISIT_CDP_PORT, median, type Session } from './browser';
import { firstVisitBrowser } from './chromium-process';
import { headlineSelector } from './page-loads';

export interface LighthouseFigures {
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

/**
 * Before a repeat visit: `/` loaded once in the bench's browser (the service worker installed, the
 * cache filled), then the service workers stopped. A running one keeps the renderer process of the
 * page that started it, Chromium would load the next page into it, and Lighthouse's debugger,
 * attaching there, first walks the heap the old pages left (a task of 50–60 ms it counts as the
 * page's). Stopped, the page gets a fresh process; the worker starts again for it.
 */
async function visitHomeFirst(s: Session): Promise<void> {
  const page = await s.main.newPage();
  await page.goto(`${s.origin}/`);
  await page.locator(headlineSelector).first().waitFor({ timeout: 60_000 });
  const cdp = await s.main.newCDPSession(page);
  await page.goto('about:blank');
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.close();
}

async function runOnce(
  s: Session,
  path: string,
  visit: 'cold' | 'warm',
  i: number,
): Promise<LighthouseFigures> {
  const first =
    visit === 'cold' ? await firstVisitBrowser(FIRST_VISIT_CDP_PORT, s.origin, s.storage) : null;
  try {
    if (!first) await visitHomeFirst(s);
    const result = await lighthouse(`${s.origin}${path}`, {
      port: first?.port ?? CDP_PORT,
      hostname: '127.0.0.1',
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance'],
      // Lighthouse would clear the origin's storage, and with it the session.
      disableStorageReset: true,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    if (process.env.BENCH_LHR_DIR) {
      mkdirSync(process.env.BENCH_LHR_DIR, { recursive: true });
      const file = `${new URL(s.origin).port}${path.replace(/\W+/g, '_')}-${visit}-${i + 1}.json`;
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
    return {
      score: (lhr.categories.performance?.score ?? 0) * 100,
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
    };
  } finally {
    await first?.close();
  }
}

/** Medians of 3 first visits and of 3 repeat visits of `path`, alternating. */
export async function lighthouseOf(
  s: Session,
  path: string,
): Promise<Record<'cold' | 'warm', LighthouseFigures>> {
  const runs = { cold: [] as LighthouseFigures[], warm: [] as LighthouseFigures[] };
  for (let i = 0; i < 3; i++) {
    runs.cold.push(await runOnce(s, path, 'cold', i));
    runs.warm.push(await runOnce(s, path, 'warm', i));
  }
  const medians = (rs: LighthouseFigures[]): LighthouseFigures => {
    const m = (k: keyof LighthouseFigures) => median(rs.map((r) => r[k]));
    return { score: m('score'), fcp: m('fcp'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls') };
  };
  return { cold: medians(runs.cold), warm: medians(runs.warm) };
}
