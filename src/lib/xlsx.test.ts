import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { toXlsx, xlsxStream } from './xlsx';

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

describe('streamed xlsx', () => {
  const rows = (n: number) =>
    (function* () {
      yield ['Mã', 'Ghi chú'];
      for (let i = 0; i < n; i++) yield [`TK${i}`, i % 2 ? '=1+1' : 'Hòa'];
    })();

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
