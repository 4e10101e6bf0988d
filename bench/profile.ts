/**
 * Where the main thread's time goes while a page loads: a CPU profile of one cold load (4× CPU
 * slowdown, as Lighthouse's mobile run), summed by function and by file. For finding what to cut;
 * not part of `npm run bench`.
 *
 *   npx tsx bench/profile.ts [production|demo] [/path]
 */
import { join } from 'node:path';
import { origin, outDir, withThrottledTab } from './browser';
import { loadSourceMap, type SourceMap } from './sourcemap';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

await withThrottledTab(async ({ b, path, page, cdp }) => {
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
  const label = (f: Node['callFrame']) => {
    const o = original(f);
    const where = o
      ? o.source.replace(/^(\.\.\/)+/, '')
      : `${f.url.replace(/^.*\//, '') || '(native)'}:${f.lineNumber}`;
    return `${f.functionName || '(anonymous)'} ${where}`;
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, ms] of self) {
    const f = byId.get(id)!.callFrame;
    const o = original(f);
    const file = o
      ? o.source.replace(/^(\.\.\/)+/, '').replace(/^(~\/(@[^/]+\/)?[^/]+).*/, '$1')
      : f.url.replace(/^.*\//, '') || '(native)';
    const fn = label(f);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  // Inclusive time of each script's top-level code (module evaluation) and of what it calls.
  const total = new Map<number, number>();
  const sum = (id: number): number => {
    const n = byId.get(id)!;
    const t = (self.get(id) ?? 0) + (n.children ?? []).reduce((a, c) => a + sum(c), 0);
    total.set(id, t);
    return t;
  };
  sum(profile.nodes[0]!.id);
  const moduleBodies = new Map<string, number>();
  const root = profile.nodes[0]!;
  for (const id of root.children ?? []) {
    const n = byId.get(id)!;
    const f = n.callFrame;
    if (f.functionName === '' && f.url) {
      const k = `top level of ${f.url.replace(/^.*\//, '')}`;
      moduleBodies.set(k, (moduleBodies.get(k) ?? 0) + (total.get(n.id) ?? 0));
    }
  }
  // Under each file's top level: which functions take the time (self time, summed).
  const under = new Map<string, Map<string, number>>();
  const walk = (id: number, file: string) => {
    const n = byId.get(id)!;
    const f = n.callFrame;
    const m = under.get(file) ?? new Map<string, number>();
    under.set(file, m);
    const fn = label(f);
    m.set(fn, (m.get(fn) ?? 0) + (self.get(id) ?? 0));
    for (const c of n.children ?? []) walk(c, file);
  };
  for (const id of root.children ?? []) {
    const f = byId.get(id)!.callFrame;
    if (f.url && (total.get(id) ?? 0) > 50)
      walk(id, `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}`);
  }
  if (process.env.PROFILE_ROOTS) {
    // Every task entry point (the root's children), with inclusive time: which callbacks run long.
    const entries = (root.children ?? [])
      .map((id) => byId.get(id)!)
      .map((n) => [n, total.get(n.id) ?? 0] as const)
      .filter(([, t]) => t > 5)
      .sort((x, y) => y[1] - x[1]);
    for (const [n, t] of entries.slice(0, 25)) {
      const f = n.callFrame as Node['callFrame'] & { columnNumber: number };
      console.log(
        `${t.toFixed(1).padStart(8)} ms  ${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber}:${f.columnNumber}`,
      );
    }
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((x, y) => y[1] - x[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`);
  console.log(`CPU profile of ${b} ${path} (4× slowdown), self time:`);
  console.log(top(byFile, 15).join('\n'));
  console.log('');
  console.log(top(byFunction, 40).join('\n'));
  console.log('');
  console.log('Inclusive time of top-level code (module evaluation), by file:');
  console.log(top(moduleBodies, 20).join('\n'));
  for (const [file, m] of under) {
    console.log(`\n  within task entry ${file}:`);
    console.log(
      top(m, 30)
        .map((l) => `  ${l}`)
        .join('\n'),
    );
  }
});
