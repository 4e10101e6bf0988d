/**
 * Where the main thread's time goes while a page loads: a CPU profile of one cold load (4× CPU
 * slowdown, as Lighthouse's mobile run), summed by function and by file. For finding what to cut;
 * not part of `npm run bench`.
 *
 *   npx tsx bench/profile.ts [production|demo] [/path]
 */
import { join } from 'node:path';
import { outDir, withThrottledTab } from './browser';
import { loadSourceMap, type SourceMap } from './sourcemap';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

await withThrottledTab(async ({ b, origin, path, page, cdp }) => {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // With BENCH_SOURCEMAP=1 the build has source maps: name functions by their original file.
  const maps = new Map<string, SourceMap | undefined>();
  const original = (f: Node['callFrame']) => {
    const file = f.url.replace(/^.*\/assets\//, '');
    if (!f.url.includes('/assets/')) return undefined;
    if (!maps.has(file)) maps.set(file, loadSourceMap(join(outDir(b), 'assets', file)));
    return maps.get(file)?.at(f.lineNumber, f.columnNumber);
  };
  const fileOf = (f: Node['callFrame']) => {
    const o = original(f);
    return o ? o.source.replace(/^(\.\.\/)+/, '') : f.url.replace(/^.*\//, '') || '(native)';
  };
  const label = (f: Node['callFrame']) =>
    `${f.functionName || '(anonymous)'} ${fileOf(f)}:${original(f)?.line ?? f.lineNumber}`;
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const add = (m: Map<string, number>, k: string, ms: number) => m.set(k, (m.get(k) ?? 0) + ms);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, ms] of self) {
    const f = byId.get(id)!.callFrame;
    add(byFunction, label(f), ms);
    // Libraries summed by package.
    add(byFile, fileOf(f).replace(/^(~\/(@[^/]+\/)?[^/]+).*/, '$1'), ms);
  }
  // Each task's entry point (the root's children: module evaluation, timers, React's scheduler…)
  // with its inclusive time, and for the long ones, which functions take that time.
  const total = new Map<number, number>();
  const sum = (id: number): number => {
    const n = byId.get(id)!;
    const t = (self.get(id) ?? 0) + (n.children ?? []).reduce((a, c) => a + sum(c), 0);
    total.set(id, t);
    return t;
  };
  const root = profile.nodes[0]!;
  sum(root.id);
  const entries = new Map<string, number>();
  const within = new Map<string, Map<string, number>>();
  const walk = (id: number, into: Map<string, number>) => {
    const n = byId.get(id)!;
    add(into, label(n.callFrame), self.get(id) ?? 0);
    for (const c of n.children ?? []) walk(c, into);
  };
  for (const id of root.children ?? []) {
    const f = byId.get(id)!.callFrame;
    if (!f.url) continue;
    const k = label(f);
    add(entries, k, total.get(id) ?? 0);
    if (!within.has(k)) within.set(k, new Map());
    walk(id, within.get(k)!);
  }
  const top = (m: Map<string, number>, n: number, indent = '') =>
    [...m]
      .sort((x, y) => y[1] - x[1])
      .slice(0, n)
      .map(([k, v]) => `${indent}${v.toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n');
  console.log(`CPU profile of ${b} ${path} (4× slowdown), self time by file:`);
  console.log(top(byFile, 15));
  console.log('\nself time by function:');
  console.log(top(byFunction, 40));
  console.log('\ntask entry points, inclusive time:');
  console.log(top(entries, 15));
  for (const [k, ms] of entries) {
    if (ms < 50) continue;
    console.log(`\n  within ${k}:`);
    console.log(top(within.get(k)!, 20, '  '));
  }
});
