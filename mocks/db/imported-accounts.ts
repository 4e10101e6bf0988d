/**
 * Accounts that imports added (issue 19): the seeded rows are fixed-size columns, so these are
 * kept apart, as the accounts opened at the desk are, and shown alongside them in the list, its
 * search, the account page and the figures. Row `IMPORTED_BASE + k` is the k-th added account; the
 * base lies above every seeded and desk row, so a row number says which kind of account it is.
 *
 * The store is rebuilt from the committed snapshots (./imports-store.ts) whenever the dataset is
 * built or reset: it holds nothing of its own that is persisted.
 */
import { foldVietnamese } from '../../src/lib/text';
import { NEVER, WINDOW_END, WINDOW_START } from './days';
import {
  KIND_FOREIGNER,
  KIND_ORGANISATION,
  convIndex,
  regBucket,
  regIndex,
  type Dataset,
} from './dataset';

/** The first imported row (2^21): above the ~339,000 seeded rows and the desk accounts after them. */
export const IMPORTED_BASE = 2_097_152;

/** An account an import added, with the values of the row that added it (changed by later ones). */
export interface ImportedAccount {
  /** The file's account id, or the next `TK9……` (the server's sequence starts at TK9000001). */
  id: string;
  kind: number;
  commune: number;
  /** Citizens: why it is not linked (index in REASONS); others: NO_REASON. */
  reason: number;
  registeredDay: number;
  /** The snapshot's day: the day the province's systems last saw it. */
  lastSeenDay: number;
  convertedDay: number;
  displayName: string;
  identityNumber: string | null;
  phone: string | null;
}

/** The first number of the ids given to added accounts whose row had none (as the server's). */
const FIRST_NUMBER = 9_000_001;

let accounts: ImportedAccount[] = [];
let folded: string[] = [];
const byId = new Map<string, number>();
/** Identity number → the added account holding it with the smallest id (as the server picks). */
const byIdentity = new Map<string, number>();
let numbered = 0;
let version = 0;

export function importedAccounts(): readonly ImportedAccount[] {
  return accounts;
}

/** The added account behind a row, or undefined for a seeded or desk row. */
export function importedOf(row: number): ImportedAccount | undefined {
  return row >= IMPORTED_BASE ? accounts[row - IMPORTED_BASE] : undefined;
}

/** An added account's name, folded (for search and the name order). */
export function importedFoldedName(row: number): string {
  return folded[row - IMPORTED_BASE] ?? '';
}

/** The row of an added account by its id. */
export function importedRowOfId(id: string): number | undefined {
  const k = byId.get(id);
  return k === undefined ? undefined : IMPORTED_BASE + k;
}

/** The row of the added account holding an identity number (the smallest id of them). */
export function importedRowOfIdentity(identity: string): number | undefined {
  const k = byIdentity.get(identity);
  return k === undefined ? undefined : IMPORTED_BASE + k;
}

/** Changes with every account added or changed: part of the list's cache key. */
export function importedVersion(): number {
  return version;
}

/** The id the `offset`-th next added account without one gets (`TK9000001`, …). */
export function numberedId(offset: number): string {
  return `TK${FIRST_NUMBER + numbered + offset}`;
}

/** A snapshot applied gave `count` accounts a number: the next ones come after them. */
export function skipNumbers(count: number): void {
  numbered += count;
}

/** Count an added account in the aggregates (`sign` -1 takes it out again). */
export function countImported(ds: Dataset, a: ImportedAccount, sign: 1 | -1): void {
  if (a.kind === KIND_ORGANISATION) ds.waitingByCommune.organisation[a.commune]! += sign;
  else if (a.kind === KIND_FOREIGNER) ds.waitingByCommune.foreigner[a.commune]! += sign;
  else {
    ds.regHist[regIndex(a.commune, a.reason, regBucket(a.registeredDay))]! += sign;
    if (a.convertedDay !== NEVER) {
      const w = Math.min(WINDOW_END, Math.max(WINDOW_START, a.convertedDay)) - WINDOW_START;
      ds.convHist[convIndex(a.commune, a.reason, w)]! += sign;
    }
  }
}

/** Add an account (counted in the aggregates); its row. */
export function addImported(ds: Dataset, account: ImportedAccount): number {
  const a = { ...account };
  const k = accounts.length;
  accounts.push(a);
  folded.push(foldVietnamese(a.displayName));
  byId.set(a.id, k);
  if (a.identityNumber !== null) {
    const other = byIdentity.get(a.identityNumber);
    if (other === undefined || a.id < accounts[other]!.id) byIdentity.set(a.identityNumber, k);
  }
  countImported(ds, a, 1);
  version += 1;
  return IMPORTED_BASE + k;
}

/** A later import's change to an added account: its conversion day and commune. */
export function changeImported(
  ds: Dataset,
  row: number,
  change: { convertedDay: number; commune: number },
): void {
  const a = importedOf(row);
  if (!a) return;
  countImported(ds, a, -1);
  a.convertedDay = change.convertedDay;
  a.commune = change.commune;
  countImported(ds, a, 1);
  version += 1;
}

/** Forget every added account, taking them out of the aggregates when `ds` is given. */
export function clearImported(ds: Dataset | null): void {
  if (ds) for (const a of accounts) countImported(ds, a, -1);
  accounts = [];
  folded = [];
  byId.clear();
  byIdentity.clear();
  numbered = 0;
  version += 1;
}
