/**
 * `npm run bench`: runs every `bench/*.bench.ts` module (each exports `run(): Promise<BenchRow[]>`,
 * see bench/types.ts), prints one table with targets and met / not met, and writes
 * bench/results.json.
 *
 *   npm run bench                   all modules (the bundle module runs a production build)
 *   npm run bench -- stats          only modules whose file name contains "stats"
 *   npm run bench -- --no-build     skip the production build (no bundle figure)
 *
 * Exit code 1 when a module fails or a target is not met.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchModule, BenchRow } from './types';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)));

const modules: { file: string; mod: BenchModule }[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as Partial<BenchModule>;
  if (typeof mod.run !== 'function') throw new Error(`${file} exports no run()`);
  modules.push({ file, mod: mod as BenchModule });
}
modules.sort((a, b) => (a.mod.order ?? 50) - (b.mod.order ?? 50) || a.file.localeCompare(b.file));

const loadBefore = loadavg()[0]!;
const rows: (BenchRow & { module: string })[] = [];
const failures: string[] = [];
for (const { file, mod } of modules) {
  const module = file.replace(/\.bench\.ts$/, '');
  process.stderr.write(`bench: ${module}…\n`);
  try {
    for (const row of await mod.run()) rows.push({ module, ...row });
  } catch (e) {
    failures.push(`${module}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const width = Math.max(6, ...rows.map((r) => r.name.length));
const line = (name: string, value: string, warm: string, target: string, met: string) =>
  `${name.padEnd(width)}  ${value.padStart(12)}  ${warm.padStart(12)}  ${target.padStart(12)}  ${met}`;
const formatted = (v: number, unit: string) =>
  `${v.toFixed(v !== 0 && Math.abs(v) < 1 ? 3 : 1)} ${unit}`.trim();
// Where a figure has both, `value` is a first visit (cold) and `warm` a repeat visit.
console.log(line('figure', 'value (cold)', 'warm', 'target', 'met'));
console.log('-'.repeat(width + 48));
for (const r of rows) {
  const warm = r.warm === undefined ? '' : formatted(r.warm, r.unit);
  const target =
    r.target === undefined ? '' : `${r.atLeast ? '≥' : '≤'} ${r.target} ${r.unit}`.trim();
  const met = r.met === undefined ? '' : r.met ? 'met' : 'NOT MET';
  const detail = r.detail ? `  (${r.detail})` : '';
  console.log(line(r.name, formatted(r.value, r.unit), warm, target, met) + detail);
}
const missed = rows.filter((r) => r.met === false).length;
console.log(
  `\n${rows.length} figures from ${modules.length} modules; ${rows.filter((r) => r.met).length} targets met, ${missed} not met.`,
);
// Timings depend on what else the machine runs: say how busy it was.
const load = { before: loadBefore, after: loadavg()[0]!, cores: cpus().length };
console.log(
  `Load average (1 min) ${load.before.toFixed(1)} before, ${load.after.toFixed(1)} after, on ${load.cores} cores.`,
);
for (const f of failures) console.error(`FAILED ${f}`);

writeFileSync(
  join(here, 'results.json'),
  `${JSON.stringify({ at: new Date().toISOString(), only: filters, load, failures, rows }, null, 2)}\n`,
);
if (failures.length > 0 || missed > 0) process.exitCode = 1;
