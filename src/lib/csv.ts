/**
 * CSV that Excel opens correctly and safely: UTF-8 with a BOM (so Vietnamese shows right), CRLF
 * line ends, RFC 4180 quoting, and cells that would start a formula neutralised.
 */
export type Cell = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';

/** A text cell starting with = + - @ tab or CR could run as a formula: prefix an apostrophe. */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One cell as CSV text. Numbers stay numbers (a negative number is data, not a formula). */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const safe = neutralise(value);
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A whole CSV document, BOM first. For large exports stream `csvLine` instead. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return BOM + rows.map(csvLine).join('');
}

/** How many rows go into one chunk of a streamed file. */
export const STREAM_SLICE = 2000;

/**
 * A CSV document as a byte stream, BOM first, built a slice of rows at a time as the reader pulls:
 * memory stays flat however many rows there are.
 */
export function csvStream(rows: Iterable<readonly Cell[]>): ReadableStream<Uint8Array> {
  const it = rows[Symbol.iterator]();
  const encoder = new TextEncoder();
  let head = BOM;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = head;
      head = '';
      for (let i = 0; i < STREAM_SLICE; i++) {
        const next = it.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += csvLine(next.value);
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
}

/**
 * A CSV document from batches of rows that arrive asynchronously (a server's keyset batches):
 * BOM first, one chunk per batch. The next batch is asked for only when the reader wants more.
 */
export async function* csvChunks(
  batches: AsyncIterable<readonly (readonly Cell[])[]>,
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(BOM);
  for await (const batch of batches) {
    if (batch.length) yield encoder.encode(batch.map(csvLine).join(''));
  }
}
