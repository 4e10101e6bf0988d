import { describe, expect, it } from 'vitest';
import { foldVietnamese } from './text';

describe('foldVietnamese', () => {
  it.each([
    ['Nguyễn Văn An', 'nguyen van an'],
    ['ĐẶNG THỊ HÒA', 'dang thi hoa'],
    ['Hoà', 'hoa'],
    ['Hòa', 'hoa'],
    ['Thủy', 'thuy'],
    ['Thuỷ', 'thuy'],
    ['  Lục   Ngạn ', 'luc ngan'],
    ['Giáp Đức Ngọc', 'giap duc ngoc'],
  ])('%j → %j', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });

  it('folds decomposed (NFD) and composed (NFC) input alike', () => {
    const nfd = 'Nguyễn'.normalize('NFD');
    expect(foldVietnamese(nfd)).toBe(foldVietnamese('Nguyễn'));
  });
});
