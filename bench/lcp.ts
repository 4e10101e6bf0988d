/**
 * What Lighthouse's simulated LCP is made of: for each Lighthouse run saved by the bench
 * (`BENCH_LHR_DIR=dir npm run bench -- pages` writes `*.artifacts.json` beside each report), its
 * LCP estimate and the requests in the graph it simulated, with their simulated start and end.
 *
 *   npx tsx bench/lcp.ts /tmp/lhr/4927_accounts-1.artifacts.json
 *
 * Lighthouse's model (Lantern) counts every request that ended before the page's observed largest
 * paint, on its simulated slow network: this shows which ones, and where the time goes.
 */
import { readFileSync } from 'node:fs';
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';

interface SimulatedNode {
  type: string;
  request?: { url: string; transferSize: number; protocol: string };
}
interface Estimate {
  timeInMs: number;
  nodeTimings: Map<SimulatedNode, { startTime: number; endTime: number }>;
}

/** What bench/pages.bench.ts saves of a Lighthouse run: the artifacts Lantern needs. */
interface SavedRun {
  Trace: unknown;
  DevtoolsLog: unknown;
  GatherContext: unknown;
  URL: unknown;
  SourceMaps: unknown;
  settings: unknown;
}

for (const file of process.argv.slice(2)) {
  const a = JSON.parse(readFileSync(file, 'utf8')) as SavedRun;
  const data = {
    trace: a.Trace,
    devtoolsLog: a.DevtoolsLog,
    gatherContext: a.GatherContext,
    settings: a.settings,
    URL: a.URL,
    SourceMaps: a.SourceMaps,
    simulator: null,
  };
  // Lighthouse's own types for these are internal (LH.Artifacts): the saved JSON is what it made.
  const lcp = (await LanternLargestContentfulPaint.request(data as never, {
    computedCache: new Map(),
    settings: a.settings,
  })) as unknown as { timing: number; optimisticEstimate: Estimate; pessimisticEstimate: Estimate };
  console.log(
    `${file}: LCP ${Math.round(lcp.timing)} ms (optimistic ${Math.round(lcp.optimisticEstimate.timeInMs)}, ` +
      `pessimistic ${Math.round(lcp.pessimisticEstimate.timeInMs)})`,
  );
  const rows = [...lcp.pessimisticEstimate.nodeTimings.entries()]
    .filter(([n]) => n.request)
    .sort((x, y) => x[1].startTime - y[1].startTime);
  for (const [n, t] of rows) {
    const r = n.request!;
    const kib = (r.transferSize / 1024).toFixed(1).padStart(6);
    const when = `${Math.round(t.startTime)}`.padStart(5) + `${Math.round(t.endTime)}`.padStart(6);
    console.log(`${when} ms ${kib} KiB ${r.protocol.padEnd(8)} ${new URL(r.url).pathname}`);
  }
}
