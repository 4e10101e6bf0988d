/**
 * Migration progress computed from the dataset's aggregates (registrations and conversions per
 * commune, reason and day), never from hand-written totals and never by scanning 339,000 rows:
 * a province-wide answer adds up 209 communes × 6 reasons × at most 92 days.
 */
import type { components } from '../../src/api/schema';
import {
  DEADLINE_DATE,
  SERIES_FROM,
  SWITCH_DATE,
  outlook as sharedOutlook,
  scopeForecastOf,
  type Outlook,
} from '../../src/lib/progress';
import {
  KIND_CITIZEN,
  REASONS,
  REG_BUCKETS,
  STATE_ACTIVE,
  convIndex,
  regBucket,
  regIndex,
  type Dataset,
} from './dataset';
import { NEVER, WINDOW_DAYS, WINDOW_START, dayOf, isoOf } from './days';
import { deskAccounts } from './desk-accounts';
import { pendingRows } from './desk-reports';
import { allAccountEvents } from './journal';
import { communeIndex, communes } from './units';

type StuckReason = components['schemas']['StuckReason'];

export interface Figures {
  total: number;
  converted: number;
  convertedToday: number;
  convertedLast7Days: number;
  /** Reported as linked at the desk, awaiting reconciliation: not converted, not unconverted. */
  reported: number;
  /** Conversions per window day, up to and including the day asked for. */
  daily: Int32Array;
  /** Registrations per bucket (0 = before 01/05/2024, k = window day k − 1), up to the day. */
  registered: Int32Array;
  /** Not yet converted, per reason (index as in REASONS). */
  unconvertedByReason: Int32Array;
}

/** Rows taken out of the figures by demo actions (merged or closed), latest state per row. */
function removedRows(): Map<number, number> {
  const state = new Map<number, number>();
  for (const e of allAccountEvents()) if (e.state !== undefined) state.set(e.row, e.state);
  for (const [row, s] of state) if (s === STATE_ACTIVE) state.delete(row);
  return state;
}

/** The figures of a set of communes on a day (a day number from mocks/db/days.ts). */
export function figures(ds: Dataset, communeIdx: readonly number[], day: number): Figures {
  const reasons = REASONS.length;
  const lastBucket = regBucket(day);
  const lastWindowDay = Math.min(day, WINDOW_START + WINDOW_DAYS - 1) - WINDOW_START;
  const daily = new Int32Array(WINDOW_DAYS);
  const registered = new Int32Array(REG_BUCKETS);
  const unconvertedByReason = new Int32Array(reasons);
  let total = 0;
  let converted = 0;
  for (const c of communeIdx) {
    for (let r = 0; r < reasons; r++) {
      let reg = 0;
      const rBase = regIndex(c, r, 0);
      for (let b = 0; b <= lastBucket && b < REG_BUCKETS; b++) {
        const n = ds.regHist[rBase + b]!;
        reg += n;
        registered[b]! += n;
      }
      let conv = 0;
      const cBase = convIndex(c, r, 0);
      for (let w = 0; w <= lastWindowDay; w++) {
        const n = ds.convHist[cBase + w]!;
        conv += n;
        daily[w]! += n;
      }
      total += reg;
      converted += conv;
      unconvertedByReason[r]! += reg - conv;
    }
  }
  // Merged and closed accounts leave the figures.
  const inScope = new Set(communeIdx);
  for (const [row] of removedRows()) {
    if (ds.kind[row] !== KIND_CITIZEN || !inScope.has(ds.commune[row]!)) continue;
    if (ds.registeredDay[row]! > day) continue;
    total -= 1;
    registered[regBucket(ds.registeredDay[row]!)]! -= 1;
    const conv = ds.convertedDay[row]!;
    if (conv !== NEVER && conv <= day) {
      converted -= 1;
      if (conv >= WINDOW_START) daily[conv - WINDOW_START]! -= 1;
    } else {
      unconvertedByReason[ds.reason[row]!]! -= 1;
    }
  }
  // Citizen accounts opened at the desk (before the function was removed) wait to be linked.
  const deskReason = REASONS.indexOf('verified_not_linked');
  for (const a of deskAccounts()) {
    const c = communeIndex(a.communeCode);
    const created = dayOf(a.createdOn);
    if (a.kind !== 'citizen' || c === undefined || !inScope.has(c) || created > day) continue;
    total += 1;
    registered[regBucket(created)]! += 1;
    unconvertedByReason[deskReason]! += 1;
  }
  // Reported at the desk today: counted apart until the sync confirms the link.
  const removed = removedRows();
  let reported = 0;
  for (const row of pendingRows(day)) {
    if (ds.kind[row] !== KIND_CITIZEN || !inScope.has(ds.commune[row]!) || removed.has(row))
      continue;
    reported += 1;
    unconvertedByReason[ds.reason[row]!]! -= 1;
  }
  let convertedLast7Days = 0;
  for (let w = Math.max(0, lastWindowDay - 6); w <= lastWindowDay; w++)
    convertedLast7Days += daily[w]!;
  const convertedToday = lastWindowDay >= 0 ? daily[lastWindowDay]! : 0;
  return {
    total,
    converted,
    convertedToday,
    convertedLast7Days,
    reported,
    daily,
    registered,
    unconvertedByReason,
  };
}

export type { Outlook } from '../../src/lib/progress';

/** Pace, need, forecast and status of a scope's figures on a day (src/lib/progress.ts). */
export function outlook(
  f: Pick<Figures, 'total' | 'converted' | 'convertedLast7Days'>,
  day: number,
): Outlook {
  return sharedOutlook(f, isoOf(day));
}

/**
 * A scope's forecast, never earlier than the forecast of any unit below it (the contract's rule,
 * `StatsSummary.deadlines.forecastDate`): a commune's is its own; a district's the latest of its
 * own and its communes'; the province's the latest of its own, its districts' and so its communes'.
 * Null when the scope or any unit below it that is not done has no pace. Without this the province
 * read "100% on 11/07" over a table in which one district finished in September.
 */
export function scopeForecast(
  ds: Dataset,
  communeIdx: readonly number[],
  day: number,
  own: Outlook,
): string | null {
  if (communeIdx.length <= 1) return own.forecastDate;
  const byDistrict = new Map<number, number[]>();
  for (const c of communeIdx) {
    const d = communes[c]!.districtIndex;
    const list = byDistrict.get(d);
    if (list) list.push(c);
    else byDistrict.set(d, [c]);
  }
  // The units below: each commune, and each district when the scope spans several.
  const below: number[][] = communeIdx.map((c) => [c]);
  if (byDistrict.size > 1) below.push(...byDistrict.values());
  return scopeForecastOf(
    own,
    below.map((unit) => outlook(figures(ds, unit, day), day)),
  );
}

/** The share converted on a day (0 when nothing was registered yet). */
export function shareOn(ds: Dataset, communeIdx: readonly number[], day: number): number {
  const f = figures(ds, communeIdx, day);
  return f.total ? f.converted / f.total : 0;
}

export function reasonCounts(f: Figures): { reason: StuckReason; count: number }[] {
  return REASONS.map((reason, i) => ({ reason, count: f.unconvertedByReason[i]! }));
}

/**
 * Organisation and foreigner accounts of a set of communes: they wait, they are not late.
 * Organisation accounts opened at the desk count from their creation day.
 */
export function awaiting(ds: Dataset, communeIdx: readonly number[], day: number) {
  let organisation = 0;
  let foreigner = 0;
  for (const c of communeIdx) {
    organisation += ds.waitingByCommune.organisation[c]!;
    foreigner += ds.waitingByCommune.foreigner[c]!;
  }
  const inScope = new Set(communeIdx);
  for (const a of deskAccounts()) {
    const c = communeIndex(a.communeCode);
    if (a.kind === 'organisation' && c !== undefined && inScope.has(c) && dayOf(a.createdOn) <= day)
      organisation += 1;
  }
  return { organisation, foreigner };
}

export function communesOfDistrict(districtIdx: number): number[] {
  const out: number[] = [];
  communes.forEach((c, i) => {
    if (c.districtIndex === districtIdx) out.push(i);
  });
  return out;
}

export const allCommunes: readonly number[] = communes.map((_, i) => i);

export { DEADLINE_DATE, SERIES_FROM, SWITCH_DATE };
