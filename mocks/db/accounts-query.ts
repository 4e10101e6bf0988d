/**
 * The accounts work list over the full dataset: filter, search, sort and page on typed arrays.
 * Names are searched by folding the small lists of name parts once and matching part indexes,
 * so a province-wide search never builds 339,000 strings. The last result is cached per filter,
 * so paging through it costs almost nothing.
 */
import type { components } from '../../src/api/schema';
import {
  classifyQuery,
  listSortName,
  numbersMatch,
  otherNameMatches,
  personNameMatches,
  type AccountQuery,
} from '../../src/lib/account-search';
import { foldVietnamese } from '../../src/lib/text';
import {
  KINDS,
  KIND_CITIZEN,
  REASONS,
  SOURCES,
  STATE_CLOSED,
  STATE_MERGED,
  accountId,
  displayName,
  rowOfId,
  identityNumber,
  mask,
  nameParts,
  phoneNumber,
  type Dataset,
} from './dataset';
import { NEVER, dayOf, isoOf } from './days';
import { deskAccounts, type DeskAccount } from './desk-accounts';
import { allDeskReports, pendingRows } from './desk-reports';
import { allAccountEvents } from './journal';
import { communeIndex, communes } from './units';

type AccountSummary = components['schemas']['AccountSummary'];
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

// ---------------------------------------------------------------- desk accounts

/*
 * Accounts opened at the desk take the rows after the seeded ones: row `ds.size + k` is the k-th
 * desk account. Every function here that takes a row accepts both.
 */

/** The desk account behind a row, or undefined for a seeded row. */
export function deskAccountOf(ds: Dataset, row: number): DeskAccount | undefined {
  return row >= ds.size ? deskAccounts()[row - ds.size] : undefined;
}

/** The row of an account id (seeded `TK…` or desk `DN…` / `CD…`), if there is one. */
export function rowOfAccountId(ds: Dataset, id: string): number | undefined {
  if (id.startsWith('TK')) {
    const row = rowOfId(id);
    return row !== undefined && row < ds.size ? row : undefined;
  }
  const k = deskAccounts().findIndex((a) => a.id === id);
  return k >= 0 ? ds.size + k : undefined;
}

export function accountIdOf(ds: Dataset, row: number): string {
  return deskAccountOf(ds, row)?.id ?? accountId(row);
}

/** A row's commune index. */
export function communeOfRow(ds: Dataset, row: number): number {
  const desk = deskAccountOf(ds, row);
  return desk ? communeIndex(desk.communeCode)! : ds.commune[row]!;
}

/** The day a row's account was registered (a desk account: its creation day). */
export function registeredDayOf(ds: Dataset, row: number): number {
  const desk = deskAccountOf(ds, row);
  return desk ? dayOf(desk.createdOn) : ds.registeredDay[row]!;
}

/** Whether a row is a citizen's account. */
export function isCitizenRow(ds: Dataset, row: number): boolean {
  const desk = deskAccountOf(ds, row);
  return desk ? desk.kind === 'citizen' : ds.kind[row] === KIND_CITIZEN;
}

/** A citizen account opened at the desk waits for its owner to link VNeID. */
const DESK_CITIZEN_REASON = 'verified_not_linked';

function deskStatus(a: DeskAccount): AccountStatus {
  return a.kind === 'citizen' ? 'unconverted' : 'awaiting_guidance';
}

function deskSummary(a: DeskAccount): AccountSummary {
  const status = deskStatus(a);
  return {
    id: a.id,
    kind: a.kind,
    displayName: a.displayName,
    identityNumberMasked: a.identityNumberMasked,
    phoneMasked: mask(a.phone ?? null),
    districtCode: a.districtCode,
    communeCode: a.communeCode,
    source: 'desk',
    registeredOn: a.createdOn,
    lastSeenOn: a.createdOn,
    status,
    reason: status === 'unconverted' ? DESK_CITIZEN_REASON : null,
    convertedOn: null,
  };
}

/** Rows with a desk report pending on `day`, cached per (reports, day). */
let pendingCache: { reports: readonly unknown[]; day: number; rows: Set<number> } | null = null;
function pendingOn(day: number): Set<number> {
  const reports = allDeskReports();
  if (pendingCache?.reports !== reports || pendingCache.day !== day)
    pendingCache = { reports, day, rows: pendingRows(day) };
  return pendingCache.rows;
}

// ---------------------------------------------------------------- status and summary

/** Status of a row on a day; null when the account did not exist yet. */
export function statusOf(ds: Dataset, row: number, day: number): AccountStatus | null {
  const desk = deskAccountOf(ds, row);
  if (desk) return dayOf(desk.createdOn) > day ? null : deskStatus(desk);
  if (ds.registeredDay[row]! > day) return null;
  const state = ds.state[row];
  if (state === STATE_CLOSED) return 'closed';
  if (state === STATE_MERGED) return 'merged';
  if (ds.kind[row] !== KIND_CITIZEN) return 'awaiting_guidance';
  if (ds.convertedDay[row]! <= day) return 'converted';
  return pendingOn(day).has(row) ? 'reported_at_desk' : 'unconverted';
}

export function summaryOf(ds: Dataset, row: number, day: number): AccountSummary {
  const desk = deskAccountOf(ds, row);
  if (desk) return deskSummary(desk);
  const status = statusOf(ds, row, day) ?? 'unconverted';
  const commune = communes[ds.commune[row]!]!;
  const converted = ds.convertedDay[row]!;
  return {
    id: accountId(row),
    kind: KINDS[ds.kind[row]!]!,
    displayName: displayName(ds, row),
    identityNumberMasked: mask(identityNumber(ds, row)),
    phoneMasked: mask(phoneNumber(ds, row)),
    districtCode: commune.districtCode,
    communeCode: commune.code,
    source: SOURCES[ds.source[row]!]!,
    registeredOn: isoOf(ds.registeredDay[row]!),
    lastSeenOn: isoOf(ds.lastSeenDay[row]!),
    status,
    reason: status === 'unconverted' ? REASONS[ds.reason[row]!]! : null,
    convertedOn: converted !== NEVER && converted <= day ? isoOf(converted) : null,
  };
}

// ---------------------------------------------------------------- search

const folded = {
  family: nameParts.family.map(foldVietnamese),
  middle: nameParts.middle.map(foldVietnamese),
  given: nameParts.given.map(foldVietnamese),
};

/**
 * The list's name order (the contract's `sort=name`): every account's sort name (`listSortName`,
 * shared with the server) ranked once per dataset, without building a string per citizen: a
 * citizen's sort name depends only on its three name parts, so one string per combination.
 * Keys are even (2 × rank + 2); an account opened at the desk takes the odd key just below the
 * first seeded name not smaller than its own, or that name's key when equal.
 */
let nameOrder: { ds: Dataset; keys: Uint32Array; sorted: string[] } | null = null;
function nameKeys(ds: Dataset) {
  if (nameOrder?.ds === ds) return nameOrder;
  const { family: f, middle: m, given: g } = folded;
  const byParts = new Map<number, string>();
  const names: string[] = new Array<string>(ds.size);
  for (let i = 0; i < ds.size; i++) {
    if (ds.kind[i] === KIND_CITIZEN) {
      const combo = (ds.given[i]! * f.length + ds.family[i]!) * m.length + ds.middle[i]!;
      let name = byParts.get(combo);
      if (name === undefined) {
        name = `${g[ds.given[i]!]!} ${f[ds.family[i]!]!} ${m[ds.middle[i]!]!}`;
        byParts.set(combo, name);
      }
      names[i] = name;
    } else names[i] = foldedOtherName(ds, i);
  }
  const sorted = [...new Set(names)].sort(byteOrder);
  const rankOf = new Map(sorted.map((n, r) => [n, r]));
  const keys = Uint32Array.from(names, (n) => 2 * rankOf.get(n)! + 2);
  nameOrder = { ds, keys, sorted };
  return nameOrder;
}

/** Byte order of folded names (on these letters, what Vietnamese collation gives too). */
const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function deskNameKey(ds: Dataset, a: DeskAccount): number {
  const name = listSortName(a.kind, foldVietnamese(a.displayName));
  const { sorted } = nameKeys(ds);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < name) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] === name ? 2 * lo + 2 : 2 * lo + 1;
}

interface TokenMatch {
  family: Uint8Array;
  middle: Uint8Array;
  given: Uint8Array;
  token: string;
}

/** Each token, and which name parts it matches (whole word; the last token may be a prefix). */
function tokenMatches(tokens: string[]): TokenMatch[] {
  return tokens.map((token, k) => {
    const prefix = k === tokens.length - 1;
    const test = (p: string) => (prefix ? p.startsWith(token) : p === token);
    return {
      token,
      family: Uint8Array.from(folded.family, (p) => (test(p) ? 1 : 0)),
      middle: Uint8Array.from(folded.middle, (p) => (test(p) ? 1 : 0)),
      given: Uint8Array.from(folded.given, (p) => (test(p) ? 1 : 0)),
    };
  });
}

/** Identity numbers, phones and non-citizen names, built once on first use. */
let numberCache: { ds: Dataset; ids: (string | null)[]; phones: (string | null)[] } | null = null;
function numbers(ds: Dataset) {
  if (numberCache?.ds !== ds) {
    const ids = new Array<string | null>(ds.size);
    const phones = new Array<string | null>(ds.size);
    for (let i = 0; i < ds.size; i++) {
      ids[i] = identityNumber(ds, i);
      phones[i] = phoneNumber(ds, i);
    }
    numberCache = { ds, ids, phones };
  }
  return numberCache;
}
const otherNames = new Map<number, string>();
function foldedOtherName(ds: Dataset, row: number): string {
  let name = otherNames.get(row);
  if (name === undefined) {
    name = foldVietnamese(displayName(ds, row));
    otherNames.set(row, name);
  }
  return name;
}

// ---------------------------------------------------------------- filter, sort, page

const ROW_BITS = 524_288; // 2^19 > rows: sort keys carry the row in their low part.

/**
 * The `desk` order (see the contract's `sort`): what can be done at the counter today first. The
 * rank of each reason, index as in REASONS; every account that is not an unconverted citizen's
 * comes after them all.
 */
const DESK_REASON_ORDER = [
  'verified_not_linked',
  'id_mismatch',
  'cmnd_only',
  'no_id',
  'duplicate',
  'inactive',
] as const;
const deskRank = Int8Array.from(REASONS, (r) => DESK_REASON_ORDER.indexOf(r));
const DESK_OTHERS = DESK_REASON_ORDER.length;

function sortKey(ds: Dataset, row: number, field: string, day: number): number {
  const desk = deskAccountOf(ds, row);
  if (desk) return field === 'name' ? deskNameKey(ds, desk) : deskSortKey(desk, field);
  switch (field) {
    case 'desk': {
      const rank =
        statusOf(ds, row, day) === 'unconverted' ? deskRank[ds.reason[row]!]! : DESK_OTHERS;
      // Within a rank the most recently seen first.
      return rank * 65_536 + (32_767 - ds.lastSeenDay[row]!);
    }
    case 'registeredOn':
      return ds.registeredDay[row]! + 32_768;
    case 'lastSeenOn':
      return ds.lastSeenDay[row]! + 32_768;
    case 'commune':
      return ds.commune[row]!;
    default:
      return nameKeys(ds).keys[row]!;
  }
}

/** The same keys for an account opened at the desk (created, and last seen, on its creation day). */
function deskSortKey(a: DeskAccount, field: string): number {
  const created = dayOf(a.createdOn);
  switch (field) {
    case 'desk':
      return (
        (a.kind === 'citizen' ? deskRank[REASONS.indexOf(DESK_CITIZEN_REASON)]! : DESK_OTHERS) *
          65_536 +
        (32_767 - created)
      );
    case 'registeredOn':
    case 'lastSeenOn':
      return created + 32_768;
    case 'commune':
      return communeIndex(a.communeCode) ?? 0;
    default:
      return 0;
  }
}

let cache: { key: string; ds: Dataset; rows: Int32Array } | null = null;

/** Every row matching the filter on the day, sorted. Cached for the last filter. */
export function matchingRows(ds: Dataset, filter: AccountFilter, day: number): Int32Array {
  // Demo actions change statuses and add accounts: they are part of the key.
  const version = [allAccountEvents().length, allDeskReports(), deskAccounts().length];
  const key = JSON.stringify({ ...filter, day, version });
  if (cache && cache.key === key && cache.ds === ds) return cache.rows;

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
  if (query.type !== 'nothing') out.push(...matchingDeskRows(ds, filter, query, day));

  const desc = filter.sort.startsWith('-');
  const field = desc ? filter.sort.slice(1) : filter.sort;
  const keys = new Float64Array(out.length);
  for (let k = 0; k < out.length; k++)
    keys[k] = sortKey(ds, out[k]!, field, day) * ROW_BITS + out[k]!;
  keys.sort();
  const rows = new Int32Array(out.length);
  for (let k = 0; k < keys.length; k++) {
    const v = keys[desc ? keys.length - 1 - k : k]!;
    rows[k] = v % ROW_BITS;
  }
  cache = { key, ds, rows };
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

/** Accounts with the same identity number (the original and its duplicates), except the row itself. */
export function duplicatesOf(ds: Dataset, row: number): number[] {
  const original = ds.dupOf[row]! >= 0 ? ds.dupOf[row]! : row;
  const out: number[] = original === row ? [] : [original];
  for (let i = 0; i < ds.size; i++) if (i !== row && ds.dupOf[i] === original) out.push(i);
  return out;
}
