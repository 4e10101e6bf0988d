/**
 * The file of rejected rows (`GET /imports/{id}/rejected`): one line per rejected row with every
 * reason, in Vietnamese or English, then the row's cells as read. Shared by both backends.
 */
import enImports from '../../locales/en/imports';
import viImports from '../../locales/vi/imports';
import { toCsv, type Cell } from '../csv';
import type { RejectedRow } from './pipeline';

const labels = { vi: viImports, en: enImports };

export function rejectedRowsCsv(
  headings: readonly string[],
  rows: readonly RejectedRow[],
  lang: 'vi' | 'en' = 'vi',
): string {
  const m = labels[lang];
  const head: Cell[] = [m.rejected.row, m.rejected.column, m.rejected.reason, 'code', ...headings];
  const lines: Cell[][] = [head];
  for (const r of rows) {
    const reasons = r.reasons.map((x) => {
      const field = x.field ? `${m.fields[x.field]}: ` : '';
      return field + m.reasons[x.code].replace('{value}', x.value);
    });
    lines.push([
      r.line,
      [...new Set(r.reasons.map((x) => x.column).filter(Boolean))].join(', '),
      reasons.join('; '),
      r.reasons.map((x) => x.code).join(' '),
      ...r.cells,
    ]);
  }
  return toCsv(lines);
}
