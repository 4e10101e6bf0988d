/**
 * Export files as the demo backend sends them: CSV (UTF-8 with BOM) or XLSX, both streamed a slice
 * of rows at a time, with a download name. The writers neutralise cells that could start a formula.
 * The XLSX writer (with fflate's zip) is loaded for the first XLSX export: the worker starts without.
 */
import { HttpResponse } from 'msw';
import { csvStream, type Cell } from '../../src/lib/csv';

export type ExportFormat = 'csv' | 'xlsx';

/**
 * A file of `header` then one row per item, each made as the stream reaches it. `name` is the
 * download name without extension (ASCII).
 */
export async function exportResponse<T>(
  {
    format,
    name,
    sheetName,
    preamble = [],
  }: {
    format: ExportFormat;
    name: string;
    sheetName: string;
    /** Rows before the heading row (what the file is, whose, when). */
    preamble?: readonly (readonly Cell[])[];
  },
  header: readonly Cell[],
  items: Iterable<T>,
  toRow: (item: T) => Cell[],
): Promise<HttpResponse<ReadableStream<Uint8Array>>> {
  const xlsx = format === 'xlsx' ? await import('../../src/lib/xlsx') : null;
  const rows = (function* () {
    yield* preamble;
    yield header;
    for (const item of items) yield toRow(item);
  })();
  const body = xlsx ? xlsx.xlsxStream(sheetName, rows) : csvStream(rows);
  return new HttpResponse(body, {
    headers: {
      'Content-Type': xlsx ? xlsx.XLSX_MIME : 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}.${format}"`,
    },
  });
}
