/**
 * An uploaded account list read and checked, before anything is written: the heading row found
 * and recognised (or mapped by hand), the file-level checks, each row checked field by field, and
 * duplicates within the file. What a row changes is for the backend to say (`classify` in the demo
 * backend, SQL on the server): this module knows no store.
 */
import type { components } from '../../api/schema';
import {
  IMPORT_FIELDS,
  columnLetter,
  recogniseHeading,
  headingKey,
  type ImportField,
} from './fields';
import {
  checkDate,
  checkIdentity,
  checkKind,
  checkLinked,
  checkPhone,
  type AccountKind,
  type RejectionCode,
  type UnitMatcher,
} from './rules';
import {
  openTable,
  type CellValue,
  type Encoding,
  type FileProblem,
  type RawRow,
  type Unzip,
} from './read';

export type ImportColumn = components['schemas']['ImportColumn'];
export type ImportRejection = components['schemas']['ImportRejection'];
export type ImportProgress = components['schemas']['ImportProgress'];

/** A row that passed every check, its values normalised. */
export interface ImportRow {
  line: number;
  accountId: string | null;
  fullName: string | null;
  identityNumber: string | null;
  phone: string | null;
  registeredOn: string | null;
  communeCode: string;
  kind: AccountKind;
  linked: boolean;
}

/** A rejected row: its reasons and its cells as read (for the file of rejected rows). */
export interface RejectedRow {
  line: number;
  cells: string[];
  reasons: ImportRejection[];
}

export interface ReadResult {
  format: 'xlsx' | 'csv' | null;
  encoding: Encoding | null;
  columns: ImportColumn[];
  /** The heading row's cells as written. */
  headings: string[];
  formulaCells: number;
  fileProblem: FileProblem | null;
  rowsRead: number;
  rows: ImportRow[];
  rejected: RejectedRow[];
  cancelled: boolean;
}

export interface ReadOptions {
  units: UnitMatcher;
  /** The business day: no date after it. */
  today: string;
  /** A hand mapping: column index → field (null: ignored). Columns not named keep their heading's field. */
  mapping?: ReadonlyMap<number, ImportField | null>;
  onProgress?: (p: { rowsRead: number; bytesRead: number; totalBytes: number }) => void;
  /** Called between slices (a pause for the thread's other work); true stops the reading. */
  pause?: () => Promise<boolean | void>;
  /** Input per slice (1 MiB by default). */
  sliceBytes?: number;
  /** How an XLSX is inflated (read.ts: on this thread by default). */
  unzip?: Unzip;
}

/** Fields every row needs a column for; and one of the keys. */
const REQUIRED_FIELDS: readonly ImportField[] = ['unit', 'vneidStatus'];
const KEY_FIELDS: readonly ImportField[] = ['accountId', 'identityNumber'];
/** An account id as the contract writes it: `TK` (seeded, synced), `DN` or `CD` (desk) and 7 digits. */
const ACCOUNT_ID = /^(TK|DN|CD)\d{7}$/;
/** How many of the first rows may come before the headings (a title, a date line). */
const HEADING_SEARCH = 20;

const text = (v: CellValue | undefined) =>
  v === null || v === undefined ? '' : typeof v === 'number' ? numberText(v) : String(v);

/** A number as typed: no exponent for a 12-digit CCCD that Excel kept as a number. */
function numberText(n: number): string {
  return Number.isInteger(n) ? BigInt(n).toString() : String(n);
}

const isEmptyRow = (r: RawRow) => r.cells.every((c) => c === null || c === '');

function problem(
  code: FileProblem['code'],
  row: number | null,
  column: number | null,
  detail?: string,
): FileProblem {
  return {
    code,
    row,
    column: column === null ? null : columnLetter(column),
    ...(detail ? { detail } : {}),
  };
}

export function emptyResult(): ReadResult {
  return {
    format: null,
    encoding: null,
    columns: [],
    headings: [],
    formulaCells: 0,
    fileProblem: null,
    rowsRead: 0,
    rows: [],
    rejected: [],
    cancelled: false,
  };
}

function memo<T>(cache: Map<string, T>, key: string, check: (k: string) => T): T {
  let found = cache.get(key);
  if (found === undefined) {
    found = check(key);
    if (cache.size < 1000) cache.set(key, found);
  }
  return found;
}

/** Read and check a whole file. Never throws for a bad file: `fileProblem` says what is wrong. */
export async function readImport(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions,
): Promise<ReadResult> {
  const out = emptyResult();
  const opened = await openTable(bytes, fileName, options.unzip);
  if (!opened.ok) {
    out.fileProblem = opened.problem;
    return out;
  }
  const reader = opened.reader;
  out.format = reader.format;
  out.encoding = reader.encoding;
  const slice = options.sliceBytes;

  // The heading row: the first of the first rows that names two known fields, else the first
  // non-empty row.
  const early: RawRow[] = [];
  while (!reader.done && early.length < HEADING_SEARCH) early.push(...reader.next(slice));
  const nonEmpty = early.filter((r) => !isEmptyRow(r));
  const heading =
    nonEmpty
      .slice(0, HEADING_SEARCH)
      .find((r) => r.cells.filter((c) => recogniseHeading(text(c))).length >= 2) ?? nonEmpty[0];
  if (!heading) {
    out.fileProblem = problem('empty', null, null);
    return out;
  }
  const headingLine = heading.line;
  out.headings = heading.cells.map(text);

  // Merged cells in the heading row.
  const merged = reader.merged.find((m) => m.fromRow <= headingLine && m.toRow >= headingLine);
  if (merged) {
    out.fileProblem = problem('merged_headings', headingLine, merged.fromCol);
    return out;
  }
  // The same heading twice.
  const seen = new Map<string, number>();
  for (let i = 0; i < out.headings.length; i++) {
    const key = headingKey(out.headings[i]!);
    if (!key) continue;
    if (seen.has(key)) {
      out.fileProblem = problem(
        'duplicate_headings',
        headingLine,
        i,
        `${columnLetter(seen.get(key)!)}`,
      );
      return out;
    }
    seen.set(key, i);
  }

  out.columns = out.headings.map((h, index) => {
    const recognised = recogniseHeading(h);
    const mapped = options.mapping?.has(index) ? options.mapping.get(index)! : recognised;
    return {
      index,
      letter: columnLetter(index),
      heading: h,
      field: mapped,
      recognised: recognised !== null && mapped === recognised,
    };
  });
  const columnOf = new Map<ImportField, number>();
  for (const c of out.columns)
    if (c.field && !columnOf.has(c.field)) columnOf.set(c.field, c.index);
  const missing = REQUIRED_FIELDS.filter((f) => !columnOf.has(f));
  if (!KEY_FIELDS.some((f) => columnOf.has(f))) missing.unshift('identityNumber');
  if (missing.length) {
    out.fileProblem = problem('missing_fields', headingLine, null, missing.join(', '));
    return out;
  }

  // The rows after the headings. Kinds and statuses take few values: checked once each.
  const kinds = new Map<string, ReturnType<typeof checkKind>>();
  const statuses = new Map<string, ReturnType<typeof checkLinked>>();
  const firstRow = new Map<string, number>();
  const check = (row: RawRow) => {
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

  for (const r of early) check(r);
  options.onProgress?.({
    rowsRead: out.rowsRead,
    bytesRead: reader.bytesRead,
    totalBytes: reader.totalBytes,
  });
  while (!reader.done) {
    if ((await options.pause?.()) === true) {
      out.cancelled = true;
      return out;
    }
    for (const r of reader.next(slice)) check(r);
    options.onProgress?.({
      rowsRead: out.rowsRead,
      bytesRead: reader.bytesRead,
      totalBytes: reader.totalBytes,
    });
  }
  if (out.rowsRead === 0) out.fileProblem = problem('headings_only', headingLine, null);
  return out;
}

/** Hex SHA-256 of the file (Web Crypto: the browser's worker and Node alike). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export { IMPORT_FIELDS };
