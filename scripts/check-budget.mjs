// After `vite build`: what the first visit to `/` loads, guarded twice.
// 1. Its shape: the start-up chunks (the entry and its early chunk, the libraries' four, the app's)
//    hold no page code and no mock code, the early chunk no library but the API client's, and the
//    first screen of `/` holds none of the heavy or late parts named in
//    FIRST_SCREEN_FORBIDDEN (from the build's chunk report, written by vite.config.ts's chunkReport).
// 2. Its size: the JavaScript a first visit to `/` loads (the entry, the app's start chunk that
// the entry imports after the first paint, with the libraries' chunk it imports, the progress route
// and the layout's pinned-notice banner, each with every chunk it imports statically; the Vietnamese
// messages are in the start chunk), gzipped, must stay within the budget (200 KiB).
//
// A demo build (`node scripts/check-budget.mjs dist-demo`, told apart by its chunk report, which
// holds the demo backend's start) is held to its own budget (400 KiB), its size only: the same page
// files, plus what the demo loads on `/` besides (the demo's bar, MSW in the page, the backend
// worker's start module), the backend's Web Worker with every chunk it imports statically (what
// its handlers import on demand is left out, as the browser leaves it), and the mock service
// worker's script. The worker is bundled apart from the page, so it is not in the chunk report: its
// file is found where the start module creates it (`new Worker(new URL("/assets/…"))`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** A built file's text without its source-map comment (not sent to a browser that asks for none). */
const readBuilt = (path) => readFileSync(path, 'utf8').replace(/\/\/# sourceMappingURL=.*$/m, '');

/** `file` (in `assets`) and every chunk it imports statically, added to `seen`. */
export function closure(assets, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const m of readBuilt(join(assets, file)).matchAll(
    /(?:import|from)\s*["']\.\/([^"']+\.js)["']/g,
  ))
    closure(assets, m[1], seen);
  return seen;
}

/** The chunks of the first screen of `/`, as in production (throws when one is missing). */
export function pageFiles(dir) {
  const assets = join(dir, 'assets');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const entry = files.find((f) => /^index-[\w-]+\.js$/.test(f));
  const app = files.find((f) => /^app-[\w-]+\.js$/.test(f));
  const route = files.find((f) => f.startsWith('DashboardRoute-'));
  const banner = files.find((f) => f.startsWith('PinnedNoticeBanner-'));
  if (!entry || !app || !route || !banner)
    throw new Error(
      `Could not find the entry, the start chunk, the progress route or the banner chunk in ${assets}.`,
    );
  const loaded = closure(
    assets,
    banner,
    closure(assets, route, closure(assets, app, closure(assets, entry))),
  );
  return { entry, app, loaded };
}

/** The file of the chunk holding `module` (a path from the root), from the chunk report. */
const chunkOf = (report, module) =>
  report.find((c) => c.modules.includes(module))?.fileName.replace(/^assets\//, '');

/** Whether a chunk report is a demo build's: it holds the demo backend's start. */
export const isDemoReport = (report) => Boolean(chunkOf(report, 'mocks/worker/start.ts'));

/**
 * What a first visit to `/` of a demo build loads: `page`, the files of assets/ the page loads;
 * `worker`, those of the Web Workers it starts, each with what it imports statically; `root`, the
 * mock service worker's script at the site's root.
 */
export function demoFiles(dir, report) {
  const assets = join(dir, 'assets');
  const { loaded } = pageFiles(dir);
  const start = chunkOf(report, 'mocks/worker/start.ts');
  const msw = chunkOf(report, 'mocks/browser.ts');
  const bar = readdirSync(assets).find((f) => /^DemoBar-[\w-]+\.js$/.test(f));
  if (!start || !msw || !bar)
    throw new Error(`Could not find the demo backend's start, MSW or the demo's bar in ${assets}.`);
  for (const f of [start, msw, bar]) closure(assets, f, loaded);
  const worker = new Set();
  for (const f of loaded)
    for (const m of readBuilt(join(assets, f)).matchAll(
      /new URL\(\s*[`'"](?:[^`'"]*\/)?assets\/([^`'"/]+\.js)[`'"]/g,
    ))
      closure(assets, m[1], worker);
  if (!worker.size) throw new Error(`The demo backend's start module (${start}) starts no worker.`);
  const root = existsSync(join(dir, 'mockServiceWorker.js')) ? ['mockServiceWorker.js'] : [];
  return { page: [...loaded], worker: [...worker], root };
}

/** Gzipped size in bytes of the given files (names relative to `base`). */
export const gzipBytes = (base, files) =>
  files.reduce((sum, f) => sum + gzipSync(readBuilt(join(base, f))).length, 0);

/** Modules a start-up chunk may not hold: a page (a feature's route), or anything from mocks/. */
/** The libraries the entry's early chunk may hold: the API client's URL building. */
const EARLY_LIBRARIES = /^node_modules\/openapi-fetch\//;
const START_FORBIDDEN = /^(src\/features\/[^/]+\/routes\/|mocks\/)/;
/** What the first screen of `/` may not load: overlays, menus and selects (opened later, if at all), the editor, parsers. */
const FIRST_SCREEN_FORBIDDEN =
  /node_modules\/(@mui\/material\/(Select|Modal|Dialog|Popover|Popper|Menu|Drawer|Autocomplete|Tooltip|Snackbar)\/|@tiptap\/|papaparse\/|fflate\/|dompurify\/|diff\/|uqr\/)/;

function fail(...lines) {
  console.error(lines.join('\n'));
  process.exit(1);
}

/** The production build: the shape of the start-up and of the first screen, then the size. */
function checkProduction(dir, report, budgetKib) {
  const assets = join(dir, 'assets');
  const { entry, app, loaded } = pageFiles(dir);
  // The first load's shape: index.html paints the static first screen and asks for the start chunk
  // at once (without blocking that paint).
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  if (
    !html.includes('class="app-shell"') ||
    !html.includes(`fetchpriority="low" crossorigin href="/assets/${app}"`)
  )
    fail('index.html lacks the static first screen or the preload of the start chunk.');
  const modulesOf = new Map(report.map((c) => [c.fileName.replace(/^assets\//, ''), c.modules]));
  const startChunks = [...closure(assets, app, closure(assets, entry))].filter((f) =>
    /^(index|early|preload|vendor-\w+|app|rolldown-runtime)-[\w-]+\.js$/.test(f),
  );
  const shapeProblems = [];
  for (const f of startChunks)
    for (const m of modulesOf.get(f) ?? [])
      if (START_FORBIDDEN.test(m)) shapeProblems.push(`start-up chunk ${f} holds ${m}`);
  // The entry's own chunk (src/app/early-requests.ts and what it imports) is evaluated before the
  // app's code: a library in it (React, say) would hold the early requests back until evaluated.
  for (const f of startChunks.filter((f) => f.startsWith('early-')))
    for (const m of modulesOf.get(f) ?? [])
      if (m.startsWith('node_modules/') && !EARLY_LIBRARIES.test(m))
        shapeProblems.push(`the entry's early chunk ${f} holds ${m}`);
  for (const f of loaded)
    for (const m of modulesOf.get(f) ?? [])
      if (FIRST_SCREEN_FORBIDDEN.test(m))
        shapeProblems.push(`the first screen of / loads ${m} (in ${f})`);
  if (shapeProblems.length)
    fail(
      ...shapeProblems,
      'Load these on demand (a lazy import), or change the guard with a measured reason.',
    );
  console.log(
    `Start-up chunks: ${startChunks.length}, no page or mock code; first screen of /: ${loaded.size} files, none of the late parts.`,
  );
  const kib = gzipBytes(assets, [...loaded]) / 1024;
  console.log(
    `JavaScript for / : ${kib.toFixed(1)} KiB gzip in ${loaded.size} files (budget ${budgetKib} KiB)`,
  );
  if (kib > budgetKib)
    fail(
      `Over budget by ${(kib - budgetKib).toFixed(1)} KiB: look for a heavy import on the first page.`,
    );
}

/** A demo build: the size of a first visit to `/`, the backend's worker included. */
function checkDemo(dir, report, budgetKib) {
  const { page, worker, root } = demoFiles(dir, report);
  const assets = join(dir, 'assets');
  const pageKib = gzipBytes(assets, page) / 1024;
  const workerKib = gzipBytes(assets, worker) / 1024;
  const kib = pageKib + workerKib + gzipBytes(dir, root) / 1024;
  const n = page.length + worker.length + root.length;
  console.log(
    `Demo JavaScript for / : ${kib.toFixed(1)} KiB gzip in ${n} files (budget ${budgetKib} KiB): ` +
      `the page ${pageKib.toFixed(1)} KiB in ${page.length}, the backend's worker ` +
      `${workerKib.toFixed(1)} KiB in ${worker.length} (${worker.join(', ')}), ${root.join(', ') || 'no mock service worker'}`,
  );
  if (kib > budgetKib)
    fail(
      `Over budget by ${(kib - budgetKib).toFixed(1)} KiB: look for a heavy import on the first ` +
        'page or in the worker; what only some requests need, a handler can import when called.',
    );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const reportFile = resolve('node_modules/.cache/chunk-report', `${basename(resolve(dir))}.json`);
  let report;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8'));
  } catch {
    fail(`No chunk report at ${reportFile}: build with vite.config.ts's chunkReport plugin.`);
  }
  const demo = isDemoReport(report);
  const budgetKib = Number(process.env.JS_BUDGET_KIB ?? (demo ? 400 : 200));
  try {
    (demo ? checkDemo : checkProduction)(dir, report, budgetKib);
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
}
