import type { components } from '../../src/api/schema';
import raw from './units-2024.json';

type UnitTree = components['schemas']['UnitTree'];
type District = components['schemas']['District'];
type Organisation = components['schemas']['Organisation'];

/** Provincial bodies named in the letters, plus the service center. Codes are the demo's own. */
const organisations: Organisation[] = [
  { code: 'STTTT', name: 'Sở Thông tin và Truyền thông', kind: 'department' },
  { code: 'STP', name: 'Sở Tư pháp', kind: 'department' },
  { code: 'SNV', name: 'Sở Nội vụ', kind: 'department' },
  { code: 'SKHDT', name: 'Sở Kế hoạch và Đầu tư', kind: 'department' },
  { code: 'SLDTBXH', name: 'Sở Lao động – Thương binh và Xã hội', kind: 'department' },
  { code: 'VPUBND', name: 'Văn phòng UBND tỉnh', kind: 'agency' },
  { code: 'CAT', name: 'Công an tỉnh', kind: 'police' },
  { code: 'TTPVHCC', name: 'Trung tâm Phục vụ hành chính công tỉnh', kind: 'center' },
  { code: 'BHXH', name: 'Bảo hiểm xã hội tỉnh', kind: 'agency' },
  { code: 'CT', name: 'Cục Thuế tỉnh', kind: 'agency' },
];

export const unitTree: UnitTree = {
  province: { code: raw.province.code, name: raw.province.name },
  districts: raw.districts as District[],
  organisations,
};

/** Flat commune table: index → code, name, district index. Accounts store the commune index. */
export const communes = unitTree.districts.flatMap((d, di) =>
  d.communes.map((c) => ({ ...c, districtIndex: di, districtCode: d.code })),
);
export type CommuneRow = (typeof communes)[number];

export const districtCodes = unitTree.districts.map((d) => d.code);

const communeIndexByCode = new Map(communes.map((c, i) => [c.code, i]));
const districtIndexByCode = new Map(districtCodes.map((c, i) => [c, i]));

export function communeIndex(code: string): number | undefined {
  return communeIndexByCode.get(code);
}

export function districtIndex(code: string): number | undefined {
  return districtIndexByCode.get(code);
}

/** Commune index range [from, to) of a district (communes are stored district by district). */
export function communeRange(districtIdx: number): [number, number] {
  let from = -1;
  let to = -1;
  for (let i = 0; i < communes.length; i++) {
    if (communes[i]!.districtIndex === districtIdx) {
      if (from < 0) from = i;
      to = i + 1;
    }
  }
  return [from, to];
}

export function districtOf(code: string): District | undefined {
  return unitTree.districts.find((d) => d.code === code);
}

export function organisationOf(code: string): Organisation | undefined {
  return organisations.find((o) => o.code === code);
}
