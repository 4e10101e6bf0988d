/**
 * Reading an uploaded account list, a slice of rows at a time (so that the reader can report its
 * progress and be cancelled between slices), in the browser's demo worker and on the server alike:
 * a file is opened by its content, then read as XLSX (./read-xlsx.ts) or CSV (./read-csv.ts) into
 * the rows of ./table.ts.
 */
import { columnLetter } from './fields';
import { openCsv } from './read-csv';
import { openXlsx, unzipHere, type Unzip } from './read-xlsx';
import { fileProblem, startsWith, type Opened } from './table';

export * from './table';
export { decodeCsv } from './read-csv';
export type { Unzip } from './read-xlsx';

/** Open a file by its content (its name only breaks ties): XLSX, CSV, or a file problem. */
export async function openTable(
  bytes: Uint8Array,
  fileName: string,
  unzip: Unzip = unzipHere,
): Promise<Opened> {
  if (bytes.length === 0) return fileProblem('empty');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return openXlsx(bytes, unzip);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return fileProblem('not_spreadsheet', 'xls');
  if (/\.(xlsx|xlsm)$/i.test(fileName)) return fileProblem('not_spreadsheet');
  return openCsv(bytes);
}

export { columnLetter };
