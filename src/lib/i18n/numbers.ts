import type { Lang } from './translate';

/** The plural category of a count: English has one and other; Vietnamese has one form. */
export function pluralCategory(lang: Lang, count: number): 'one' | 'other' {
  return lang === 'en' && Math.abs(count) === 1 ? 'one' : 'other';
}

const separators: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

export interface DecimalOptions {
  minFraction?: number;
  maxFraction?: number;
  /** Times 100, with a % sign (the ratio 0.125 → 12,5%). */
  percent?: boolean;
}

/** `x` ≥ 0 as its decimal digits and the position of the decimal point within them. */
function decimalDigits(x: number): { digits: number[]; point: number } {
  const [mantissa = '0', exponent = '0'] = String(x).split('e');
  const [int = '0', frac = ''] = mantissa.split('.');
  return {
    digits: [...(int + frac)].map(Number),
    point: int.length + Number(exponent),
  };
}

/**
 * Numbers written as Intl.NumberFormat writes them for vi-VN (1.234,5) and en-GB (1,234.5), without
 * building an Intl formatter: the first one a page builds loads the locale's data, which costs a
 * phone tens of milliseconds on the first screen. Rounding is Intl's: half away from zero, on the
 * number's shortest decimal form. `numbers.test.ts` holds this to Intl's output.
 */
export function formatDecimal(n: number, lang: Lang, options: DecimalOptions = {}): string {
  const { minFraction = 0, maxFraction = 0, percent = false } = options;
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? '∞' : '-∞';
  const { digits, point: at } = decimalDigits(Math.abs(n));
  let point = at + (percent ? 2 : 0);
  // Pad so that the point falls within the digits, with room for every kept fraction digit.
  while (point <= 0) {
    digits.unshift(0);
    point++;
  }
  while (digits.length < point + maxFraction + 1) digits.push(0);
  const kept = digits.slice(0, point + maxFraction);
  if (digits[point + maxFraction]! >= 5) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === 9) kept[i--] = 0;
    if (i >= 0) kept[i]!++;
    else {
      kept.unshift(1);
      point++;
    }
  }
  let int = kept
    .slice(0, point)
    .join('')
    .replace(/^0+(?=\d)/, '');
  let frac = kept.slice(point).join('');
  while (frac.length > minFraction && frac.endsWith('0')) frac = frac.slice(0, -1);
  const { group, decimal } = separators[lang];
  int = int.replace(/\B(?=(\d{3})+$)/g, group);
  // As Intl: a negative number keeps its sign even when it rounds to 0 (-0,04 → -0).
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  return `${sign}${int}${frac ? decimal + frac : ''}${percent ? '%' : ''}`;
}
