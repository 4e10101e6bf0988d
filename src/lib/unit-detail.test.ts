import { describe, expect, it } from 'vitest';
import type { components } from '../api/schema';
import { unitOf } from './unit-detail';

const tree: components['schemas']['UnitTree'] = {
  province: { code: '24', name: 'Tỉnh Bắc Giang' },
  districts: [
    {
      code: '213',
      name: 'Thành phố Bắc Giang',
      kind: 'thành phố',
      communes: [
        { code: '07201', name: 'Phường Thọ Xương', kind: 'phường' },
        { code: '07204', name: 'Xã Song Mai', kind: 'xã' },
      ],
    },
    { code: '215', name: 'Huyện Yên Thế', kind: 'huyện', communes: [] },
  ],
  organisations: [{ code: 'STP', name: 'Sở Tư pháp', kind: 'department' }],
};

describe('unitOf', () => {
  it('gives the province with its districts and no parent', () => {
    expect(unitOf(tree, '24')).toEqual({
      code: '24',
      name: 'Tỉnh Bắc Giang',
      level: 'province',
      kind: null,
      parent: null,
      children: [
        { code: '213', name: 'Thành phố Bắc Giang', level: 'district' },
        { code: '215', name: 'Huyện Yên Thế', level: 'district' },
      ],
    });
  });

  it('gives a district with the province as parent and its communes in order', () => {
    expect(unitOf(tree, '213')).toEqual({
      code: '213',
      name: 'Thành phố Bắc Giang',
      level: 'district',
      kind: 'thành phố',
      parent: { code: '24', name: 'Tỉnh Bắc Giang', level: 'province' },
      children: [
        { code: '07201', name: 'Phường Thọ Xương', level: 'commune' },
        { code: '07204', name: 'Xã Song Mai', level: 'commune' },
      ],
    });
    expect(unitOf(tree, '215')?.children).toEqual([]);
  });

  it('gives a commune with its district as parent and no children', () => {
    expect(unitOf(tree, '07204')).toEqual({
      code: '07204',
      name: 'Xã Song Mai',
      level: 'commune',
      kind: 'xã',
      parent: { code: '213', name: 'Thành phố Bắc Giang', level: 'district' },
      children: [],
    });
  });

  it('gives null for an unknown code and for a provincial body', () => {
    expect(unitOf(tree, '99999')).toBeNull();
    expect(unitOf(tree, '25')).toBeNull();
    expect(unitOf(tree, 'STP')).toBeNull();
  });
});
