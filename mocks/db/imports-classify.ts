/**
 * What each valid row of an import changes in the demo's accounts, as of a day (the server's
 * `classify` in server/src/services/import-sql.ts, on the dataset): the account it names (by its
 * id, else by its identity number: the first seeded account holding it, else the added one with
 * the smallest id), the conversion and the commune it would give it, or a new account when the
 * row names none and has a name. Nothing is written here.
 */
import type { components } from '../../src/api/schema';
import type { ImportRow, ReadResult } from '../../src/lib/import/pipeline';
import {
  KIND_CITIZEN,
  KIND_FOREIGNER,
  KIND_ORGANISATION,
  NO_REASON,
  R_CMND,
  R_NO_ID,
  R_VERIFIED,
  identityNumber,
  rowOfId,
  type Dataset,
} from './dataset';
import { NEVER, dayOf } from './days';
import {
  importedOf,
  importedRowOfId,
  importedRowOfIdentity,
  type ImportedAccount,
} from './imported-accounts';
import { communeIndex } from './units';

type ImportCounts = components['schemas']['ImportCounts'];

/** A planned change to a seeded row or an added account, or an account to add. */
export type Plan =
  | { target: 'row'; row: number; convertedDay: number; commune: number }
  | { target: 'added'; row: number; convertedDay: number; commune: number }
  /** The id is the file's, or null: numbered when written. */
  | { target: 'new'; account: Omit<ImportedAccount, 'id'> & { id: string | null } };

export interface Classified {
  plans: Plan[];
  /** Rows the accounts refuse: an unknown id without a name to add it, an account named twice. */
  extra: ReadResult['rejected'];
  counts: Omit<ImportCounts, 'rowsRead' | 'rejected'>;
}

let identityIndex: { ds: Dataset; map: Map<string, number> } | null = null;

/** Identity number → the first seeded row holding it (duplicates share their original's). */
function rowsByIdentity(ds: Dataset): Map<string, number> {
  if (identityIndex?.ds === ds) return identityIndex.map;
  const map = new Map<string, number>();
  for (let row = 0; row < ds.size; row++) {
    const id = identityNumber(ds, row);
    if (id !== null && !map.has(id)) map.set(id, row);
  }
  identityIndex = { ds, map };
  return map;
}

const kindCode = {
  citizen: KIND_CITIZEN,
  organisation: KIND_ORGANISATION,
  foreigner: KIND_FOREIGNER,
};

/** The account a row names: a seeded row, an added account's row, or undefined. */
function accountOfRow(ds: Dataset, byIdentity: Map<string, number>, r: ImportRow) {
  if (r.accountId) {
    const row = rowOfId(r.accountId);
    return row !== undefined && row < ds.size ? row : importedRowOfId(r.accountId);
  }
  return byIdentity.get(r.identityNumber!) ?? importedRowOfIdentity(r.identityNumber!);
}

const rejection = (r: ImportRow, code: 'duplicate_id' | 'unknown_account', value: string) => ({
  line: r.line,
  cells: [],
  reasons: [
    {
      row: r.line,
      column: null,
      field: r.accountId ? ('accountId' as const) : ('identityNumber' as const),
      code,
      value,
    },
  ],
});

/** A new citizen's reason, by the identity number it brings. */
function newReason(kind: number, identity: string | null): number {
  if (kind !== KIND_CITIZEN) return NO_REASON;
  if (identity === null) return R_NO_ID;
  return identity.length === 9 ? R_CMND : R_VERIFIED;
}

/** What each valid row changes, as of `asOf`. */
export function classify(ds: Dataset, rows: readonly ImportRow[], asOf: number): Classified {
  const byIdentity = rowsByIdentity(ds);
  const plans: Plan[] = [];
  const extra: ReadResult['rejected'] = [];
  const counts = { new: 0, changed: 0, unchanged: 0, converted: 0 };
  /** The line of the first row naming each existing account. */
  const firstLine = new Map<number, number>();
  const isConverted = (day: number) => day !== NEVER && day <= asOf;
  for (const r of rows) {
    const commune = communeIndex(r.communeCode)!;
    const row = accountOfRow(ds, byIdentity, r);
    if (row !== undefined) {
      // One row by the account's id, another by its identity number: the first is kept (as two
      // rows with one id are, when the file is read).
      const first = firstLine.get(row);
      if (first !== undefined) {
        extra.push(rejection(r, 'duplicate_id', String(first)));
        continue;
      }
      firstLine.set(row, r.line);
      const added = importedOf(row);
      const current = added ?? {
        kind: ds.kind[row]!,
        convertedDay: ds.convertedDay[row]!,
        commune: ds.commune[row]!,
      };
      let convertedDay = current.convertedDay;
      // Only citizens convert now; the others wait for the Ministry's guidance.
      if (current.kind === KIND_CITIZEN) {
        if (r.linked && !isConverted(convertedDay)) convertedDay = asOf;
        else if (!r.linked && isConverted(convertedDay)) convertedDay = NEVER;
      }
      if (convertedDay === current.convertedDay && commune === current.commune) {
        counts.unchanged += 1;
        continue;
      }
      counts.changed += 1;
      if (convertedDay === asOf && current.convertedDay !== asOf) counts.converted += 1;
      plans.push(
        added
          ? { target: 'added', row, convertedDay, commune }
          : { target: 'row', row, convertedDay, commune },
      );
      continue;
    }
    if (!r.fullName) {
      extra.push(rejection(r, 'unknown_account', r.accountId ?? r.identityNumber ?? ''));
      continue;
    }
    const kind = kindCode[r.kind];
    const linked = kind === KIND_CITIZEN && r.linked;
    counts.new += 1;
    if (linked) counts.converted += 1;
    plans.push({
      target: 'new',
      account: {
        id: r.accountId,
        kind,
        commune,
        reason: newReason(kind, r.identityNumber),
        registeredDay: r.registeredOn ? dayOf(r.registeredOn) : asOf,
        lastSeenDay: asOf,
        convertedDay: linked ? asOf : NEVER,
        displayName: r.fullName,
        identityNumber: r.identityNumber,
        phone: r.phone,
      },
    });
  }
  return { plans, extra, counts };
}
