/**
 * `npm run bench`: how fast the demo backend answers on the full dataset, and how much JavaScript
 * the first page costs. Prints a table with targets and writes bench/results.json.
 *
 * Mock-server timings call the same MSW handlers the app uses (no network), 50 runs each after a
 * warm-up; the bundle figure comes from a fresh production build.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { getResponse } from 'msw';
import { datasetSync } from '../mocks/db';
import { handlers } from '../mocks/handlers';

interface Row {
  name: string;
  value: number;
  unit: string;
  target?: number;
  met?: boolean;
  detail?: string;
}

const RUNS = 50;
const base = 'http://bench.local/api';

async function call(path: string, init: RequestInit & { cookie?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set('cookie', init.cookie);
  const response = await getResponse(handlers, new Request(`${base}${path}`, { ...init, headers }));
  if (!response) throw new Error(`No handler for ${path}`);
  return response;
}

async function signIn(username: string): Promise<string> {
  const r = await call('/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  const cookie = r.headers.get('set-cookie');
  if (!cookie) throw new Error('sign-in failed');
  return cookie.split(';')[0]!;
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

/** Time a request; `vary` makes each run a fresh query so no cache answers it. */
async function time(
  cookie: string,
  path: (i: number) => string,
): Promise<{ median: number; p95: number }> {
  await (await call(path(-1), { cookie })).arrayBuffer();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = await call(path(i), { cookie });
    await r.arrayBuffer();
    if (!r.ok) throw new Error(`${path(i)} answered ${r.status}`);
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

const rows: Row[] = [];
const t0 = performance.now();
const ds = datasetSync();
rows.push({
  name: 'Demo dataset build (Node)',
  value: performance.now() - t0,
  unit: 'ms',
  detail: `${ds.size} accounts`,
});

const head = await signIn('head.ict');
const districts = ['213', '215', '216', '217', '218', '219', '220', '221', '222', '223'];
for (const [name, path] of [
  ['Stats: summary, province', () => '/stats/summary'],
  ['Stats: by unit, province', () => '/stats/by-unit'],
  ['Stats: daily series, province', () => '/stats/series'],
  [
    'Stats: summary, one district',
    (i: number) => `/stats/summary?district=${districts[(i + 10) % 10]}`,
  ],
] as const) {
  const { median, p95 } = await time(head, path);
  rows.push({ name: `${name} (median)`, value: median, unit: 'ms', target: 30, met: median <= 30 });
  rows.push({ name: `${name} (p95)`, value: p95, unit: 'ms', target: 30, met: p95 <= 30 });
}

// The work list: a page of 50 with a name search, a filter and a sort, new each run (no cache).
const names = [
  'nguyen van',
  'tran thi',
  'le van',
  'pham thi',
  'hoang van',
  'than van',
  'giap thi',
  'ngo van',
];
const sorts = ['name', '-registeredOn', 'lastSeenOn', '-name', 'registeredOn'];
{
  const { median, p95 } = await time(head, (i) => {
    const k = i + 1;
    return `/accounts?q=${encodeURIComponent(names[k % names.length]!)}&status=unconverted&sort=${sorts[k % sorts.length]}&pageSize=50&page=${1 + (k % 3)}`;
  });
  rows.push({
    name: 'Accounts list: search + filter + sort, page of 50 (median)',
    value: median,
    unit: 'ms',
    target: 50,
    met: median <= 50,
  });
  rows.push({
    name: 'Accounts list: search + filter + sort, page of 50 (p95)',
    value: p95,
    unit: 'ms',
    target: 50,
    met: p95 <= 50,
  });
}

// Export: the whole province's unconverted citizens as CSV (well over 100,000 rows), streamed.
{
  const samples: number[] = [];
  let lines = 0;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = await call(
      `/accounts/export?format=csv&kind=citizen&status=unconverted&sort=${sorts[i]}`,
      { cookie: head },
    );
    const text = await r.text();
    samples.push(performance.now() - t);
    lines = text.split('\r\n').length - 2;
  }
  const { median } = stats(samples);
  rows.push({
    name: 'Export CSV of the filtered set (median of 3)',
    value: median / 1000,
    unit: 's',
    target: 5,
    met: median <= 5000,
    detail: `${lines} rows`,
  });
}

// The production build's JavaScript for `/`.
if (!process.argv.includes('--no-build')) {
  execSync('npx vite build', { stdio: 'ignore' });
  const out = execSync('node scripts/check-budget.mjs dist', { encoding: 'utf8' });
  const kib = Number(/([\d.]+) KiB gzip/.exec(out)?.[1]);
  rows.push({
    name: 'JavaScript for / (production build, gzip)',
    value: kib,
    unit: 'KiB',
    target: 200,
    met: kib <= 200,
  });
}

const width = Math.max(...rows.map((r) => r.name.length));
console.log(`${'figure'.padEnd(width)}  ${'value'.padStart(10)}  ${'target'.padStart(9)}  met`);
for (const r of rows) {
  const value = `${r.value.toFixed(1)} ${r.unit}`;
  const target = r.target === undefined ? '' : `≤ ${r.target} ${r.unit}`;
  const met = r.met === undefined ? '' : r.met ? 'yes' : 'NO';
  console.log(
    `${r.name.padEnd(width)}  ${value.padStart(10)}  ${target.padStart(9)}  ${met}${r.detail ? `  (${r.detail})` : ''}`,
  );
}
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ at: new Date().toISOString(), rows }, null, 2)}\n`,
);
