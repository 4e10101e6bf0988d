/**
 * Each row after the headings checked field by field (the rules of ./rules.ts), and the same
 * account twice within the file: a valid row is normalised into `out.rows`, a rejected one goes
 * to `out.rejected` with every reason.
 */
import { columnLetter, type ImportField } from './fields';
import { isEmptyRow, text } from './cells';
import type { ImportRejection, ReadOptions, ReadResult } from './pipeline';
import type { RawRow } from './read';
import {
  checkDate,
  checkIdentity,
  checkKind,
  checkLinked,
  checkPhone,
  type RejectionCode,
} from './rules';

/** An account id as the contract writes it: `TK` (seeded, synced), `DN` or `CD` (desk) and 7 digits. */
const ACCOUNT_ID = /^(TK|DN|CD)\d{7}$/;

function memo<T>(cache: Map<string, T>, key: string, check: (k: string) => T): T {
  let found = cache.get(key);
  if (found === undefined) {
    found = check(key);
    if (cache.size < 1000) cache.set(key, found);
  }
  return found;
}

/** The check of one row, adding to `out`. */
export function rowChecker(
  out: ReadResult,
  columnOf: ReadonlyMap<ImportField, number>,
  headingLine: number,
  options: ReadOptions,
): (row: RawRow) => void {
  // The rows after the headings. Kinds and statuses take few values: checked once each.
  const kinds = new Map<string, ReturnType<typeof checkKind>>();
  const statuses = new Map<string, ReturnType<typeof checkLinked>>();
  const firstRow = new Map<string, number>();
  return (row: RawRow) => {
    if (row.line <= headingLine || isEmptyRow(row)) return;
    out.rowsRead += 1;
    out.formulaCells += row.formulas.length;
    const reasons: ImportRejection[] = [];
    const reject = (field: ImportField | null, code: RejectionCode, value: string) =>
      reasons.push({
        row: row.line,
        column: field && columnOf.has(field) ? columnLetter(columnOf.get(field)!) : null,
        field,
        code,
        value: value.slice(0, 200),
      });
    for (const col of row.formulasWithoutValue) {
      const field = out.columns[col]?.field ?? null;
      if (field) reject(field, 'formula_without_value', '');
    }
    const cell = (f: ImportField) =>
      columnOf.has(f) ? (row.cells[columnOf.get(f)!] ?? null) : null;
    const str = (f: ImportField) => text(cell(f)).trim();

    const kind = memo(kinds, str('kind'), checkKind);
    if (!kind.ok) reject('kind', kind.code, str('kind'));
    const k = kind.ok ? kind.value : 'citizen';
    // The app's own account ids (the contract's AccountId), in whatever case the file has them.
    const accountId = str('accountId').toUpperCase() || null;
    if (accountId && !ACCOUNT_ID.test(accountId))
      reject('accountId', 'account_id_invalid', str('accountId'));
    let identityNumber: string | null = null;
    if (str('identityNumber')) {
      const id = checkIdentity(str('identityNumber'), k);
      if (id.ok) identityNumber = id.value;
      else reject('identityNumber', id.code, str('identityNumber'));
    }
    let phone: string | null = null;
    if (str('phone')) {
      const p = checkPhone(str('phone'));
      if (p.ok) phone = p.value;
      else reject('phone', p.code, str('phone'));
    }
    let registeredOn: string | null = null;
    const reg = cell('registeredOn');
    if (reg !== null && reg !== '') {
      const d = checkDate(typeof reg === 'number' ? reg : text(reg), options.today);
      if (d.ok) registeredOn = d.value;
      else reject('registeredOn', d.code, text(reg));
    }
    let communeCode = '';
    if (!str('unit')) reject('unit', 'required', '');
    else {
      const u = options.units(str('unit'));
      if (u.ok) communeCode = u.value;
      else reject('unit', u.code, str('unit'));
    }
    const linked = memo(statuses, text(cell('vneidStatus')), checkLinked);
    if (!linked.ok) reject('vneidStatus', linked.code, str('vneidStatus'));
    if (!accountId && !identityNumber && !str('identityNumber')) reject(null, 'no_key', '');

    const key = accountId ? `id:${accountId}` : identityNumber ? `cccd:${identityNumber}` : null;
    if (key) {
      const first = firstRow.get(key);
      if (first !== undefined)
        reject(accountId ? 'accountId' : 'identityNumber', 'duplicate_id', String(first));
      else firstRow.set(key, row.line);
    }
    if (reasons.length) {
      out.rejected.push({ line: row.line, cells: row.cells.map(text), reasons });
      return;
    }
    out.rows.push({
      line: row.line,
      accountId,
      fullName: str('fullName') || null,
      identityNumber,
      phone,
      registeredOn,
      communeCode,
      kind: k,
      linked: linked.ok && linked.value,
    });
  };
}
