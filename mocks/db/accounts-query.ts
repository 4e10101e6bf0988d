/**
 * The accounts work list over the full dataset: filter, search, sort and page on typed arrays,
 * then the accounts kept apart (opened at the desk, added by imports). Names are searched by
 * matching name-part indexes (./account-names.ts), so a province-wide search never builds 339,000
 * strings. The last few results are cached per filter, so paging through one, or going back to
 * one (a page load asks for the list and for the work list's count), costs almost nothing. What
 * one row is (seeded, desk or imported) is ./account-rows.ts, re-exported here.
 */
import type { components } from '../../src/api/schema';
import {
  classifyQuery,
  numbersMatch,
  otherNameMatches,
  personNameMatches,
  type AccountQuery,
} from '../../src/lib/account-search';
import { KINDS, KIND_CITIZEN, REASONS, SOURCES, type Dataset } from './dataset';
import { foldedOtherName, numbers, tokenMatches } from './account-names';
import { sortRows } from './account-order';
import { deskSummary, statusOf } from './account-rows';
import { dayOf } from './days';
import { deskAccounts } from './desk-accounts';
import { allDeskReports } from './desk-reports';
import { allAccountEvents } from './journal';
import {
  IMPORTED_BASE,
  importedAccounts,
  importedFoldedName,
  importedVersion,
} from './imported-accounts';
import { communeIndex, communes } from './units';

export * from './account-rows';

type AccountStatus = components['schemas']['AccountStatus'];

export interface AccountFilter {
  q?: string;
  /** District index the user may see (scope) and/or asked for. */
  districtIdx?: number;
  communeIdx?: number;
  kind?: (typeof KINDS)[number];
  status?: AccountStatus;
  reason?: (typeof REASONS)[number];
  source?: (typeof SOURCES)[number];
  regFrom?: number;
  regTo?: number;
  seenBefore?: number;
  sort: string;
}

/** The most recent filters' results, oldest first (at most 1.3 MB each: the whole province). */
const cache: { key: string; ds: Dataset; rows: Int32Array }[] = [];
const CACHED_FILTERS = 8;

/** Every row matching the filter on the day, sorted. Cached for the last few filters. */
export function matchingRows(ds: Dataset, filter: AccountFilter, day: number): Int32Array {
  // Demo actions change statuses and add accounts: they are part of the key.
  const version = [
    allAccountEvents().length,
    allDeskReports(),
    deskAccounts().length,
    importedVersion(),
  ];
  const key = JSON.stringify({ ...filter, day, version });
  const hit = cache.findIndex((c) => c.key === key && c.ds === ds);
  if (hit >= 0) {
    const [entry] = cache.splice(hit, 1);
    cache.push(entry!);
    return entry!.rows;
  }

  // The shared rule (src/lib/account-search.ts): whole numbers, the visible last 4, or names.
  const query = classifyQuery(filter.q);
  const matches = tokenMatches(query.type === 'name' ? query.tokens : []);
  const nums = query.type === 'number' || query.type === 'tail' ? numbers(ds) : null;

  const kind = filter.kind ? KINDS.indexOf(filter.kind) : -1;
  const reason = filter.reason ? REASONS.indexOf(filter.reason) : -1;
  const source = filter.source ? SOURCES.indexOf(filter.source) : -1;
  const status = filter.reason ? 'unconverted' : filter.status;

  const out: number[] = [];
  // Digits that are neither a whole number nor the visible tail match nothing.
  for (let i = 0; query.type !== 'nothing' && i < ds.size; i++) {
    const c = ds.commune[i]!;
    if (filter.communeIdx !== undefined && c !== filter.communeIdx) continue;
    if (filter.districtIdx !== undefined && communes[c]!.districtIndex !== filter.districtIdx)
      continue;
    if (kind >= 0 && ds.kind[i] !== kind) continue;
    if (source >= 0 && ds.source[i] !== source) continue;
    const reg = ds.registeredDay[i]!;
    if (reg > day) continue;
    if (filter.regFrom !== undefined && reg < filter.regFrom) continue;
    if (filter.regTo !== undefined && reg > filter.regTo) continue;
    if (filter.seenBefore !== undefined && ds.lastSeenDay[i]! >= filter.seenBefore) continue;
    if (reason >= 0 && ds.reason[i] !== reason) continue;
    if (status && statusOf(ds, i, day) !== status) continue;
    if (nums) {
      if (!numbersMatch(query, nums.ids[i]!, nums.phones[i]!)) continue;
    } else if (matches.length) {
      if (ds.kind[i] === KIND_CITIZEN) {
        const f = ds.family[i]!;
        const m = ds.middle[i]!;
        const g = ds.given[i]!;
        let ok = true;
        for (const t of matches) {
          if (!t.family[f] && !t.middle[m] && !t.given[g]) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
      } else if (!foldedOtherName(ds, i).includes((query as { folded: string }).folded)) {
        continue;
      }
    }
    out.push(i);
  }
  if (query.type !== 'nothing') {
    for (const row of matchingDeskRows(ds, filter, query, day)) out.push(row);
    matchingImportedRows(ds, filter, query, day, out);
  }

  const rows = sortRows(ds, out, filter.sort, day);
  cache.push({ key, ds, rows });
  if (cache.length > CACHED_FILTERS) cache.shift();
  return rows;
}

/** Desk accounts (rows after the seeded ones) matching the filter and the query on the day. */
function matchingDeskRows(
  ds: Dataset,
  filter: AccountFilter,
  query: AccountQuery,
  day: number,
): number[] {
  const out: number[] = [];
  deskAccounts().forEach((a, k) => {
    const row = ds.size + k;
    const c = communeIndex(a.communeCode);
    if (c === undefined) return;
    if (filter.communeIdx !== undefined && c !== filter.communeIdx) return;
    if (filter.districtIdx !== undefined && communes[c]!.districtIndex !== filter.districtIdx)
      return;
    const summary = deskSummary(a);
    const reg = dayOf(a.createdOn);
    if (reg > day) return;
    if (filter.kind && a.kind !== filter.kind) return;
    if (filter.source && filter.source !== 'desk') return;
    if (filter.regFrom !== undefined && reg < filter.regFrom) return;
    if (filter.regTo !== undefined && reg > filter.regTo) return;
    if (filter.seenBefore !== undefined && reg >= filter.seenBefore) return;
    if (filter.reason && summary.reason !== filter.reason) return;
    if (filter.status && summary.status !== filter.status) return;
    if (query.type === 'number' || query.type === 'tail') {
      if (!numbersMatch(query, a.identityNumber ?? null, a.phone ?? null)) return;
    } else if (query.type === 'name') {
      const matches =
        a.kind === 'citizen'
          ? personNameMatches(query, a.displayName)
          : otherNameMatches(query, a.displayName);
      if (!matches) return;
    }
    out.push(row);
  });
  return out;
}

/** Accounts added by imports matching the filter and the query on the day, added to `out`. */
function matchingImportedRows(
  ds: Dataset,
  filter: AccountFilter,
  query: AccountQuery,
  day: number,
  out: number[],
): void {
  const kind = filter.kind ? KINDS.indexOf(filter.kind) : -1;
  const reason = filter.reason ? REASONS.indexOf(filter.reason) : -1;
  const status = filter.reason ? 'unconverted' : filter.status;
  const all = importedAccounts();
  for (let k = 0; k < all.length; k++) {
    const a = all[k]!;
    const row = IMPORTED_BASE + k;
    if (filter.communeIdx !== undefined && a.commune !== filter.communeIdx) continue;
    if (
      filter.districtIdx !== undefined &&
      communes[a.commune]!.districtIndex !== filter.districtIdx
    )
      continue;
    if (kind >= 0 && a.kind !== kind) continue;
    if (filter.source && filter.source !== 'provincial_portal') continue;
    if (a.registeredDay > day) continue;
    if (filter.regFrom !== undefined && a.registeredDay < filter.regFrom) continue;
    if (filter.regTo !== undefined && a.registeredDay > filter.regTo) continue;
    if (filter.seenBefore !== undefined && a.lastSeenDay >= filter.seenBefore) continue;
    if (reason >= 0 && a.reason !== reason) continue;
    if (status && statusOf(ds, row, day) !== status) continue;
    if (query.type === 'number' || query.type === 'tail') {
      if (!numbersMatch(query, a.identityNumber, a.phone)) continue;
    } else if (query.type === 'name') {
      const name = importedFoldedName(row);
      const ok =
        a.kind === KIND_CITIZEN ? personNameMatches(query, name) : otherNameMatches(query, name);
      if (!ok) continue;
    }
    out.push(row);
  }
}
/** Accounts with the same identity number (the original and its duplicates), except the row itself. */
export function duplicatesOf(ds: Dataset, row: number): number[] {
  const original = ds.dupOf[row]! >= 0 ? ds.dupOf[row]! : row;
  const out: number[] = original === row ? [] : [original];
  for (let i = 0; i < ds.size; i++) if (i !== row && ds.dupOf[i] === original) out.push(i);
  return out;
}
