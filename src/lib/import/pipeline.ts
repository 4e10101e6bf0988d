/**
 * An uploaded account list read and checked, before anything is written: the file opened
 * (./read.ts), the heading row found and recognised or mapped by hand (./headings.ts), then each
 * row checked field by field, with duplicates within the file (./row-check.ts), a slice at a time. What a row changes is for the backend to say (`classify` in the demo
 * backend, SQL on the server): this module knows no store.
 */
import type { components } from '../../api/schema';
import { IMPORT_FIELDS, type ImportField } from './fields';
import { problem } from './cells';
import { readHeadings } from './headings';
import { openTable, type Encoding, type FileProblem, type Unzip } from './read';
import { rowChecker } from './row-check';
import type { AccountKind, UnitMatcher } from './rules';

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
  const headings = readHeadings(reader, options, out);
  if (!headings) return out;
  const { early, headingLine, columnOf } = headings;
  const check = rowChecker(out, columnOf, headingLine, options);
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
