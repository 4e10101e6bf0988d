// After `vite build`: what the first visit to `/` loads, guarded twice.
// 1. Its shape: the start-up chunks (the entry, the libraries' four, the app's) hold no page code
//    and no mock code, and the first screen of `/` holds none of the heavy or late parts named in
//    FIRST_SCREEN_FORBIDDEN (from the build's chunk report, written by vite.config.ts's chunkReport).
// 2. Its size: the JavaScript a first visit to `/` loads (the entry, the app's start chunk that
// the entry imports after the first paint, with the libraries' chunk it imports, the progress route
// and the layout's pinned-notice banner, each with every chunk it imports statically; the Vietnamese
// messages are in the start chunk), gzipped, must stay within the budget.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KIB = Number(process.env.JS_BUDGET_KIB ?? 200);
const dir = join(process.argv[2] ?? 'dist', 'assets');
const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
const read = (f) => readFileSync(join(dir, f), 'utf8').replace(/\/\/# sourceMappingURL=.*$/m, '');

function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const m of read(file).matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g))
    closure(m[1], seen);
  return seen;
}

const entry = files.find((f) => /^index-[\w-]+\.js$/.test(f));
const app = files.find((f) => /^app-[\w-]+\.js$/.test(f));
const route = files.find((f) => f.startsWith('DashboardRoute-'));
const banner = files.find((f) => f.startsWith('PinnedNoticeBanner-'));
if (!entry || !app || !route || !banner) {
  console.error(
    `Could not find the entry, the start chunk, the progress route or the banner chunk in ${dir}.`,
  );
  process.exit(1);
}
// The first load's shape: index.html paints the static first screen and asks for the start chunk
// at once (without blocking that paint).
const html = readFileSync(join(dir, '..', 'index.html'), 'utf8');
if (
  !html.includes('class="app-shell"') ||
  !html.includes(`fetchpriority="low" crossorigin href="/assets/${app}"`)
) {
  console.error('index.html lacks the static first screen or the preload of the start chunk.');
  process.exit(1);
}
const loaded = closure(banner, closure(route, closure(app, closure(entry))));

/** Modules a start-up chunk may not hold: a page (a feature's route), or anything from mocks/. */
const START_FORBIDDEN = /^(src\/features\/[^/]+\/routes\/|mocks\/)/;
/** What the first screen of `/` may not load: overlays, menus and selects (opened later, if at all), the editor, parsers. */
const FIRST_SCREEN_FORBIDDEN =
  /node_modules\/(@mui\/material\/(Select|Modal|Dialog|Popover|Popper|Menu|Drawer|Autocomplete|Tooltip|Snackbar)\/|@tiptap\/|papaparse\/|fflate\/|dompurify\/|diff\/|uqr\/)/;
const reportFile = resolve(
  'node_modules/.cache/chunk-report',
  `${basename(resolve(process.argv[2] ?? 'dist'))}.json`,
);
let report;
try {
  report = JSON.parse(readFileSync(reportFile, 'utf8'));
} catch {
  console.error(
    `No chunk report at ${reportFile}: build with vite.config.ts's chunkReport plugin.`,
  );
  process.exit(1);
}
const modulesOf = new Map(report.map((c) => [c.fileName.replace(/^assets\//, ''), c.modules]));
const startChunks = [...closure(app, closure(entry))].filter((f) =>
  /^(index|preload|vendor-\w+|app|rolldown-runtime)-[\w-]+\.js$/.test(f),
);
const shapeProblems = [];
for (const f of startChunks)
  for (const m of modulesOf.get(f) ?? [])
    if (START_FORBIDDEN.test(m)) shapeProblems.push(`start-up chunk ${f} holds ${m}`);
for (const f of loaded)
  for (const m of modulesOf.get(f) ?? [])
    if (FIRST_SCREEN_FORBIDDEN.test(m))
      shapeProblems.push(`the first screen of / loads ${m} (in ${f})`);
if (shapeProblems.length) {
  console.error(shapeProblems.join('\n'));
  console.error(
    'Load these on demand (a lazy import), or change the guard with a measured reason.',
  );
  process.exit(1);
}
console.log(
  `Start-up chunks: ${startChunks.length}, no page or mock code; first screen of /: ${loaded.size} files, none of the late parts.`,
);
const bytes = [...loaded].reduce((sum, f) => sum + gzipSync(read(f)).length, 0);
const kib = bytes / 1024;
console.log(
  `JavaScript for / : ${kib.toFixed(1)} KiB gzip in ${loaded.size} files (budget ${BUDGET_KIB} KiB)`,
);
if (kib > BUDGET_KIB) {
  console.error(
    `Over budget by ${(kib - BUDGET_KIB).toFixed(1)} KiB: look for a heavy import on the first page.`,
  );
  process.exit(1);
}
