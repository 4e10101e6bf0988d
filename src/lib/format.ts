import { formatInstant, formatIsoDate } from './dates';
import { formatDecimal, useI18n, type Lang } from './i18n';

export interface Formatters {
  number: (n: number) => string;
  percent: (ratio: number, digits?: number) => string;
  /** A number with a fixed count of decimals (vi: 3,2). */
  decimal: (n: number, digits?: number) => string;
  date: (isoDate: string) => string;
  dateTime: (instant: string | Date) => string;
}

/** Numbers in the language's format (vi: 1.234,5), dates dd/MM/yyyy in Asia/Ho_Chi_Minh. */
function makeFormatters(lang: Lang): Formatters {
  return {
    number: (n) => formatDecimal(n, lang),
    percent: (ratio, digits = 1) =>
      formatDecimal(ratio, lang, { percent: true, minFraction: digits, maxFraction: digits }),
    decimal: (n, digits = 1) =>
      formatDecimal(n, lang, { minFraction: digits, maxFraction: digits }),
    date: formatIsoDate,
    dateTime: formatInstant,
  };
}

const formatters = { vi: makeFormatters('vi'), en: makeFormatters('en') };

export function useFormat(): Formatters {
  return formatters[useI18n().lang];
}
