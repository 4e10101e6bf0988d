/**
 * The checks each imported row goes through, one function per field, shared by the demo backend and
 * the server. Each answers the normalised value, or a rejection code from the contract
 * (`ImportRejection.code`).
 */
import type { components } from '../../api/schema';
import { foldVietnamese } from '../text';

export type RejectionCode = components['schemas']['ImportRejection']['code'];
export type Checked<T> = { ok: true; value: T } | { ok: false; code: RejectionCode };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const no = (code: RejectionCode): Checked<never> => ({ ok: false, code });

/**
 * The 63 provinces' codes that open a 12-digit CCCD (place of birth registration), as the Ministry
 * of Public Security numbers them (Circular 07/2016/TT-BCA and later).
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set(
  (
    '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 ' +
    '036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 ' +
    '074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096'
  ).split(' '),
);

const digitsOnly = (text: string) => text.replace(/[\s.-]/g, '');

export type AccountKind = 'citizen' | 'organisation' | 'foreigner';

/**
 * An identity number. Citizens: a 12-digit CCCD whose first 3 digits are a province code, or an
 * old 9-digit CMND; a CCCD that Excel saved as a number has lost its leading 0 (11 digits) and is
 * given it back when that makes a valid province code. Organisations: a tax code (10 digits, or
 * 10-3). Foreigners: a passport number (6–12 letters and digits).
 */
export function checkIdentity(raw: string, kind: AccountKind): Checked<string> {
  const text = raw.trim();
  if (kind === 'organisation') {
    const t = text.replace(/\s/g, '');
    return /^\d{10}(-\d{3})?$/.test(t) ? ok(t) : no('cmnd_length');
  }
  if (kind === 'foreigner') {
    const t = text.replace(/\s/g, '').toUpperCase();
    return /^[A-Z0-9]{6,12}$/.test(t) ? ok(t) : no('cmnd_length');
  }
  let d = digitsOnly(text);
  if (!/^\d+$/.test(d)) return no(d.length >= 11 ? 'cccd_length' : 'cmnd_length');
  if (d.length === 11 && d[0] !== '0' && PROVINCE_CODES.has(`0${d.slice(0, 2)}`)) d = `0${d}`;
  if (d.length === 12) return PROVINCE_CODES.has(d.slice(0, 3)) ? ok(d) : no('cccd_province');
  if (d.length === 9) return ok(d);
  return no(d.length > 9 ? 'cccd_length' : 'cmnd_length');
}

/** Mobile prefixes in use since the 2018 renumbering (Viettel, Vinaphone, MobiFone, Vietnamobile, Gmobile, Itelecom, Reddi). */
const MOBILE = /^0(3[2-9]|5[2589]|7[06-9]|8[1-9]|9\d)\d{7}$/;
/** Landlines: 02 + area code, 11 digits in all. */
const LANDLINE = /^02\d{9}$/;

/**
 * A Vietnamese phone number: spaces, dots, dashes and brackets ignored; +84 / 84 read as 0; a
 * number Excel saved without its leading 0 (9 digits starting 3, 5, 7, 8 or 9) given it back.
 */
export function checkPhone(raw: string): Checked<string> {
  let d = raw.replace(/[\s.\-()]/g, '');
  if (d.startsWith('+84')) d = `0${d.slice(3)}`;
  else if (d.startsWith('84') && (d.length === 11 || d.length === 12)) d = `0${d.slice(2)}`;
  else if (/^[35789]\d{8}$/.test(d)) d = `0${d}`;
  return MOBILE.test(d) || LANDLINE.test(d) ? ok(d) : no('phone_invalid');
}

/** Excel's day 0 (its serials count from 1900-01-00, with 1900 wrongly taken as a leap year). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An ISO date from dd/MM/yyyy (d/M/yyyy, dashes or dots too), yyyy-MM-dd or an Excel serial. */
export function checkDate(raw: string | number, today: string): Checked<string> {
  let iso: string | null = null;
  const serial =
    typeof raw === 'number' ? raw : /^\d{5}(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
  if (Number.isFinite(serial)) {
    if (serial >= 1 && serial < 2_958_466) {
      iso = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
    }
  } else {
    const text = String(raw).trim();
    const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
    const isoMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const [y, m, d] = vn
      ? [Number(vn[3]), Number(vn[2]), Number(vn[1])]
      : isoMatch
        ? [Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])]
        : [0, 0, 0];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (y >= 1900 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      iso = date.toISOString().slice(0, 10);
    }
  }
  if (!iso || iso < '1990-01-01') return no('date_invalid');
  return iso > today ? no('date_future') : ok(iso);
}

const KINDS: Record<string, AccountKind> = {
  'cong dan': 'citizen',
  'ca nhan': 'citizen',
  'cong dan viet nam': 'citizen',
  'nguoi dan': 'citizen',
  citizen: 'citizen',
  'to chuc': 'organisation',
  'doanh nghiep': 'organisation',
  'to chuc doanh nghiep': 'organisation',
  'co quan': 'organisation',
  organisation: 'organisation',
  organization: 'organisation',
  'nguoi nuoc ngoai': 'foreigner',
  'nuoc ngoai': 'foreigner',
  foreigner: 'foreigner',
};

/** The account's kind; an empty cell is a citizen's account. */
export function checkKind(raw: string): Checked<AccountKind> {
  const key = foldVietnamese(raw)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (!key) return ok('citizen');
  const kind = KINDS[key];
  return kind ? ok(kind) : no('kind_invalid');
}

const LINKED = new Set([
  'da lien ket',
  'lien ket',
  'da lien ket vneid',
  'da chuyen doi',
  'chuyen doi',
  'da xac thuc vneid',
  'co',
  'x',
  '1',
  'true',
  'yes',
  'linked',
]);
const NOT_LINKED = new Set([
  '',
  'chua lien ket',
  'chua',
  'chua chuyen doi',
  'khong',
  '0',
  'false',
  'no',
  'not linked',
]);

/** Linked to VNeID or not; an empty cell is not linked. */
export function checkLinked(raw: string | number | boolean): Checked<boolean> {
  const key = foldVietnamese(String(raw))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (LINKED.has(key)) return ok(true);
  if (NOT_LINKED.has(key)) return ok(false);
  return no('status_invalid');
}

/** The units the matcher knows: the contract's unit tree (the province's districts and communes). */
export interface UnitTree {
  districts: readonly {
    code: string;
    name: string;
    communes: readonly { code: string; name: string }[];
  }[];
}

const UNIT_PREFIX = /^(xa|phuong|thi tran|tt|p|x)\s+/;
const DISTRICT_PREFIX = /^(huyen|thanh pho|tp|thi xa|tx|quan)\s+/;

/**
 * Finds a commune of the province by its 5-digit code (an Excel number that lost its leading 0
 * too) or its name, with or without marks and with or without "Xã"/"Phường"/"Thị trấn"; a name two
 * districts share needs the district after it ("Phúc Sơn, Tân Yên"). A 5-digit code of no commune
 * here is a unit outside the province.
 */
export function unitMatcher(tree: UnitTree) {
  const byCode = new Map<string, string>();
  const byName = new Map<string, string[]>();
  const districtOf = new Map<string, string>();
  const districtKeys = new Map<string, string>();
  const add = (key: string, code: string) => {
    const list = byName.get(key);
    if (!list) byName.set(key, [code]);
    else if (!list.includes(code)) list.push(code);
  };
  for (const d of tree.districts) {
    const dFull = foldVietnamese(d.name);
    districtKeys.set(dFull, d.code);
    districtKeys.set(dFull.replace(DISTRICT_PREFIX, ''), d.code);
    for (const c of d.communes) {
      byCode.set(c.code, c.code);
      districtOf.set(c.code, d.code);
      const full = foldVietnamese(c.name);
      add(full, c.code);
      add(full.replace(UNIT_PREFIX, ''), c.code);
    }
  }
  // A file names the same communes again and again.
  const memo = new Map<string, Checked<string>>();
  const match = (raw: string | number): Checked<string> => {
    const text = String(raw).trim();
    if (/^\d{4,5}$/.test(text)) {
      const code = text.padStart(5, '0');
      return byCode.has(code) ? ok(code) : no('unit_outside_province');
    }
    const [name = '', ...rest] = foldVietnamese(text)
      .split(/\s*[,;(–-]\s*/)
      .map((s) => s.replace(/[)]/g, '').trim())
      .filter(Boolean);
    const plain = name
      .replace(/[^a-z0-9 ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const candidates = byName.get(plain) ?? byName.get(plain.replace(UNIT_PREFIX, '')) ?? [];
    if (candidates.length === 1) return ok(candidates[0]!);
    if (candidates.length > 1) {
      const district = rest
        .map((r) => districtKeys.get(r) ?? districtKeys.get(r.replace(DISTRICT_PREFIX, '')))
        .find(Boolean);
      const match = candidates.filter((c) => districtOf.get(c) === district);
      if (match.length === 1) return ok(match[0]!);
    }
    return no('unit_unknown');
  };
  return (raw: string | number): Checked<string> => {
    const key = String(raw);
    let found = memo.get(key);
    if (!found) {
      found = match(raw);
      if (memo.size < 100_000) memo.set(key, found);
    }
    return found;
  };
}
export type UnitMatcher = ReturnType<typeof unitMatcher>;
