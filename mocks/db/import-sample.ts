/**
 * An account list as the province's systems export it, made from the demo dataset: for tests and
 * benchmarks of the import (issue 19). Citizens not converted as of `today` are shown linked (so
 * that the first import converts them), plus some accounts the dataset does not hold (new).
 */
import { communes, unitTree } from './units';
import {
  KIND_CITIZEN,
  accountId,
  displayName,
  identityNumber,
  phoneNumber,
  type Dataset,
} from './dataset';
import { NEVER, dayOf, isoOf } from './days';

/** A commune with its district, as the provincial system writes it (some names repeat). */
function unitName(commune: number): string {
  const c = communes[commune]!;
  return `${c.name}, ${unitTree.districts[c.districtIndex]!.name}`;
}

export const SAMPLE_HEADINGS = [
  'Mã tài khoản',
  'Họ và tên',
  'Số CCCD',
  'Số điện thoại',
  'Ngày đăng ký',
  'Xã/phường',
  'Loại tài khoản',
  'Trạng thái VNeID',
];

const ddmmyyyy = (day: number) => {
  const [y, m, d] = isoOf(day).split('-');
  return `${d}/${m}/${y}`;
};

export interface SampleOptions {
  today: string;
  /** Existing citizens shown linked (not yet converted in the dataset on `today`). */
  linked: number;
  /** Existing accounts shown as they are (unchanged). */
  unchanged?: number;
  /** Accounts the dataset does not hold. */
  added?: number;
  /** Skip this many candidate rows first (for files that do not overlap). */
  offset?: number;
}

export function sampleImportRows(ds: Dataset, o: SampleOptions): string[][] {
  const today = dayOf(o.today);
  const rows: string[][] = [SAMPLE_HEADINGS];
  const line = (row: number, linked: boolean) => {
    const id = identityNumber(ds, row);
    return [
      accountId(row),
      displayName(ds, row),
      id && /^\d{12}$/.test(id) ? id : '',
      phoneNumber(ds, row) ?? '',
      ddmmyyyy(ds.registeredDay[row]!),
      unitName(ds.commune[row]!),
      'Công dân',
      linked ? 'Đã liên kết' : 'Chưa liên kết',
    ];
  };
  let linked = 0;
  let unchanged = 0;
  let skipped = 0;
  for (let row = 0; row < ds.size && (linked < o.linked || unchanged < (o.unchanged ?? 0)); row++) {
    if (ds.kind[row] !== KIND_CITIZEN || ds.dupOf[row]! >= 0 || ds.state[row] !== 0) continue;
    const id = identityNumber(ds, row);
    if (!id || !/^\d{12}$/.test(id)) continue;
    if (skipped++ < (o.offset ?? 0)) continue;
    const day = ds.convertedDay[row]!;
    const converted = day !== NEVER && day <= today;
    if (!converted && linked < o.linked) {
      rows.push(line(row, true));
      linked += 1;
    } else if (converted && unchanged < (o.unchanged ?? 0)) {
      rows.push(line(row, true));
      unchanged += 1;
    }
  }
  for (let k = 0; k < (o.added ?? 0); k++) {
    rows.push([
      // Ids the seed does not have (it ends at TK03…; imports number theirs from TK9000001).
      `TK8${String(k + 1).padStart(6, '0')}`,
      `Nguyễn Thị Nhập ${k + 1}`,
      `0241${String(90_000_000 + k).padStart(8, '0')}`,
      `09${String(10_000_000 + k).slice(-8)}`,
      '01/06/2024',
      unitName(k % communes.length),
      'Công dân',
      k % 2 === 0 ? 'Đã liên kết' : 'Chưa liên kết',
    ]);
  }
  return rows;
}
