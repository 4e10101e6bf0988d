/**
 * XLSX: the zip is opened with fflate (only the workbook, its relationships, the shared strings and
 * the sheets are inflated), the sheet's XML is decoded and read in slices of whole `<row>`s. Only
 * the value Excel saved with a cell is read: a formula is never evaluated. Merged ranges and the
 * workbook's sheets are read too, for the file-level checks.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { columnIndex } from './fields';
import {
  SLICE,
  fileProblem,
  type CellValue,
  type MergedRange,
  type Opened,
  type RawRow,
  type TableReader,
} from './table';

/** Refuse a zip that would inflate past this (a zip bomb). */
const MAX_INFLATED = 1_500 * 1024 * 1024;

/**
 * Inflates the parts of an XLSX that `filter` keeps. The default inflates on the calling thread (the
 * demo reads in its own worker); the server passes one that inflates on another thread, so that its
 * requests are answered meanwhile (a 300,000-row sheet is about 200 MB of XML).
 */
export type Unzip = (
  bytes: Uint8Array,
  filter: (file: UnzipFileInfo) => boolean,
) => Promise<Record<string, Uint8Array>>;

export const unzipHere: Unzip = (bytes, filter) => {
  try {
    return Promise.resolve(unzipSync(bytes, { filter }));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
};

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
function unescapeXml(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(ENTITY, (_, e: string) => {
      switch (e) {
        case 'amp':
          return '&';
        case 'lt':
          return '<';
        case 'gt':
          return '>';
        case 'quot':
          return '"';
        case 'apos':
          return "'";
        default:
          return String.fromCodePoint(
            e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
          );
      }
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The text of `<t>` runs (not the phonetic `<rPh>` ones) inside a shared or inline string. */
function runText(xml: string): string {
  const noPhonetic = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let out = '';
  for (const m of noPhonetic.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += m[1];
  return unescapeXml(out);
}

const attrPatterns = new Map<string, RegExp>();
function attr(attrs: string, name: string): string | undefined {
  let re = attrPatterns.get(name);
  if (!re) attrPatterns.set(name, (re = new RegExp(`\\b${name}="([^"]*)"`)));
  const m = re.exec(attrs);
  return m ? m[1] : undefined;
}

/** Where an ASCII needle occurs in bytes, from `from` (or -1). */
function indexOfBytes(bytes: Uint8Array, needle: string, from = 0): number {
  const first = needle.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first, from); i !== -1; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < needle.length; k++)
      if (bytes[i + k] !== needle.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

function lastIndexOfBytes(bytes: Uint8Array, needle: string): number {
  const first = needle.charCodeAt(0);
  for (
    let i = bytes.lastIndexOf(first);
    i !== -1;
    i = i > 0 ? bytes.lastIndexOf(first, i - 1) : -1
  ) {
    let k = 1;
    while (k < needle.length && bytes[i + k] === needle.charCodeAt(k)) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

/**
 * A sheet holds data when some cell has a value (`<v>`, `<v …>`) or an inline string (`<is>`): one
 * pass that stops at the first (a sheet of inline strings has no `<v`, and three searches read all
 * of its hundreds of megabytes before the second found one at the start).
 */
function sheetHasData(xml: Uint8Array): boolean {
  const lt = 0x3c;
  const v = 0x76;
  const i = 0x69;
  const s = 0x73;
  const gt = 0x3e;
  const space = 0x20;
  for (let k = xml.indexOf(lt); k !== -1; k = xml.indexOf(lt, k + 1)) {
    const a = xml[k + 1];
    if (a === v && (xml[k + 2] === gt || xml[k + 2] === space)) return true;
    if (a === i && xml[k + 2] === s && xml[k + 3] === gt) return true;
  }
  return false;
}

function cellRef(ref: string): { row: number; col: number } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  return m ? { col: columnIndex(m[1]!), row: Number(m[2]) } : null;
}

export async function openXlsx(bytes: Uint8Array, unzip: Unzip): Promise<Opened> {
  let files: Record<string, Uint8Array>;
  let inflated = 0;
  let tooBig = false;
  try {
    files = await unzip(bytes, (f) => {
      const wanted =
        f.name === 'xl/workbook.xml' ||
        f.name === 'xl/_rels/workbook.xml.rels' ||
        f.name === 'xl/sharedStrings.xml' ||
        /^xl\/worksheets\/[^/]+\.xml$/.test(f.name);
      if (wanted) {
        inflated += f.originalSize;
        if (inflated > MAX_INFLATED) tooBig = true;
      }
      return wanted && !tooBig;
    });
  } catch {
    return fileProblem('not_spreadsheet');
  }
  if (tooBig) return fileProblem('not_spreadsheet', 'inflated');
  const workbook = files['xl/workbook.xml'];
  if (!workbook) return fileProblem('not_spreadsheet');
  const decoder = new TextDecoder();
  const rels = new Map<string, string>();
  const relsXml = files['xl/_rels/workbook.xml.rels'];
  if (relsXml) {
    for (const m of decoder.decode(relsXml).matchAll(/<Relationship\b([^>]*)\/?>/g)) {
      const id = attr(m[1]!, 'Id');
      const target = attr(m[1]!, 'Target');
      if (id && target) rels.set(id, target.replace(/^\/?xl\//, '').replace(/^\//, ''));
    }
  }
  const sheets: { name: string; path: string }[] = [];
  for (const m of decoder.decode(workbook).matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = unescapeXml(attr(m[1]!, 'name') ?? '');
    const rid = attr(m[1]!, 'r:id');
    const target = rid ? rels.get(rid) : undefined;
    const path = `xl/${target ?? `worksheets/sheet${sheets.length + 1}.xml`}`;
    sheets.push({ name, path });
  }
  const withData = sheets.filter((s) => files[s.path] && sheetHasData(files[s.path]!));
  if (withData.length > 1) {
    return fileProblem('second_sheet', withData.map((s) => s.name).join(', '));
  }
  const sheet = withData[0] ?? sheets[0];
  const xml = sheet ? files[sheet.path] : undefined;
  if (!xml) return fileProblem('empty');

  const shared: string[] = [];
  const sharedXml = files['xl/sharedStrings.xml'];
  if (sharedXml) {
    for (const m of decoder.decode(sharedXml).matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) {
      shared.push(m[1] === undefined ? '' : runText(m[1]));
    }
  }

  // Merged ranges are listed after the sheet's data.
  const merged: MergedRange[] = [];
  const dataEnd = lastIndexOfBytes(xml, '</sheetData>');
  const tail = decoder.decode(xml.subarray(dataEnd === -1 ? xml.length : dataEnd));
  for (const m of tail.matchAll(/<mergeCell\b[^>]*\bref="([A-Z]+\d+):([A-Z]+\d+)"/g)) {
    const a = cellRef(m[1]!);
    const b = cellRef(m[2]!);
    if (a && b) merged.push({ fromRow: a.row, toRow: b.row, fromCol: a.col, toCol: b.col });
  }

  const total = dataEnd === -1 ? xml.length : dataEnd;
  const stream = new TextDecoder();
  let offset = Math.max(0, indexOfBytes(xml, '<sheetData'));
  let buffer = '';
  let lastLine = 0;
  const reader: TableReader = {
    format: 'xlsx',
    encoding: null,
    totalBytes: total,
    bytesRead: offset,
    merged,
    done: false,
    next(sliceBytes = SLICE) {
      const rows: RawRow[] = [];
      while (!rows.length && !reader.done) {
        const end = Math.min(total, offset + sliceBytes);
        buffer += stream.decode(xml.subarray(offset, end), { stream: end < total });
        offset = end;
        reader.bytesRead = offset;
        const cut = end < total ? buffer.lastIndexOf('</row>') : buffer.length;
        if (cut === -1) continue;
        const chunk = end < total ? buffer.slice(0, cut + 6) : buffer;
        buffer = end < total ? buffer.slice(cut + 6) : '';
        for (const m of chunk.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
          const r = attr(m[1]!, 'r');
          const line = r ? Number(r) : lastLine + 1;
          lastLine = line;
          const row: RawRow = { line, cells: [], formulas: [], formulasWithoutValue: [] };
          let col = -1;
          // Cells scanned with indexOf: a regex per cell was most of the reading time.
          const body = m[2] ?? '';
          let p = body.indexOf('<c');
          while (p !== -1) {
            const next = body.charCodeAt(p + 2);
            if (next !== 32 && next !== 62 && next !== 47) {
              p = body.indexOf('<c', p + 2);
              continue;
            }
            const tagEnd = body.indexOf('>', p);
            if (tagEnd === -1) break;
            const selfClosing = body.charCodeAt(tagEnd - 1) === 47;
            const attrs = body.slice(p + 2, selfClosing ? tagEnd - 1 : tagEnd);
            let inner = '';
            if (selfClosing) p = body.indexOf('<c', tagEnd + 1);
            else {
              const close = body.indexOf('</c>', tagEnd);
              inner = body.slice(tagEnd + 1, close === -1 ? body.length : close);
              p = close === -1 ? -1 : body.indexOf('<c', close + 4);
            }
            const ref = attr(attrs, 'r');
            const at = ref ? cellRef(ref) : null;
            col = at ? at.col : col + 1;
            const type = attr(attrs, 't') ?? 'n';
            const formula = inner.includes('<f');
            if (formula) row.formulas.push(col);
            const vStart = inner.indexOf('<v');
            let v: string | undefined;
            if (vStart !== -1) {
              const open = inner.indexOf('>', vStart);
              const vEnd = inner.indexOf('</v>', open);
              if (open !== -1 && vEnd !== -1 && inner.charCodeAt(open - 1) !== 47)
                v = inner.slice(open + 1, vEnd);
            }
            let value: CellValue;
            if (type === 'inlineStr') value = runText(inner);
            else if (v === undefined) value = null;
            else if (type === 's') value = shared[Number(v)] ?? '';
            else if (type === 'b') value = v === '1';
            else if (type === 'n') value = v.trim() === '' ? null : Number(v);
            else value = unescapeXml(v); // str (a formula's text), e (an error such as #N/A), d
            if (formula && value === null) row.formulasWithoutValue.push(col);
            if (typeof value === 'string') value = value.trim();
            row.cells[col] = value === '' ? null : value;
          }
          for (let i = 0; i < row.cells.length; i++) row.cells[i] ??= null;
          rows.push(row);
        }
        if (offset >= total) reader.done = true;
      }
      return rows;
    },
  };
  return { ok: true, reader };
}
