/**
 * The server (issue 17) and its import (issue 19), over HTTP as nginx reaches it: the server runs
 * as `npm run server` does (a process of its own, on a free port), seeded with the demo's dataset by
 * `npm run server:seed`.
 *
 * - PGlite (nothing installed): the province's list, and a list request while a province export
 *   and a bulk reminder run;
 * - PostgreSQL (Debian's postgresql, a cluster of its own with PostgreSQL's default write settings,
 *   scripts/pg-local.mjs): the same, 200 concurrent list requests with the server's memory, the
 *   import of 300,000 rows and its re-import, then the province ten times over (3.4 million
 *   accounts): its seed, the list with search and the statistics.
 *
 * Without PostgreSQL, its rows are left out and the module says so. `npm run bench -- server`.
 *
 * `BENCH_SERVER_STEPS` runs some of it only, a comma-separated list of `pglite`, `lists` (the
 * PostgreSQL lists, concurrent requests, export and reminder), `import` and `tenfold`; the province
 * is seeded on PostgreSQL whenever `lists` or `import` is asked. `BENCH_SERVER_STEPS=import npm run
 * bench -- server`: the seed and the import alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../server/src/db';
import { findPostgres, startPostgres } from '../scripts/pg-local.mjs';
import {
  get,
  json,
  rssMiB,
  serverCommand,
  signIn,
  sleep,
  startServer,
  type Server,
} from './server-process';
import { imports } from './server-imports';
import { ceiling, percentiles, type BenchRow } from './types';

export const order = 60;

const RUNS = 100;

const STEPS = ['pglite', 'lists', 'import', 'tenfold'] as const;
const steps = new Set(
  (process.env.BENCH_SERVER_STEPS ?? STEPS.join(','))
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean),
);
for (const step of steps) {
  if (!(STEPS as readonly string[]).includes(step))
    throw new Error(`BENCH_SERVER_STEPS: unknown step ${step} (${STEPS.join(', ')})`);
}

/**
 * A list request as the accounts page sends it: a name search (a full name, as typed at the
 * counter), a filter, a sort, 50 rows.
 */
const NAMES = [
  'nguyen van hung',
  'tran thi lan',
  'le thi mai',
  'pham van duc',
  'hoang van nam',
  'vu thi hoa',
  'dang van tuan',
  'bui thi thu',
  'do van long',
  'ngo thi huong',
];
const SORTS = ['name', '-lastSeenOn', 'desk', '-registeredOn', 'commune'];
const STATUSES = ['unconverted', 'converted', 'unconverted', 'awaiting_guidance'];
const DISTRICTS = ['', '&district=213', '&district=219', '', '&district=222'];
const listPath = (i: number) =>
  `/accounts?q=${encodeURIComponent(NAMES[i % NAMES.length]!)}` +
  `&status=${STATUSES[i % STATUSES.length]}&sort=${SORTS[i % SORTS.length]}` +
  `${DISTRICTS[i % DISTRICTS.length]}&page=${1 + (i % 3)}&pageSize=50`;

/** p95 of RUNS list requests one after another, after five to warm up. */
async function listP95(s: Server, cookie: string, path = listPath): Promise<number> {
  for (let i = 0; i < 5; i++) await get(s, cookie, path(1000 + i));
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await get(s, cookie, path(i));
    if (r.status !== 200) throw new Error(`${path(i)}: ${r.status}`);
    samples.push(r.ms);
  }
  return percentiles(samples).p95;
}

/** List requests one after another until `work` settles; their p95 and how long the work took. */
async function listDuring(
  s: Server,
  cookie: string,
  work: () => Promise<unknown>,
): Promise<{ p95: number; n: number; errors: number; workMs: number }> {
  const t = performance.now();
  let done = false;
  const running = work().finally(() => {
    done = true;
  });
  const samples: number[] = [];
  let errors = 0;
  let i = 0;
  while (!done) {
    const r = await get(s, cookie, listPath(i++));
    // A 503 (the server refusing while it lags) counts as an error, not as a fast answer.
    if (r.status === 200) samples.push(r.ms);
    else errors += 1;
    await sleep(50);
  }
  await running;
  return {
    p95: percentiles(samples).p95,
    n: samples.length,
    errors,
    workMs: performance.now() - t,
  };
}

async function exportProvince(s: Server, cookie: string): Promise<number> {
  const r = await fetch(`${s.base}/accounts/export?format=csv`, { headers: { cookie } });
  if (!r.ok) throw new Error(`export: ${r.status}`);
  let bytes = 0;
  for await (const chunk of r.body!) bytes += (chunk as Uint8Array).byteLength;
  return bytes;
}

interface Job {
  id: string;
  status: string;
  matched: number;
  sent: number;
}

async function remindProvince(s: Server, cookie: string): Promise<Job> {
  let job = await json<Job>(s, cookie, 'POST', '/accounts/reminders', {
    channel: 'portal',
    filter: { status: 'unconverted' },
  });
  while (job.status === 'running') {
    await sleep(250);
    job = await json<Job>(s, cookie, 'GET', `/accounts/reminders/jobs/${job.id}`);
  }
  if (job.status !== 'done') throw new Error(`the reminder job ended ${job.status}`);
  return job;
}

/** The list while a province export runs, then while a bulk reminder to the province runs. */
async function underWork(s: Server, cookie: string, backend: string): Promise<BenchRow[]> {
  let bytes = 0;
  const exp = await listDuring(s, cookie, async () => {
    bytes = await exportProvince(s, cookie);
  });
  let job: Job | undefined;
  const rem = await listDuring(s, cookie, async () => {
    job = await remindProvince(s, cookie);
  });
  return [
    {
      ...ceiling(`List during a province CSV export, ${backend} (p95)`, exp.p95, 'ms', 200),
      detail: `${exp.n} answered, ${exp.errors} errors; export of ${(bytes / 1048576).toFixed(0)} MiB in ${(exp.workMs / 1000).toFixed(1)} s`,
    },
    {
      ...ceiling(`List during a province bulk reminder, ${backend} (p95)`, rem.p95, 'ms', 200),
      detail: `${rem.n} answered, ${rem.errors} errors; job of ${job!.matched.toLocaleString('en')} accounts in ${(rem.workMs / 1000).toFixed(1)} s`,
    },
  ];
}

/** 200 list requests at once: their p95, errors, and the server's largest RSS meanwhile. */
async function concurrent(s: Server, cookie: string): Promise<BenchRow[]> {
  let peak = rssMiB(s.pid);
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMiB(s.pid));
  }, 50);
  const t = performance.now();
  const answers = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      get(s, cookie, listPath(i)).catch(() => ({ ms: NaN, status: 0 })),
    ),
  );
  const wall = performance.now() - t;
  clearInterval(sampler);
  peak = Math.max(peak, rssMiB(s.pid));
  const errors = answers.filter((a) => a.status !== 200).length;
  const { p95 } = percentiles(answers.filter((a) => a.status === 200).map((a) => a.ms));
  return [
    {
      ...ceiling('200 concurrent list requests, PostgreSQL (p95)', p95, 'ms', 1000),
      detail: `all answered in ${(wall / 1000).toFixed(1)} s`,
    },
    ceiling('200 concurrent list requests: errors', errors, '', 0),
    ceiling('Server memory during them (RSS)', peak, 'MiB', 512),
  ];
}

/** The officer's work list as it opens: unconverted citizens in the desk order, five pages. */
const workList = (i: number) =>
  `/accounts?status=unconverted&kind=citizen&sort=desk&page=${1 + (((i % 5) + 5) % 5)}&pageSize=50`;
/** A search by one common family name alone (a third of the province's names). */
const familyName = (i: number) =>
  `/accounts?q=nguyen&sort=${SORTS[((i % SORTS.length) + SORTS.length) % SORTS.length]}&pageSize=50`;

/** The list rows every backend reports: the bench's mix (with a target), then two for reference. */
async function lists(s: Server, cookie: string, backend: string, target: number) {
  return [
    ceiling(`List, province, ${backend} (p95)`, await listP95(s, cookie), 'ms', target),
    {
      name: `Work list (unconverted, desk order), province, ${backend} (p95)`,
      value: await listP95(s, cookie, workList),
      unit: 'ms',
    },
    {
      name: `List, one family name (nguyen), province, ${backend} (p95)`,
      value: await listP95(s, cookie, familyName),
      unit: 'ms',
      detail: 'about 104,000 matches counted',
    },
  ];
}

/** The statistics the progress page asks for, one after another, as a province's head. */
const STATS = [
  '/stats/summary',
  '/stats/by-unit',
  '/stats/series',
  '/stats/summary?district=219',
  '/stats/by-unit?district=219',
  '/stats/series?district=213',
];

async function pglite(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'vneid-bench-pglite-'));
  try {
    const env = { PGLITE_DIR: dir };
    const seedMs = serverCommand(env, ['seed']);
    const s = await startServer(env);
    try {
      const cookie = await signIn(s, 'officer.center');
      const rows: BenchRow[] = [
        {
          name: 'Seed the province, PGlite',
          value: seedMs / 1000,
          unit: 's',
          detail: '339,000 accounts',
        },
        ...(await lists(s, cookie, 'PGlite', 50)),
      ];
      rows.push(...(await underWork(s, cookie, 'PGlite')));
      return rows;
    } finally {
      await s.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The province on PostgreSQL: its seed, then the lists and the import as `steps` asks. */
async function province(urlOf: (db: string) => string, admin: Database): Promise<BenchRow[]> {
  await admin.exec('create database bench_province');
  const env = { DATABASE_URL: urlOf('bench_province') };
  const seedMs = serverCommand(env, ['seed']);
  const rows: BenchRow[] = [
    { name: 'Seed the province, PostgreSQL', value: seedMs / 1000, unit: 's' },
  ];
  const s = await startServer(env);
  try {
    if (steps.has('lists')) {
      const cookie = await signIn(s, 'officer.center');
      rows.push(...(await lists(s, cookie, 'PostgreSQL', 30)));
      rows.push(...(await concurrent(s, cookie)));
      rows.push(...(await underWork(s, cookie, 'PostgreSQL')));
    }
    if (steps.has('import')) rows.push(...(await imports(s)));
  } finally {
    await s.stop();
  }
  return rows;
}

/** The province ten times over: its seed, the list with search and the statistics. */
async function tenfold(urlOf: (db: string) => string, admin: Database): Promise<BenchRow[]> {
  await admin.exec('create database bench_tenfold');
  const env10 = { DATABASE_URL: urlOf('bench_tenfold') };
  const seed10 = serverCommand(env10, ['seed', '--times', '10']);
  const rows: BenchRow[] = [
    {
      ...ceiling('Seed 10× the province, PostgreSQL', seed10 / 60_000, 'min', 3),
      detail: '3,390,000 accounts',
    },
  ];
  const s = await startServer(env10);
  try {
    const cookie = await signIn(s, 'head.ict');
    rows.push(
      ceiling(
        'List with search, 10× province, PostgreSQL (p95)',
        await listP95(s, cookie),
        'ms',
        100,
      ),
    );
    const stats = await listP95(s, cookie, (i) => STATS[(i + STATS.length) % STATS.length]!);
    rows.push({
      ...ceiling('Statistics, 10× province, PostgreSQL (p95)', stats, 'ms', 50),
      detail: 'summary, by unit, series; province and one district',
    });
  } finally {
    await s.stop();
  }
  return rows;
}

async function postgres(): Promise<BenchRow[]> {
  const pg = await startPostgres({ durable: true });
  const admin = await openDatabase({ url: pg.url });
  const urlOf = (db: string) => pg.url.replace(/\/postgres$/, `/${db}`);
  const rows: BenchRow[] = [];
  try {
    if (steps.has('lists') || steps.has('import')) rows.push(...(await province(urlOf, admin)));
    if (steps.has('tenfold')) rows.push(...(await tenfold(urlOf, admin)));
  } finally {
    await admin.close();
    pg.stop();
  }
  return rows;
}

export async function run(): Promise<BenchRow[]> {
  const rows = steps.has('pglite') ? await pglite() : [];
  if (!['lists', 'import', 'tenfold'].some((step) => steps.has(step))) return rows;
  if (findPostgres()) rows.push(...(await postgres()));
  else
    rows.push({
      name: 'PostgreSQL figures',
      value: 0,
      unit: '',
      detail: 'left out: PostgreSQL is not installed (apt-get install -y postgresql)',
    });
  return rows;
}
