import { describe, expect, it } from 'vitest';
import { formatDecimal, pluralCategory } from './numbers';

const locales = { vi: 'vi-VN', en: 'en-GB' } as const;

/** A fixed spread of values: signs, ties, carries, tiny and huge magnitudes, binary surprises. */
function values(): number[] {
  const edge = [
    0,
    -0,
    1,
    -1,
    0.5,
    1.5,
    2.5,
    -2.5,
    1.005,
    1.0049,
    999.95,
    999.949,
    9.995,
    1234,
    12345.678,
    1e21,
    1.23e-7,
    0.000049,
    -0.04,
    -0.05,
    123456789,
    0.0345,
    0.125,
    0.9999,
    1 / 3,
    2 / 3,
    99.95,
    0.95,
    5e-324,
    339000,
    0.4305,
    175943,
  ];
  // A deterministic pseudo-random walk over 12 orders of magnitude.
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 1500; i++) edge.push((next() - 0.3) * 10 ** Math.floor(next() * 12 - 4));
  return edge;
}

describe('formatDecimal', () => {
  it('writes what Intl.NumberFormat writes, for both languages, decimals and percents', () => {
    const mismatches: string[] = [];
    for (const v of values()) {
      for (const lang of ['vi', 'en'] as const) {
        for (const [min, max] of [
          [0, 0],
          [0, 1],
          [1, 1],
          [0, 2],
        ] as const) {
          for (const percent of [false, true]) {
            const intl = new Intl.NumberFormat(locales[lang], {
              style: percent ? 'percent' : 'decimal',
              minimumFractionDigits: min,
              maximumFractionDigits: max,
            }).format(v);
            const ours = formatDecimal(v, lang, { minFraction: min, maxFraction: max, percent });
            if (ours !== intl)
              mismatches.push(`${v} ${lang} ${min}-${max} ${percent}: ${ours} ≠ ${intl}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('groups thousands and uses the decimal comma in Vietnamese', () => {
    expect(formatDecimal(1234567.89, 'vi', { maxFraction: 1 })).toBe('1.234.567,9');
    expect(formatDecimal(1234567.89, 'en', { maxFraction: 1 })).toBe('1,234,567.9');
    expect(formatDecimal(0.4305, 'vi', { percent: true, minFraction: 1, maxFraction: 1 })).toBe(
      '43,1%',
    );
  });
});

describe('pluralCategory', () => {
  it('matches Intl.PluralRules for counts', () => {
    for (const n of [0, 1, 2, 5, 21, 100, 1.5]) {
      for (const lang of ['vi', 'en'] as const) {
        expect(pluralCategory(lang, n)).toBe(new Intl.PluralRules(locales[lang]).select(n));
      }
    }
  });
});
