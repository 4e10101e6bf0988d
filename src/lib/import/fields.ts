/**
 * What the columns of an imported account list hold, and how their headings are recognised: in
 * Vietnamese as offices write them, with or without marks, any case, with or without punctuation.
 * Shared by the demo backend and the server (no React, no MSW).
 */
import { ImportField as contractFields } from '../../api/enums';
import { foldVietnamese } from '../text';

/** The fields the contract names, in its order (src/api/enums.ts). */
export const IMPORT_FIELDS = contractFields;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The template's headings, in this order (the first of each field's variants). */
export const TEMPLATE_HEADINGS: Record<ImportField, string> = {
  accountId: 'Mã tài khoản',
  fullName: 'Họ và tên',
  identityNumber: 'Số CCCD',
  phone: 'Số điện thoại',
  registeredOn: 'Ngày đăng ký',
  unit: 'Xã/phường',
  kind: 'Loại tài khoản',
  vneidStatus: 'Trạng thái VNeID',
};

/** Headings as offices write them, folded (see `headingKey`). */
const VARIANTS: Record<ImportField, readonly string[]> = {
  accountId: [
    'ma tai khoan',
    'ma tk',
    'id tai khoan',
    'id',
    'tai khoan',
    'ma so tai khoan',
    'account id',
  ],
  fullName: [
    'ho va ten',
    'ho ten',
    'ten',
    'ten cong dan',
    'ho ten cong dan',
    'ho va ten cong dan',
    'ten to chuc',
    'ten chu tai khoan',
    'ten nguoi dung',
    'full name',
    'name',
  ],
  identityNumber: [
    'so cccd',
    'cccd',
    'so dinh danh',
    'so dinh danh ca nhan',
    'ma dinh danh',
    'so cmnd',
    'cmnd',
    'so cmnd cccd',
    'cmnd cccd',
    'so cccd cmnd',
    'cccd cmnd',
    'so can cuoc',
    'so can cuoc cong dan',
    'can cuoc cong dan',
    'so giay to',
    'so giay to tuy than',
    'giay to tuy than',
    'identity number',
  ],
  phone: [
    'so dien thoai',
    'dien thoai',
    'sdt',
    'so dt',
    'dt',
    'so di dong',
    'di dong',
    'dien thoai di dong',
    'phone',
  ],
  registeredOn: [
    'ngay dang ky',
    'ngay dk',
    'ngay tao',
    'ngay tao tai khoan',
    'ngay dang ky tai khoan',
    'registered on',
  ],
  unit: [
    'don vi',
    'xa phuong',
    'xa phuong thi tran',
    'xa',
    'phuong',
    'don vi hanh chinh',
    'don vi cap xa',
    'dia ban',
    'ma don vi',
    'ma xa',
    'unit',
  ],
  kind: ['loai tai khoan', 'loai', 'doi tuong', 'loai doi tuong', 'loai tk', 'kind'],
  vneidStatus: [
    'trang thai vneid',
    'da lien ket',
    'lien ket vneid',
    'da lien ket vneid',
    'trang thai lien ket',
    'trang thai lien ket vneid',
    'da chuyen doi',
    'trang thai chuyen doi',
    'trang thai',
    'vneid',
  ],
};

/** A heading folded for matching: no marks, lower case, punctuation as spaces, a leading "số"/"stt" kept. */
export function headingKey(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const byKey = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const v of VARIANTS[field]) byKey.set(v, field);

/** The field a heading names, or null when it is not one the import knows. */
export function recogniseHeading(text: string): ImportField | null {
  const key = headingKey(text);
  if (!key) return null;
  return byKey.get(key) ?? null;
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** Column letters → 0-based index (`C` → 2). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The largest file the import takes (50 MiB), checked before reading and by every backend. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
