import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '../xlsx';
import { recogniseHeading } from './fields';
import { readImport, sha256Hex } from './pipeline';
import { decodeCsv } from './read';
import { checkDate, checkIdentity, checkLinked, checkPhone, unitMatcher } from './rules';

/** Part of the province's tree (mocks/db/units-2024.json), with the one commune name two districts share. */
const districts = [
  {
    code: '213',
    name: 'Thành phố Bắc Giang',
    communes: [{ code: '07201', name: 'Phường Thọ Xương', kind: 'phường' }],
  },
  {
    code: '216',
    name: 'Huyện Tân Yên',
    communes: [{ code: '07318', name: 'Xã Phúc Sơn', kind: 'xã' }],
  },
  {
    code: '220',
    name: 'Huyện Sơn Động',
    communes: [{ code: '07630', name: 'Xã Phúc Sơn', kind: 'xã' }],
  },
];
const match = unitMatcher({ districts });
const opts = { units: match, today: '2024-06-20' };

describe('headings', () => {
  it('are recognised as offices write them, with or without marks', () => {
    expect(recogniseHeading('Họ và tên')).toBe('fullName');
    expect(recogniseHeading('HO VA TEN')).toBe('fullName');
    expect(recogniseHeading('Số CCCD/CMND')).toBe('identityNumber');
    expect(recogniseHeading('Số định danh')).toBe('identityNumber');
    expect(recogniseHeading('so dien thoai')).toBe('phone');
    expect(recogniseHeading('SĐT')).toBe('phone');
    expect(recogniseHeading('Ngày đăng ký')).toBe('registeredOn');
    expect(recogniseHeading('Xã/Phường')).toBe('unit');
    expect(recogniseHeading('Đơn vị')).toBe('unit');
    expect(recogniseHeading('Loại tài khoản')).toBe('kind');
    expect(recogniseHeading('Trạng thái VNeID')).toBe('vneidStatus');
    expect(recogniseHeading('Đã liên kết')).toBe('vneidStatus');
    expect(recogniseHeading('Ghi chú')).toBeNull();
  });
});

describe('field checks', () => {
  it('CCCD: 12 digits opening with a province code; CMND: 9 digits', () => {
    expect(checkIdentity('024190123456', 'citizen')).toEqual({ ok: true, value: '024190123456' });
    expect(checkIdentity('24190123456', 'citizen')).toEqual({ ok: true, value: '024190123456' });
    expect(checkIdentity('999190123456', 'citizen')).toEqual({ ok: false, code: 'cccd_province' });
    expect(checkIdentity('0241901234', 'citizen')).toEqual({ ok: false, code: 'cccd_length' });
    expect(checkIdentity('121234567', 'citizen')).toEqual({ ok: true, value: '121234567' });
    expect(checkIdentity('1212345', 'citizen')).toEqual({ ok: false, code: 'cmnd_length' });
    expect(checkIdentity('2400123456', 'organisation').ok).toBe(true);
  });
  it('phones: Vietnamese mobile and landline numbers', () => {
    expect(checkPhone('0912 345 678')).toEqual({ ok: true, value: '0912345678' });
    expect(checkPhone('+84912345678')).toEqual({ ok: true, value: '0912345678' });
    expect(checkPhone('912345678')).toEqual({ ok: true, value: '0912345678' });
    expect(checkPhone('02043855555')).toEqual({ ok: true, value: '02043855555' });
    expect(checkPhone('0112345678').ok).toBe(false);
    expect(checkPhone('12345').ok).toBe(false);
  });
  it('dates: dd/MM/yyyy or Excel serials, none after today', () => {
    expect(checkDate('05/06/2024', '2024-06-20')).toEqual({ ok: true, value: '2024-06-05' });
    expect(checkDate('5/6/2024', '2024-06-20')).toEqual({ ok: true, value: '2024-06-05' });
    expect(checkDate(45448, '2024-06-20')).toEqual({ ok: true, value: '2024-06-05' });
    expect(checkDate('31/02/2024', '2024-06-20')).toEqual({ ok: false, code: 'date_invalid' });
    expect(checkDate('06/05/2024x', '2024-06-20').ok).toBe(false);
    expect(checkDate('01/07/2024', '2024-06-20')).toEqual({ ok: false, code: 'date_future' });
  });
  it('VNeID status in the words offices use', () => {
    expect(checkLinked('Đã liên kết')).toEqual({ ok: true, value: true });
    expect(checkLinked('x')).toEqual({ ok: true, value: true });
    expect(checkLinked('Chưa liên kết')).toEqual({ ok: true, value: false });
    expect(checkLinked('')).toEqual({ ok: true, value: false });
    expect(checkLinked('có lẽ').ok).toBe(false);
  });
  it('units: by name with or without marks, by code; another province is named as such', () => {
    expect(match('Phường Thọ Xương')).toEqual({ ok: true, value: '07201' });
    expect(match('tho xuong')).toEqual({ ok: true, value: '07201' });
    expect(match('P. Thọ Xương')).toEqual({ ok: true, value: '07201' });
    expect(match('07201')).toEqual({ ok: true, value: '07201' });
    expect(match('7201')).toEqual({ ok: true, value: '07201' });
    expect(match('00004')).toEqual({ ok: false, code: 'unit_outside_province' });
    expect(match('Phường Ba Đình')).toEqual({ ok: false, code: 'unit_unknown' });
    // A name two districts share needs its district.
    expect(match('Xã Phúc Sơn').ok).toBe(false);
    expect(match('Phúc Sơn, Tân Yên')).toEqual({ ok: true, value: '07318' });
    expect(match('Xã Phúc Sơn (huyện Sơn Động)')).toEqual({ ok: true, value: '07630' });
  });
});

const HEAD = [
  'Mã tài khoản',
  'Họ và tên',
  'Số CCCD',
  'Số điện thoại',
  'Ngày đăng ký',
  'Xã/phường',
  'Trạng thái VNeID',
];
const GOOD = [
  'TK0000001',
  'Nguyễn Văn An',
  '024190123456',
  '0912345678',
  '05/06/2024',
  'Phường Thọ Xương',
  'Đã liên kết',
];

/** A workbook from parts (for shared strings, merged cells, formulas and sheets). */
function workbook(sheets: string[], shared: string[] = []): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8(
      `<workbook><sheets>${sheets.map((_, i) => `<sheet name="Trang ${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships>${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `<sst>${shared.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
    ),
  };
  sheets.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xml)));
  return zipSync(files);
}

describe('reading a file', () => {
  it('reads an XLSX, checks each row and names the rejected row and column', async () => {
    const bad = [...GOOD];
    bad[0] = 'TK0000002';
    bad[2] = '99919012345'; // 11 digits, no province code even with a 0
    const file = toXlsx('DS', [HEAD, GOOD, bad]);
    const r = await readImport(file, 'ds.xlsx', opts);
    expect(r.fileProblem).toBeNull();
    expect(r.format).toBe('xlsx');
    expect(r.rowsRead).toBe(2);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ accountId: 'TK0000001', communeCode: '07201', linked: true });
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]!.reasons[0]).toMatchObject({
      row: 3,
      column: 'C',
      field: 'identityNumber',
      code: 'cccd_length',
    });
  });

  it('refuses a duplicate id within the file, naming the first row', async () => {
    const r = await readImport(toXlsx('DS', [HEAD, GOOD, GOOD]), 'ds.xlsx', opts);
    expect(r.rejected[0]!.reasons[0]).toMatchObject({ row: 3, code: 'duplicate_id', value: '2' });
  });

  it('inflates an XLSX with the unzip it is given (the server: off its thread)', async () => {
    const asked: string[] = [];
    const r = await readImport(toXlsx('DS', [HEAD, GOOD]), 'ds.xlsx', {
      ...opts,
      unzip: async (bytes, filter) => {
        const { unzipSync } = await import('fflate');
        return unzipSync(bytes, {
          filter: (f) => {
            const keep = filter(f);
            if (keep) asked.push(f.name);
            return keep;
          },
        });
      },
    });
    expect(asked).toContain('xl/worksheets/sheet1.xml');
    expect(r.rows).toHaveLength(1);
  });

  it('reads account ids in any case, and refuses one that is not of the app', async () => {
    const lower = [...GOOD];
    lower[0] = ' tk0000001 ';
    const other = [...GOOD];
    other[0] = 'PT00000001';
    const r = await readImport(toXlsx('DS', [HEAD, lower, other]), 'ds.xlsx', opts);
    expect(r.rows.map((x) => x.accountId)).toEqual(['TK0000001']);
    expect(r.rejected.map((x) => x.reasons[0])).toMatchObject([
      { row: 3, column: 'A', field: 'accountId', code: 'account_id_invalid', value: 'PT00000001' },
    ]);
  });

  it('reads shared strings and saved values of formulas, never evaluating them', async () => {
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
      '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="str"><f>"Phường "&amp;"Thọ Xương"</f><v>Phường Thọ Xương</v></c><c r="C2"><f>1+0</f><v>1</v></c></row>' +
      '<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" t="str"><f>X1</f></c><c r="C3"><v>0</v></c></row></sheetData></worksheet>';
    const r = await readImport(
      workbook([sheet], ['Số CCCD', 'Đơn vị', 'Đã liên kết', '024190123456', '024190123457']),
      'f.xlsx',
      opts,
    );
    expect(r.formulaCells).toBe(3);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ communeCode: '07201', linked: true });
    expect(r.rejected[0]!.reasons.map((x) => x.code)).toContain('formula_without_value');
  });

  it('refuses merged heading cells, a second sheet with data and duplicate headings', async () => {
    const head =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Số CCCD</t></is></c><c r="B1" t="inlineStr"><is><t>Đơn vị</t></is></c><c r="C1" t="inlineStr"><is><t>Đã liên kết</t></is></c></row>';
    const body =
      '<row r="2"><c r="A2" t="inlineStr"><is><t>024190123456</t></is></c><c r="B2" t="inlineStr"><is><t>Thọ Xương</t></is></c><c r="C2"><v>1</v></c></row>';
    const mergedSheet = `<worksheet><sheetData>${head}${body}</sheetData><mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells></worksheet>`;
    expect((await readImport(workbook([mergedSheet]), 'm.xlsx', opts)).fileProblem).toMatchObject({
      code: 'merged_headings',
      row: 1,
      column: 'B',
    });
    const plain = `<worksheet><sheetData>${head}${body}</sheetData></worksheet>`;
    expect((await readImport(workbook([plain, plain]), 's.xlsx', opts)).fileProblem).toMatchObject({
      code: 'second_sheet',
      detail: 'Trang 1, Trang 2',
    });
    // An empty second sheet (older Excel made three) is no problem.
    expect(
      (await readImport(workbook([plain, '<worksheet><sheetData/></worksheet>']), 's.xlsx', opts))
        .fileProblem,
    ).toBeNull();
    const dup = toXlsx('DS', [
      ['Số CCCD', 'Đơn vị', 'Đã liên kết', 'Đơn vị'],
      ['024190123456', 'Thọ Xương', 'x', ''],
    ]);
    expect((await readImport(dup, 'd.xlsx', opts)).fileProblem).toMatchObject({
      code: 'duplicate_headings',
      column: 'D',
    });
  });

  it('refuses what is not a spreadsheet, an empty file and headings only', async () => {
    expect(
      (await readImport(strToU8('%PDF-1.4\u0000\u0001binary'), 'a.pdf', opts)).fileProblem?.code,
    ).toBe('not_spreadsheet');
    expect(
      (await readImport(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), 'a.xls', opts)).fileProblem
        ?.code,
    ).toBe('not_spreadsheet');
    expect(
      (await readImport(strToU8('PK\u0003\u0004garbage'), 'a.xlsx', opts)).fileProblem?.code,
    ).toBe('not_spreadsheet');
    expect((await readImport(new Uint8Array(), 'a.csv', opts)).fileProblem?.code).toBe('empty');
    expect((await readImport(strToU8('\n\n'), 'a.csv', opts)).fileProblem?.code).toBe('empty');
    expect((await readImport(strToU8(HEAD.join(',')), 'a.csv', opts)).fileProblem).toMatchObject({
      code: 'headings_only',
      row: 1,
    });
  });

  it('asks for a mapping when a needed column is unknown, and takes one', async () => {
    const file = strToU8(['Số CCCD,Nơi ở,Đã liên kết', '024190123456,Thọ Xương,x'].join('\n'));
    const r = await readImport(file, 'a.csv', opts);
    expect(r.fileProblem).toMatchObject({ code: 'missing_fields', detail: 'unit' });
    const mapped = await readImport(file, 'a.csv', {
      ...opts,
      mapping: new Map([[1, 'unit' as const]]),
    });
    expect(mapped.fileProblem).toBeNull();
    expect(mapped.columns[1]).toMatchObject({ field: 'unit', recognised: false });
    expect(mapped.rows).toHaveLength(1);
  });

  it('reads CSV in UTF-8 with and without BOM, Windows-1258 and Windows-1252, and quoted line ends', async () => {
    const csv = `${HEAD.join(',')}\r\n${GOOD.join(',')}\r\n"TK0000003","Trần\r\nThị B",024190123458,,,"Thọ Xương",Chưa liên kết\r\n`;
    for (const bytes of [strToU8(csv), strToU8(`\uFEFF${csv}`)]) {
      const r = await readImport(bytes, 'a.csv', { ...opts, sliceBytes: 16 });
      expect(r.rejected).toEqual([]);
      expect(r.rows.map((x) => x.line)).toEqual([2, 3]);
      expect(r.rows[1]!.fullName).toBe('Trần\r\nThị B');
    }
    // "Thọ Xương" in Windows-1258: o + combining dot below (0xF2), ư (0xFD), ơ (0xF5).
    const cp1258 = new Uint8Array([
      ...strToU8('x,Xa,So CCCD\n1,Th'),
      0x6f,
      0xf2,
      0x20,
      0x58,
      0xfd,
      0xf5,
      0x6e,
      0x67,
      ...strToU8(',024190123456\n'),
    ]);
    expect(decodeCsv(cp1258)).toMatchObject({
      encoding: 'windows-1258',
      text: 'x,Xa,So CCCD\n1,Thọ Xương,024190123456\n',
    });
    const cp1252 = new Uint8Array([
      ...strToU8('Nom,Ville\nJos'),
      0xe9,
      ...strToU8(',Hu'),
      0xe9,
      0x0a,
    ]);
    expect(decodeCsv(cp1252)).toMatchObject({
      encoding: 'windows-1252',
      text: 'Nom,Ville\nJosé,Hué\n',
    });
  });

  it('reads headings below a title row', async () => {
    const file = toXlsx('DS', [['DANH SÁCH TÀI KHOẢN CÔNG DÂN'], [], HEAD, GOOD]);
    const r = await readImport(file, 'a.xlsx', opts);
    expect(r.fileProblem).toBeNull();
    expect(r.rows[0]!.line).toBe(4);
  });

  it('stops when asked between slices', async () => {
    const rows = [
      HEAD,
      ...Array.from({ length: 2000 }, (_, i) => [
        `TK${String(i + 1).padStart(7, '0')}`,
        'A',
        '',
        '',
        '',
        'Thọ Xương',
        'x',
      ]),
    ];
    let slices = 0;
    const r = await readImport(toXlsx('DS', rows), 'a.xlsx', {
      ...opts,
      sliceBytes: 4096,
      pause: () => Promise.resolve(++slices > 3),
    });
    expect(r.cancelled).toBe(true);
    expect(r.rowsRead).toBeLessThan(2000);
  });

  it('hashes the file', async () => {
    expect(await sha256Hex(strToU8('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
