/**
 * CSV: UTF-8 with or without BOM, or Windows-1258 / Windows-1252 as Excel saves it (detected: the
 * decoding that reads more Vietnamese letters wins), parsed with papaparse in slices cut at line
 * ends outside quotes.
 */
import Papa from 'papaparse';
import {
  SLICE,
  fileProblem,
  startsWith,
  type Encoding,
  type Opened,
  type RawRow,
  type TableReader,
} from './table';

/** Letters only Vietnamese has (NFC): Windows-1252 cannot give them, Windows-1258 can. */
const VIETNAMESE_ONLY =
  /[ăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]/g;
/** A tone mark left alone after NFC: a reading that makes these is the wrong one. */
const STRAY_MARK = /[\u0300-\u036f]/g;

/** How Vietnamese a Windows-1258 reading looks: its Vietnamese letters, less its stray marks. */
function vietnameseScore(text: string): number {
  const nfc = text.normalize('NFC');
  return (nfc.match(VIETNAMESE_ONLY) ?? []).length - 2 * (nfc.match(STRAY_MARK) ?? []).length;
}

/** The text and the encoding it was read in; null when it looks binary. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: Encoding } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  // A NUL byte: UTF-16, or not text at all.
  if (bytes.subarray(0, 4096).includes(0)) return null;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: one of Excel's ANSI code pages.
  }
  const sample = bytes.subarray(0, 1 << 20);
  const as1258 = new TextDecoder('windows-1258').decode(sample);
  const encoding = vietnameseScore(as1258) > 0 ? 'windows-1258' : 'windows-1252';
  return { text: new TextDecoder(encoding).decode(bytes).normalize('NFC'), encoding };
}

/** Control characters that no text file holds (tab, CR, LF aside). */
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/;

export function openCsv(bytes: Uint8Array): Opened {
  const decoded = decodeCsv(bytes);
  if (!decoded || BINARY.test(decoded.text.slice(0, 4096))) return fileProblem('not_spreadsheet');
  const text = decoded.text.normalize('NFC');
  if (!text.trim()) return fileProblem('empty');
  const delimiter = Papa.parse<string[]>(text.slice(0, 64 * 1024), { preview: 20 }).meta.delimiter;
  const total = text.length;
  let offset = 0;
  let line = 0;
  const reader: TableReader = {
    format: 'csv',
    encoding: decoded.encoding,
    totalBytes: total,
    bytesRead: 0,
    merged: [],
    done: false,
    next(sliceBytes = SLICE) {
      if (reader.done) return [];
      // Cut at a line end outside quotes: an even number of quotes since the last cut.
      let end = Math.min(total, offset + sliceBytes);
      if (end < total) {
        let quotes = 0;
        for (let i = offset; i < end; i++) if (text.charCodeAt(i) === 34) quotes++;
        let i = end;
        while (i < total) {
          const ch = text.charCodeAt(i);
          if (ch === 34) quotes++;
          else if (ch === 10 && quotes % 2 === 0) break;
          i++;
        }
        end = Math.min(total, i + 1);
      }
      const slice = text.slice(offset, end);
      const parsed = Papa.parse<string[]>(slice, { delimiter });
      // A slice ending in a line end gives one empty record after it.
      const last = parsed.data[parsed.data.length - 1];
      if (/\n$/.test(slice) && last?.length === 1 && last[0] === '') parsed.data.pop();
      offset = end;
      reader.bytesRead = offset;
      if (offset >= total) reader.done = true;
      const rows: RawRow[] = [];
      for (const record of parsed.data) {
        line += 1;
        rows.push({
          line,
          cells: record.map((c) => (c.trim() === '' ? null : c.trim())),
          formulas: [],
          formulasWithoutValue: [],
        });
      }
      return rows;
    },
  };
  return { ok: true, reader };
}
