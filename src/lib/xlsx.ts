/**
 * A minimal XLSX writer (one sheet, inline strings, numbers) zipped with fflate: enough for exports,
 * a fraction of the size of a spreadsheet library. Text cells are neutralised like CSV cells.
 */
import { Zip, ZipDeflate, strToU8, zipSync } from 'fflate';
import { STREAM_SLICE, neutralise, type Cell } from './csv';

function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Characters XML 1.0 forbids would corrupt the file.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
  );
}

function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

function cellXml(value: Cell, ref: string): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number' && Number.isFinite(value))
    return `<c r="${ref}"><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  const text = escapeXml(neutralise(String(value)));
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** One row's XML; `index` counts from 0. */
function rowXml(row: readonly Cell[], index: number): string {
  const cells = row.map((v, c) => cellXml(v, `${columnName(c)}${index + 1}`)).join('');
  return `<row r="${index + 1}">${cells}</row>`;
}

/** Sheet XML for rows (first row bold is not styled: kept simple and valid). */
export function sheetXml(rows: readonly (readonly Cell[])[]): string {
  return SHEET_HEAD + rows.map(rowXml).join('') + SHEET_TAIL;
}

/** Excel limits sheet names to 31 characters without []:*?/\ . */
function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
}

/** Everything in a workbook but the sheet's data. */
function frameFiles(sheetName: string): Record<string, string> {
  return {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${escapeXml(safeSheetName(sheetName))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  };
}

const SHEET_PATH = 'xl/worksheets/sheet1.xml';

export function toXlsx(sheetName: string, rows: readonly (readonly Cell[])[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(frameFiles(sheetName))) files[path] = strToU8(text);
  files[SHEET_PATH] = strToU8(sheetXml(rows));
  return zipSync(files, { level: 6 });
}

/**
 * A workbook as a byte stream: the sheet is written and compressed a slice of rows at a time as
 * the reader pulls, so memory stays flat however many rows there are.
 */
export function xlsxStream(
  sheetName: string,
  rows: Iterable<readonly Cell[]>,
): ReadableStream<Uint8Array> {
  const it = rows[Symbol.iterator]();
  let index = 0;
  let finished = false;
  let emit: (chunk: Uint8Array) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const zip = new Zip((error, chunk, final) => {
    if (error) return fail(error);
    if (chunk.length) emit(chunk);
    if (final) finished = true;
  });
  let sheet: ZipDeflate | undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      fail = (error) => controller.error(error);
      emit = (chunk) => controller.enqueue(chunk);
      for (const [path, text] of Object.entries(frameFiles(sheetName))) {
        const file = new ZipDeflate(path, { level: 6 });
        zip.add(file);
        file.push(strToU8(text), true);
      }
      sheet = new ZipDeflate(SHEET_PATH, { level: 6 });
      zip.add(sheet);
      sheet.push(strToU8(SHEET_HEAD));
    },
    pull(controller) {
      // Deflate keeps small inputs back: push slices until some bytes come out (a pull that
      // enqueues nothing would not be called again).
      let produced = false;
      emit = (chunk) => {
        produced = true;
        controller.enqueue(chunk);
      };
      while (!produced && !finished) {
        let xml = '';
        let done = false;
        for (let i = 0; i < STREAM_SLICE; i++) {
          const next = it.next();
          if (next.done) {
            done = true;
            break;
          }
          xml += rowXml(next.value, index++);
        }
        if (done) {
          sheet!.push(strToU8(xml + SHEET_TAIL), true);
          zip.end();
        } else sheet!.push(strToU8(xml));
      }
      if (finished) controller.close();
    },
  });
}

/**
 * A workbook from batches of rows that arrive asynchronously (a server's keyset batches): each
 * batch is written and compressed as it comes, and the next one is asked for only when the reader
 * has taken what came out.
 */
export async function* xlsxChunks(
  sheetName: string,
  batches: AsyncIterable<readonly (readonly Cell[])[]>,
): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else if (chunk.length) out.push(chunk);
  });
  const drain = function* () {
    if (failure) throw failure;
    while (out.length) yield out.shift()!;
  };
  for (const [path, text] of Object.entries(frameFiles(sheetName))) {
    const file = new ZipDeflate(path, { level: 6 });
    zip.add(file);
    file.push(strToU8(text), true);
  }
  const sheet = new ZipDeflate(SHEET_PATH, { level: 6 });
  zip.add(sheet);
  sheet.push(strToU8(SHEET_HEAD));
  let index = 0;
  for await (const batch of batches) {
    sheet.push(strToU8(batch.map((row) => rowXml(row, index++)).join('')));
    yield* drain();
  }
  sheet.push(strToU8(SHEET_TAIL), true);
  zip.end();
  yield* drain();
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
