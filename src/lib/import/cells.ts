/** A cell's text, an empty row, a file-level problem: what reading the headings and rows share. */
import { columnLetter } from './fields';
import type { CellValue, FileProblem, RawRow } from './read';

export const text = (v: CellValue | undefined) =>
  v === null || v === undefined ? '' : typeof v === 'number' ? numberText(v) : String(v);

/** A number as typed: no exponent for a 12-digit CCCD that Excel kept as a number. */
function numberText(n: number): string {
  return Number.isInteger(n) ? BigInt(n).toString() : String(n);
}

export const isEmptyRow = (r: RawRow) => r.cells.every((c) => c === null || c === '');

export function problem(
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
