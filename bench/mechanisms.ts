/**
 * What each start-up and rendering mechanism gains: the app as it is against the app with one
 * mechanism switched off (a patch in bench/mechanisms/<name>.patch), built from the committed tree
 * (HEAD) in a git worktree of its own, measured side by side in rounds, the two builds alternating
 * (ABBA). `none` (no patch: the same build twice) gives the run-to-run noise.
 *
 *   npx tsx bench/mechanisms.ts                     every patch, and `none`
 *   npx tsx bench/mechanisms.ts none vendor-steps   only these
 *
 * BENCH_BUILD=demo measures the demo build (default: production, behind nginx); BENCH_ROUNDS
 * (default 5) the rounds. Each round, in each build: a first visit (cold) and a repeat visit (warm)
 * of / and a first visit of /accounts at a desktop's size, unthrottled, and a first visit of each
 * on a phone's size with a 4× CPU slowdown. Prints the medians and writes bench/mechanisms.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, median, open, type Build, type Session } from './browser';
import { firstRowsSelector, headlineSelector, loadOnce, type Load } from './page-loads';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const patches = join(root, 'bench/mechanisms');
const b = (process.env.BENCH_BUILD ?? 'production') as Build;
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const USER = 'officer.vietyen';
const list = '/accounts?status=unconverted&sort=name';

/** The figures of one round, by name. */
type Figures = Record<string, number>;

async function round(s: Session): Promise<Figures> {
  const f: Figures = {};
  const take = (name: string, l: Load, keys: (keyof Load)[]) => {
    for (const k of keys) f[`${name} ${k}`] = l[k] as number;
  };
  take('/ cold', await loadOnce(s, b, '/', headlineSelector), ['shown', 'fcp', 'lcp']);
  take('/ warm', await loadOnce(s, b, '/', headlineSelector, { warm: true }), ['shown', 'lcp']);
  take('/accounts cold', await loadOnce(s, b, list, firstRowsSelector), ['shown', 'lcp']);
  const phone = { phone: true };
  take('phone / cold', await loadOnce(s, b, '/', headlineSelector, phone), [
    'shown',
    'lcp',
    'blocking',
    'longest',
  ]);
  take('phone /accounts cold', await loadOnce(s, b, list, firstRowsSelector, phone), [
    'shown',
    'blocking',
    'longest',
  ]);
  return f;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A worktree of HEAD, with the main tree's node_modules. */
function worktree(): { dir: string; remove: () => void } {
  const dir = join(tmpdir(), `bench-mechanisms-${process.pid}`);
  git(root, 'worktree', 'add', '--detach', '--force', dir, 'HEAD');
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return { dir, remove: () => git(root, 'worktree', 'remove', '--force', dir) };
}

function buildVariant(wt: string, name: string): string {
  git(wt, 'checkout', '--', '.');
  if (name !== 'base') git(wt, 'apply', join(patches, `${name}.patch`));
  const dir = join(root, 'dist-mechanisms', `${name}-${b}`);
  rmSync(dir, { recursive: true, force: true });
  build(b, { dir, cwd: wt });
  return dir;
}

const names = process.argv.slice(2);
const all = [
  'none',
  ...readdirSync(patches)
    .filter((f) => f.endsWith('.patch'))
    .map((f) => f.replace(/\.patch$/, '')),
];
const chosen = names.length ? names : all;
for (const n of chosen) if (!all.includes(n)) throw new Error(`No mechanism ${n} in ${patches}`);

const wt = worktree();
const results: Record<string, { with: Figures[]; without: Figures[] }> = {};
try {
  process.stderr.write(`mechanisms: building the app as it is (${b})…\n`);
  const base = buildVariant(wt.dir, 'base');
  for (const name of chosen) {
    process.stderr.write(`mechanisms: ${name}…\n`);
    const off = name === 'none' ? base : buildVariant(wt.dir, name);
    const r = { with: [] as Figures[], without: [] as Figures[] };
    for (let i = 0; i < rounds; i++) {
      const order = i % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
      for (const which of order) {
        const s = await open(b, USER, which === 'with' ? base : off);
        try {
          r[which].push(await round(s));
        } finally {
          await s.close();
        }
      }
    }
    results[name] = r;
    report(name, r);
  }
} finally {
  wt.remove();
  if (existsSync(join(root, 'dist-mechanisms'))) {
    rmSync(join(root, 'dist-mechanisms'), { recursive: true, force: true });
  }
}
writeFileSync(
  join(root, 'bench/mechanisms.json'),
  `${JSON.stringify({ at: new Date().toISOString(), build: b, rounds, results }, null, 2)}\n`,
);

/** Medians with and without, and the gain (without − with: positive when the mechanism helps). */
function report(name: string, r: { with: Figures[]; without: Figures[] }): void {
  console.log(`\n${name} (${b}, medians of ${rounds}; ms)`);
  console.log(
    `${'figure'.padEnd(28)}${'with'.padStart(8)}${'without'.padStart(9)}${'gain'.padStart(8)}`,
  );
  for (const key of Object.keys(r.with[0] ?? {})) {
    const w = median(r.with.map((f) => f[key]!));
    const wo = median(r.without.map((f) => f[key]!));
    console.log(
      `${key.padEnd(28)}${w.toFixed(0).padStart(8)}${wo.toFixed(0).padStart(9)}${(wo - w).toFixed(0).padStart(8)}`,
    );
  }
}
