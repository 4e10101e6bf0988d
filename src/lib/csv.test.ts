import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { BOM, csvCell, csvStream, toCsv } from './csv';
import { toXlsx, xlsxStream } from './xlsx';

describe('csv', () => {
  it('starts with a BOM and ends lines with CRLF', () => {
    const text = toCsv([
      ['Đơn vị', 'Tỉ lệ'],
      ['Huyện Lục Ngạn', 0.5],
    ]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe(`${BOM}Đơn vị,Tỉ lệ\r\nHuyện Lục Ngạn,0.5\r\n`);
  });

  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx'])('neutralises %j', (v) => {
    expect(csvCell(v).replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('quotes separators, quotes and new lines', () => {
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });
});

describe('xlsx', () => {
  it('writes a workbook whose sheet holds the escaped, neutralised cells', () => {
    const bytes = toXlsx('Tiến độ', [
      ['Tên', 'Số'],
      ['<b>&', 3],
      ['=HYPERLINK("x")', null],
    ]);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toContain('xl/worksheets/sheet1.xml');
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('&lt;b&gt;&amp;');
    expect(sheet).toContain('<v>3</v>');
    expect(sheet).toContain(`'=HYPERLINK(&quot;x&quot;)`);
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('name="Tiến độ"');
  });
});

describe('streamed files', () => {
  const rows = (n: number) =>
    (function* () {
      yield ['Mã', 'Ghi chú'];
      for (let i = 0; i < n; i++) yield [`TK${i}`, i % 2 ? '=1+1' : 'Hòa'];
    })();

  it('streams CSV with a BOM, every row once, formulas neutralised', async () => {
    const bytes = new Uint8Array(await new Response(csvStream(rows(4500))).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(4501);
    expect(text).toContain("TK1,'=1+1\r\n");
  });

  it('streams an XLSX that unzips to the same cells as the one built at once', async () => {
    const streamed = new Uint8Array(
      await new Response(xlsxStream('Nhật ký', rows(4500))).arrayBuffer(),
    );
    const files = unzipSync(streamed);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const whole = strFromU8(
      unzipSync(toXlsx('Nhật ký', [...rows(4500)]))['xl/worksheets/sheet1.xml']!,
    );
    expect(sheet).toBe(whole);
    expect(sheet).toContain('<row r="4501">');
    expect(sheet).toContain(`'=1+1`);
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('name="Nhật ký"');
  });
});
