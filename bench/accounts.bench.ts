/**
 * The accounts work list on the full dataset: a page of 50 with a name search (marks ignored), a
 * status filter and a sort, different each run so that nothing answers from a cache.
 * (Moved here from bench/run.ts; the accounts engineer owns and may extend it.)
 */
import { call, percentiles, signIn, timedRows } from './http';
import type { BenchRow } from './types';

export const order = 20;

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

/** Export of the whole province's unconverted citizens (well over 100,000 rows), CSV streamed. */
async function exportRow(cookie: string): Promise<BenchRow> {
  const samples: number[] = [];
  let lines = 0;
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = await call(
      `/accounts/export?format=csv&kind=citizen&status=unconverted&sort=${sorts[i]}`,
      {
        cookie,
      },
    );
    const reader = r.body!.getReader();
    lines = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const byte of value) if (byte === 10) lines++;
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }
    samples.push(performance.now() - t);
  }
  const { median } = percentiles(samples);
  return {
    name: 'Export CSV of the filtered set, streamed (median of 3)',
    value: median / 1000,
    unit: 's',
    target: 5,
    met: median <= 5000 && lines > 100_000,
    detail: `${lines - 1} rows; heap +${Math.round((heapPeak - heapBefore) / 2 ** 20)} MiB while streaming`,
  };
}

export async function run(): Promise<BenchRow[]> {
  const head = await signIn('head.ict');
  const list = await timedRows(
    'Accounts list: search + filter + sort, page of 50',
    head,
    (i) => {
      const k = i + 1;
      const q = encodeURIComponent(names[k % names.length]!);
      return `/accounts?q=${q}&status=unconverted&sort=${sorts[k % sorts.length]}&pageSize=50&page=${1 + (k % 3)}`;
    },
    50,
  );
  return [...list, await exportRow(head)];
}
