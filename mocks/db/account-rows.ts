/**
 * One account by its row, whatever kind of row it is: a seeded row (below `ds.size`), an account
 * opened at the desk (row `ds.size + k`: the k-th desk account) or an account an import added (row
 * `IMPORTED_BASE + k`, ./imported-accounts.ts). Every function here that takes a row accepts all
 * three: its id, commune, registration day, status and summary.
 */
import type { components } from '../../src/api/schema';
import {
  KINDS,
  KIND_CITIZEN,
  REASONS,
  SOURCES,
  STATE_CLOSED,
  STATE_MERGED,
  accountId,
  displayName,
  identityNumber,
  mask,
  phoneNumber,
  rowOfId,
  type Dataset,
} from './dataset';
import { NEVER, dayOf, isoOf } from './days';
import { deskAccounts, type DeskAccount } from './desk-accounts';
import { allDeskReports, pendingRows } from './desk-reports';
import {
  IMPORTED_BASE,
  importedOf,
  importedRowOfId,
  type ImportedAccount,
} from './imported-accounts';
import { communeIndex, communes } from './units';

type AccountSummary = components['schemas']['AccountSummary'];
type AccountStatus = components['schemas']['AccountStatus'];

export { importedOf } from './imported-accounts';

/** The desk account behind a row, or undefined for a seeded or imported row. */
export function deskAccountOf(ds: Dataset, row: number): DeskAccount | undefined {
  return row >= ds.size && row < IMPORTED_BASE ? deskAccounts()[row - ds.size] : undefined;
}

/** The row of an account id (seeded or imported `TK…`, desk `DN…` / `CD…`), if there is one. */
export function rowOfAccountId(ds: Dataset, id: string): number | undefined {
  if (id.startsWith('TK')) {
    const row = rowOfId(id);
    return row !== undefined && row < ds.size ? row : importedRowOfId(id);
  }
  const k = deskAccounts().findIndex((a) => a.id === id);
  return k >= 0 ? ds.size + k : undefined;
}

export function accountIdOf(ds: Dataset, row: number): string {
  return importedOf(row)?.id ?? deskAccountOf(ds, row)?.id ?? accountId(row);
}

/** A row's commune index. */
export function communeOfRow(ds: Dataset, row: number): number {
  const imported = importedOf(row);
  if (imported) return imported.commune;
  const desk = deskAccountOf(ds, row);
  return desk ? communeIndex(desk.communeCode)! : ds.commune[row]!;
}

/** The day a row's account was registered (a desk account: its creation day). */
export function registeredDayOf(ds: Dataset, row: number): number {
  const imported = importedOf(row);
  if (imported) return imported.registeredDay;
  const desk = deskAccountOf(ds, row);
  return desk ? dayOf(desk.createdOn) : ds.registeredDay[row]!;
}

/** Whether a row is a citizen's account. */
export function isCitizenRow(ds: Dataset, row: number): boolean {
  const imported = importedOf(row);
  if (imported) return imported.kind === KIND_CITIZEN;
  const desk = deskAccountOf(ds, row);
  return desk ? desk.kind === 'citizen' : ds.kind[row] === KIND_CITIZEN;
}

/** A citizen account opened at the desk waits for its owner to link VNeID. */
export const DESK_CITIZEN_REASON = 'verified_not_linked';

function deskStatus(a: DeskAccount): AccountStatus {
  return a.kind === 'citizen' ? 'unconverted' : 'awaiting_guidance';
}

export function deskSummary(a: DeskAccount): AccountSummary {
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

/** An imported account's status on a day (it is never closed or merged). */
function importedStatus(a: ImportedAccount, row: number, day: number): AccountStatus | null {
  if (a.registeredDay > day) return null;
  if (a.kind !== KIND_CITIZEN) return 'awaiting_guidance';
  if (a.convertedDay <= day) return 'converted';
  return pendingOn(day).has(row) ? 'reported_at_desk' : 'unconverted';
}

/** Status of a row on a day; null when the account did not exist yet. */
export function statusOf(ds: Dataset, row: number, day: number): AccountStatus | null {
  const imported = importedOf(row);
  if (imported) return importedStatus(imported, row, day);
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

/** An imported account as the list shows it: the values its import gave it. */
function importedSummary(a: ImportedAccount, row: number, day: number): AccountSummary {
  const status = importedStatus(a, row, day) ?? 'unconverted';
  const commune = communes[a.commune]!;
  return {
    id: a.id,
    kind: KINDS[a.kind]!,
    displayName: a.displayName,
    identityNumberMasked: mask(a.identityNumber),
    phoneMasked: mask(a.phone),
    districtCode: commune.districtCode,
    communeCode: commune.code,
    source: 'provincial_portal',
    registeredOn: isoOf(a.registeredDay),
    lastSeenOn: isoOf(a.lastSeenDay),
    status,
    reason: status === 'unconverted' ? REASONS[a.reason]! : null,
    convertedOn: a.convertedDay !== NEVER && a.convertedDay <= day ? isoOf(a.convertedDay) : null,
  };
}

export function summaryOf(ds: Dataset, row: number, day: number): AccountSummary {
  const imported = importedOf(row);
  if (imported) return importedSummary(imported, row, day);
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
