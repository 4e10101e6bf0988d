import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { BOM, csvCell, toCsv } from './csv';
import { toXlsx } from './xlsx';

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
