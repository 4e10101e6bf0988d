import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvStream, toCsv } from './csv';

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

describe('streamed CSV', () => {
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
});
