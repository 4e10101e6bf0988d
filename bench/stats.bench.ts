/**
 * The progress page's statistics on the full dataset: summary, by-unit table and daily series for
 * the province and for a district, answered by the same mock handlers the app uses. Target: each
 * answer within 30 ms at 300,000+ accounts.
 */
import { datasetBuilt, datasetSync } from '../mocks/db';
import { communes } from '../mocks/db/units';
import { signIn, timedRows } from './http';
import type { BenchRow } from './types';

export const order = 10;

const TARGET_MS = 30;

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const cold = !datasetBuilt();
  const t0 = performance.now();
  const ds = datasetSync();
  rows.push({
    name: cold ? 'Demo dataset build (Node)' : 'Demo dataset (already built)',
    value: performance.now() - t0,
    unit: 'ms',
    detail: `${ds.size.toLocaleString('en')} accounts`,
  });

  const head = await signIn('head.ict');
  const districts = [...new Set(communes.map((c) => c.districtCode))];
  const district = (i: number) => districts[(i + districts.length) % districts.length]!;
  const commune = (i: number) => communes[(i * 7 + communes.length) % communes.length]!.code;
  const cases: [string, (i: number) => string][] = [
    ['Stats: summary, province', () => '/stats/summary'],
    ['Stats: by unit, province (districts)', () => '/stats/by-unit'],
    ['Stats: daily series, province', () => '/stats/series'],
    ['Stats: summary, one district', (i) => `/stats/summary?district=${district(i)}`],
    ['Stats: by unit, one district (communes)', (i) => `/stats/by-unit?district=${district(i)}`],
    ['Stats: daily series, one commune', (i) => `/stats/series?commune=${commune(i)}`],
  ];
  for (const [name, path] of cases) rows.push(...(await timedRows(name, head, path, TARGET_MS)));
  return rows;
}
