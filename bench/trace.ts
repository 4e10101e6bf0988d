/**
 * The long tasks (≥ 50 ms at 4× CPU slowdown, as Lighthouse counts them) of one cold page load, each
 * with what ran inside it. For finding what blocks the main thread; not part of `npm run bench`.
 *
 *   npx tsx bench/trace.ts [production|demo] [/path]
 *
 * TRACE_MIN_US (default 3000) and TRACE_MAX_EVENTS (14) set which events of each task are listed.
 * TRACE_CPU_RATE=1 traces without the slowdown, as Lighthouse observes a page before it simulates
 * the phone: the tasks listed are then those of 12.5 ms or more (50 ms once multiplied by 4).
 */
import { withThrottledTab } from './browser';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; name?: string };
}

const rate = Number(process.env.TRACE_CPU_RATE ?? 4);

await withThrottledTab(async ({ b, origin, path, page, cdp }) => {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const events: TraceEvent[] = [];
  // Playwright's CDPSession types only the protocol's typed events; these two are untyped.
  const events$ = cdp as unknown as {
    on(e: string, f: (p: { value: TraceEvent[] }) => void): void;
    once(e: string, f: () => void): void;
  };
  events$.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise<void>((r) => events$.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    categories:
      'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  const t0 = Date.now();
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await done;
  // The page's renderer: of the renderer main threads, the busiest.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasksOf = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'RunTask')
      tasksOf.set(`${e.pid}:${e.tid}`, (tasksOf.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  }
  const busy = (m: TraceEvent) => tasksOf.get(`${m.pid}:${m.tid}`) ?? 0;
  const main = mains.sort((x, y) => busy(y) - busy(x))[0];
  const onMain = events.filter(
    (e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X',
  );
  const nav = events.find((e) => e.name === 'navigationStart') ?? onMain[0]!;
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= (50_000 * rate) / 4);
  const ms = (us: number) => (us / 1000).toFixed(0);
  let blocking = 0;
  console.log(`Long tasks of ${b} ${path} (${rate}× slowdown), ${Date.now() - t0} ms wall:`);
  for (const t of tasks) {
    blocking += (t.dur! - (50_000 * rate) / 4) / 1000;
    console.log(`\n@${ms(t.ts - nav.ts)} ms  ${ms(t.dur!)} ms`);
    const inside = onMain
      .filter(
        (e) =>
          e !== t &&
          e.ts >= t.ts &&
          e.ts + (e.dur ?? 0) <= t.ts + t.dur! &&
          (e.dur ?? 0) >= Number(process.env.TRACE_MIN_US ?? 3000),
      )
      .filter((e) => !['RunMicrotasks', 'v8.run', 'RunTask'].includes(e.name));
    for (const e of inside.slice(0, Number(process.env.TRACE_MAX_EVENTS ?? 14))) {
      const d = e.args?.data ?? {};
      const layout =
        e.name === 'Layout'
          ? (e.args as { beginData?: Record<string, unknown> }).beginData
          : undefined;
      const objects = layout
        ? `${String(layout.dirtyObjects)} of ${String(layout.totalObjects)} objects`
        : '';
      const what = [d.url, d.functionName, d.type, objects].filter(Boolean).join(' ');
      console.log(
        `   ${ms(e.dur!).padStart(4)} ms  ${e.name} ${String(what).replace(/^.*\//, '')}`,
      );
    }
  }
  console.log(`\nblocking time over ${(50 * rate) / 4} ms, all tasks: ${blocking.toFixed(0)} ms`);
});
