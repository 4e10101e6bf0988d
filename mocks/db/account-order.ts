/**
 * The list's sorts (the contract's `sort`) over rows of every kind (seeded, desk, imported): one
 * numeric key per row, with the row in its low part, sorted at once. A descending sort is the
 * ascending one reversed, ties included, as the server's.
 */
import { DESK_REASON_ORDER } from '../../src/lib/desk-order';
import { foldVietnamese } from '../../src/lib/text';
import { KINDS, REASONS, type Dataset } from './dataset';
import { byteOrder, nameKeys, otherNameKey, sortNameOf } from './account-names';
import { DESK_CITIZEN_REASON, deskAccountOf, importedOf, statusOf } from './account-rows';
import { dayOf } from './days';
import type { DeskAccount } from './desk-accounts';
import { importedFoldedName, type ImportedAccount } from './imported-accounts';
import { communeIndex } from './units';

/** 2^22 > every row (imported rows start at 2^21): sort keys carry the row in their low part. */
const ROW_BITS = 4_194_304;

/**
 * The `desk` order (see the contract's `sort`): what can be done at the counter today first. The
 * rank of each reason, index as in REASONS; every account that is not an unconverted citizen's
 * comes after them all.
 */
const deskRank = Int8Array.from(REASONS, (r) => DESK_REASON_ORDER.indexOf(r));
const DESK_OTHERS = DESK_REASON_ORDER.length;

function sortKey(ds: Dataset, row: number, field: string, day: number): number {
  const imported = importedOf(row);
  if (imported) return importedSortKey(ds, imported, row, field, day);
  const desk = deskAccountOf(ds, row);
  if (desk) {
    return field === 'name'
      ? otherNameKey(ds, sortNameOf(desk.kind, foldVietnamese(desk.displayName)))
      : deskSortKey(desk, field);
  }
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

/** The same keys for an account an import added. */
function importedSortKey(
  ds: Dataset,
  a: ImportedAccount,
  row: number,
  field: string,
  day: number,
): number {
  switch (field) {
    case 'desk': {
      const rank = statusOf(ds, row, day) === 'unconverted' ? deskRank[a.reason]! : DESK_OTHERS;
      return rank * 65_536 + (32_767 - a.lastSeenDay);
    }
    case 'registeredOn':
      return a.registeredDay + 32_768;
    case 'lastSeenOn':
      return a.lastSeenDay + 32_768;
    case 'commune':
      return a.commune;
    default:
      return otherNameKey(ds, sortNameOf(KINDS[a.kind]!, importedFoldedName(row)));
  }
}

/** A sort name of any row (for ordering accounts that share an odd name key). */
function sortNameOfRow(ds: Dataset, row: number): string {
  const imported = importedOf(row);
  if (imported) return sortNameOf(KINDS[imported.kind]!, importedFoldedName(row));
  const desk = deskAccountOf(ds, row);
  return desk ? sortNameOf(desk.kind, foldVietnamese(desk.displayName)) : '';
}

/**
 * Accounts that are not seeded and fall between the same two seeded names share an odd name key:
 * each such run of the ascending rows is put in the order of their own names (ties by row), as the
 * server sorts them.
 */
function orderOddRuns(ds: Dataset, keys: Float64Array, rows: Int32Array): void {
  let k = 0;
  while (k < keys.length) {
    const key = Math.floor(keys[k]! / ROW_BITS);
    let end = k + 1;
    while (end < keys.length && Math.floor(keys[end]! / ROW_BITS) === key) end++;
    if (key % 2 === 1 && end - k > 1) {
      const run = Array.from(rows.subarray(k, end));
      const names = new Map(run.map((r) => [r, sortNameOfRow(ds, r)]));
      run.sort((x, y) => byteOrder(names.get(x)!, names.get(y)!) || x - y);
      rows.set(run, k);
    }
    k = end;
  }
}

/** Rows in the order of a contract sort (`name`, `-registeredOn`, …) on a day. */
export function sortRows(ds: Dataset, out: readonly number[], sort: string, day: number) {
  const desc = sort.startsWith('-');
  const field = desc ? sort.slice(1) : sort;
  const keys = new Float64Array(out.length);
  for (let k = 0; k < out.length; k++)
    keys[k] = sortKey(ds, out[k]!, field, day) * ROW_BITS + out[k]!;
  keys.sort();
  const rows = Int32Array.from(keys, (v) => v % ROW_BITS);
  if (field === 'name') orderOddRuns(ds, keys, rows);
  if (desc) rows.reverse();
  return rows;
}
