/**
 * What reading a table gives, whatever its format: the rows as read (cells, formulas), merged
 * ranges, the reader's progress, and the file-level problems (./read.ts opens a file by its
 * content; ./read-xlsx.ts and ./read-csv.ts read each format).
 */
import type { components } from '../../api/schema';

export type CellValue = string | number | boolean | null;
export type FileProblem = components['schemas']['ImportFileProblem'];
export type Encoding = NonNullable<components['schemas']['ImportJob']['encoding']>;

export interface RawRow {
  /** The row number as the spreadsheet shows it. */
  line: number;
  cells: CellValue[];
  /** Columns whose cell held a formula. */
  formulas: number[];
  /** Columns whose formula had no saved value. */
  formulasWithoutValue: number[];
}

export interface MergedRange {
  fromRow: number;
  toRow: number;
  fromCol: number;
  toCol: number;
}

export interface TableReader {
  format: 'xlsx' | 'csv';
  encoding: Encoding | null;
  /** Bytes of the sheet XML or CSV text to read, for the progress. */
  totalBytes: number;
  bytesRead: number;
  merged: MergedRange[];
  done: boolean;
  /** The next complete rows (at least one unless done), about `sliceBytes` of input. */
  next(sliceBytes?: number): RawRow[];
}

export type Opened = { ok: true; reader: TableReader } | { ok: false; problem: FileProblem };

export const fileProblem = (code: FileProblem['code'], detail?: string): Opened => ({
  ok: false,
  problem: { code, row: null, column: null, ...(detail ? { detail } : {}) },
});

/** Input per slice by default (1 MiB). */
export const SLICE = 1 << 20;

export function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}
