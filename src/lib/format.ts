import { useMemo } from 'react';
import { formatInstant, formatIsoDate } from './dates';
import { numberLocale, useI18n } from './i18n';

export interface Formatters {
  number: (n: number) => string;
  percent: (ratio: number, digits?: number) => string;
  date: (isoDate: string) => string;
  dateTime: (instant: string | Date) => string;
}

/** Numbers in the language's format (vi-VN: 1.234,5), dates dd/MM/yyyy in Asia/Ho_Chi_Minh. */
export function makeFormatters(locale: string): Formatters {
  const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const pct = new Map<number, Intl.NumberFormat>();
  return {
    number: (n) => int.format(n),
    percent: (ratio, digits = 1) => {
      let f = pct.get(digits);
      if (!f) {
        f = new Intl.NumberFormat(locale, {
          style: 'percent',
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        });
        pct.set(digits, f);
      }
      return f.format(ratio);
    },
    date: formatIsoDate,
    dateTime: formatInstant,
  };
}

export function useFormat(): Formatters {
  const { lang } = useI18n();
  return useMemo(() => makeFormatters(numberLocale(lang)), [lang]);
}
