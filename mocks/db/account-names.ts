/**
 * Names and numbers of the accounts for the list's search and its name order, over 339,000 rows
 * without building a string per citizen: the small lists of name parts are folded once and a
 * search matches part indexes; every account's sort name (`listSortName`, shared with the server)
 * is ranked once per dataset.
 */
import { listSortName } from '../../src/lib/account-search';
import { foldVietnamese } from '../../src/lib/text';
import {
  KIND_CITIZEN,
  displayName,
  identityNumber,
  nameParts,
  phoneNumber,
  type Dataset,
} from './dataset';

export const folded = {
  family: nameParts.family.map(foldVietnamese),
  middle: nameParts.middle.map(foldVietnamese),
  given: nameParts.given.map(foldVietnamese),
};

/**
 * The list's name order (the contract's `sort=name`): a citizen's sort name depends only on its
 * three name parts, so one string per combination. Keys are even (2 × rank + 2); an account that
 * is not seeded takes the odd key just below the first seeded name not smaller than its own, or
 * that name's key when equal (`otherNameKey`).
 */
let nameOrder: { ds: Dataset; keys: Uint32Array; sorted: string[] } | null = null;
export function nameKeys(ds: Dataset) {
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
export const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The sort name of an account that is not seeded: its kind, its folded name. */
export const sortNameOf = (kind: string, foldedName: string) => listSortName(kind, foldedName);

/** The name key of an account that is not seeded, by its sort name (see `nameKeys`). */
export function otherNameKey(ds: Dataset, sortName: string): number {
  const { sorted } = nameKeys(ds);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < sortName) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] === sortName ? 2 * lo + 2 : 2 * lo + 1;
}

export interface TokenMatch {
  family: Uint8Array;
  middle: Uint8Array;
  given: Uint8Array;
  token: string;
}

/** Each token, and which name parts it matches (whole word; the last token may be a prefix). */
export function tokenMatches(tokens: string[]): TokenMatch[] {
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

/** Identity numbers and phones of the seeded rows, built once on first use. */
let numberCache: { ds: Dataset; ids: (string | null)[]; phones: (string | null)[] } | null = null;
export function numbers(ds: Dataset) {
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

/** A seeded organisation's or foreigner's name, folded (kept once made). */
const otherNames = new Map<number, string>();
export function foldedOtherName(ds: Dataset, row: number): string {
  let name = otherNames.get(row);
  if (name === undefined) {
    name = foldVietnamese(displayName(ds, row));
    otherNames.set(row, name);
  }
  return name;
}
