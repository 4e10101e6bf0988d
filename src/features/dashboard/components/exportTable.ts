import { toCsv, type Cell } from '../../../lib/csv';
import { formatIsoDate } from '../../../lib/dates';
import type { I18nValue } from '../../../lib/i18n/I18nProvider';
import { downloadBlob } from '../../../lib/download';
import type { StatsByUnit } from '../api/get-by-unit';

/** Rows of the by-unit table for a spreadsheet: a heading naming the scope and the date, then data. */
export function exportRows(t: I18nValue['t'], data: StatsByUnit): Cell[][] {
  const heading = t('dashboard.export.heading', {
    scope: data.scope.name,
    date: formatIsoDate(data.asOf),
  });
  return [
    [heading],
    [],
    [
      t('dashboard.units.unit'),
      t('dashboard.units.total'),
      t('dashboard.units.converted'),
      t('dashboard.units.remaining'),
      t('dashboard.units.share'),
      t('dashboard.units.pace'),
      t('dashboard.units.forecast'),
      t('dashboard.units.status'),
    ],
    ...data.rows.map((r) => [
      r.name,
      r.total,
      r.converted,
      r.remaining,
      Math.round(r.share * 1000) / 10,
      Math.round(r.pacePerDay),
      r.forecastDate ? formatIsoDate(r.forecastDate) : '',
      t(`dashboard.status.${r.status}`),
    ]),
  ];
}

export function fileName(t: I18nValue['t'], data: StatsByUnit, ext: string): string {
  const slug = data.scope.code;
  return `${t('dashboard.export.file', { scope: slug, date: data.asOf })}.${ext}`;
}

export function downloadCsv(t: I18nValue['t'], data: StatsByUnit): void {
  downloadBlob(
    fileName(t, data, 'csv'),
    new Blob([toCsv(exportRows(t, data))], { type: 'text/csv;charset=utf-8' }),
  );
}

export async function downloadXlsx(t: I18nValue['t'], data: StatsByUnit): Promise<void> {
  // The XLSX writer (and its zip library) loads only when someone asks for it.
  const { toXlsx, XLSX_MIME } = await import('../../../lib/xlsx');
  const bytes = toXlsx(data.scope.name, exportRows(t, data));
  downloadBlob(fileName(t, data, 'xlsx'), new Blob([bytes as BlobPart], { type: XLSX_MIME }));
}
