/**
 * An import's heading row: found among the first rows (the first naming two known fields, else the
 * first row that is not empty), checked (no merged cells, no heading twice), and its columns read as
 * fields (recognised, or mapped by hand), with every field a row needs.
 */
import { columnLetter, headingKey, recogniseHeading, type ImportField } from './fields';
import { isEmptyRow, problem, text } from './cells';
import type { ReadOptions, ReadResult } from './pipeline';
import type { RawRow, TableReader } from './read';

/** Fields every row needs a column for; and one of the keys. */
const REQUIRED_FIELDS: readonly ImportField[] = ['unit', 'vneidStatus'];
const KEY_FIELDS: readonly ImportField[] = ['accountId', 'identityNumber'];
/** How many of the first rows may come before the headings (a title, a date line). */
const HEADING_SEARCH = 20;

export interface Headings {
  /** The rows read to find the headings (those after them are checked as rows). */
  early: RawRow[];
  headingLine: number;
  /** Each field's column. */
  columnOf: Map<ImportField, number>;
}

/**
 * Read the headings into `out` (its headings and columns); null when the file is refused
 * (`out.fileProblem` says why).
 */
export function readHeadings(
  reader: TableReader,
  options: ReadOptions,
  out: ReadResult,
): Headings | null {
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
    return null;
  }
  const headingLine = heading.line;
  out.headings = heading.cells.map(text);

  // Merged cells in the heading row.
  const merged = reader.merged.find((m) => m.fromRow <= headingLine && m.toRow >= headingLine);
  if (merged) {
    out.fileProblem = problem('merged_headings', headingLine, merged.fromCol);
    return null;
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
      return null;
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
    return null;
  }

  return { early, headingLine, columnOf };
}
