import Box from '@mui/material/Box';
import { formatIsoDate, vietnameseLongDate } from '../../../lib/dates';
import { useFormat } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { useSession } from '../../../lib/session';
import type { StatsUnitRow } from '../api/get-by-unit';
import type { StatsSummary } from '../api/get-summary';
import { signed, sortedByLag, weekChange } from './lag';

/** A CSS string literal (for `content:` in the page's margin boxes). */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, ' ')}"`;

/**
 * The report "In báo cáo" prints, in place of the screen: A4 portrait for the heading, the figures
 * and the deadline position; the unit table, whole and sorted by lag, on landscape pages of its
 * own (a named page) with the signature block under it. The issuing unit, the date of the figures
 * and the page numbers stand in the page margins. No links, no app shell. Hidden on screen.
 */
export default function ProgressReport({
  summary,
  rows,
}: {
  summary: StatsSummary;
  rows: StatsUnitRow[] | null;
}) {
  const t = useT();
  const { lang } = useI18n();
  const f = useFormat();
  const { user } = useSession();
  const c = summary.citizens;
  const d = summary.deadlines;
  const asOf = formatIsoDate(summary.asOf);
  // A district's own staff report for its People's Committee; departments under their own name.
  const issuer = /^\d{3}$/.test(user.unit.code)
    ? t('dashboard.report.districtIssuer', { name: user.unit.name })
    : user.unit.name;
  const marginNote = t('dashboard.report.margin', {
    unit: issuer,
    scope: summary.scope.name,
    date: asOf,
  });
  const pageRules = `
@page { size: A4 portrait; margin: 16mm 15mm 16mm 22mm;
  @top-left { content: ${cssString(marginNote)}; font: 9pt 'Times New Roman', serif; color: #444; }
  @bottom-right { content: ${cssString(t('dashboard.report.page'))} " " counter(page) "/" counter(pages); font: 10pt 'Times New Roman', serif; }
}
@page units { size: A4 landscape; margin: 14mm 14mm 14mm 16mm; }
`;
  const days =
    d.daysToDeadline > 0
      ? t('dashboard.deadlines.daysLeft', { count: d.daysToDeadline, n: d.daysToDeadline })
      : d.daysToDeadline === 0
        ? t('dashboard.deadlines.today')
        : t('dashboard.deadlines.daysPast', { n: -d.daysToDeadline });
  const figures: [string, string][] = [
    [t('dashboard.headline.total'), f.number(c.total)],
    [t('dashboard.headline.converted'), `${f.number(c.converted)} (${f.percent(c.share)})`],
    [t('dashboard.headline.unconverted'), f.number(c.unconverted)],
    [t('dashboard.headline.week'), f.number(c.convertedLast7Days)],
    [
      t('dashboard.situation.achieved'),
      t('dashboard.situation.perDay', { n: f.number(Math.round(d.pacePerDay)) }),
    ],
    ...(d.daysToDeadline > 0 && summary.status !== 'done'
      ? ([
          [
            t('dashboard.situation.needed'),
            t('dashboard.situation.perDay', { n: f.number(Math.ceil(d.requiredPerDay)) }),
          ],
        ] as [string, string][])
      : []),
    [
      t('dashboard.headline.awaiting'),
      `${f.number(summary.awaiting.organisation + summary.awaiting.foreigner)}`,
    ],
    [t('dashboard.status.label'), t(`dashboard.status.${summary.status}`)],
  ];
  const sorted = rows ? sortedByLag(rows) : null;
  const cell = { border: '1px solid #000', padding: '1.2mm 1.6mm', verticalAlign: 'top' } as const;
  const num = { ...cell, textAlign: 'right', whiteSpace: 'nowrap' } as const;

  const signature = (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: '1fr 1fr',
        textAlign: 'center',
        mt: '8mm',
        breakInside: 'avoid',
      }}
    >
      <div>
        <strong>{t('dashboard.report.preparer')}</strong>
        <div style={{ fontStyle: 'italic' }}>{t('dashboard.report.signHint')}</div>
      </div>
      <div>
        <strong>{t('dashboard.report.signer')}</strong>
        <div style={{ fontStyle: 'italic' }}>{t('dashboard.report.sealHint')}</div>
        <div style={{ height: '20mm' }} />
      </div>
    </Box>
  );

  return (
    <Box
      lang={lang}
      data-testid="progress-report"
      sx={{
        display: 'none',
        '@media print': { display: 'block' },
        fontFamily: "'Times New Roman', Times, serif",
        fontSize: '13pt',
        lineHeight: 1.35,
        color: '#000',
        '& h2': { fontSize: '13pt', fontWeight: 700, m: '5mm 0 2mm' },
        '& table': { borderCollapse: 'collapse', width: '100%' },
        '& thead': { display: 'table-header-group' },
        '& tr': { breakInside: 'avoid' },
      }}
    >
      <style>{pageRules}</style>
      <Box
        sx={{ display: 'grid', gridTemplateColumns: '2fr 3fr', textAlign: 'center', gap: '4mm' }}
      >
        <div>
          <div style={{ fontWeight: 700, textTransform: 'uppercase' }}>{issuer}</div>
          <div style={{ width: '30%', margin: '1mm auto', borderTop: '1px solid #000' }} />
        </div>
        <div>
          <div style={{ fontWeight: 700 }}>{t('dashboard.report.nation')}</div>
          <div style={{ fontWeight: 700 }}>{t('dashboard.report.motto')}</div>
          <div style={{ width: '45%', margin: '1mm auto', borderTop: '1px solid #000' }} />
          <div style={{ fontStyle: 'italic', marginTop: '2mm' }}>
            {lang === 'vi'
              ? `Bắc Giang, ${vietnameseLongDate(summary.asOf)}`
              : t('dashboard.report.placeDate', { date: asOf })}
          </div>
        </div>
      </Box>
      <Box sx={{ textAlign: 'center', my: '6mm' }}>
        <div style={{ fontWeight: 700, fontSize: '14pt' }}>{t('dashboard.report.title')}</div>
        <div style={{ fontWeight: 700 }}>{t('dashboard.report.subject')}</div>
        <div>{t('dashboard.report.scope', { scope: summary.scope.name })}</div>
        <div>{t('dashboard.asOf', { date: asOf })}</div>
      </Box>

      <h2>{t('dashboard.report.figures')}</h2>
      <table>
        <tbody>
          {figures.map(([label, value]) => (
            <tr key={label}>
              <th scope="row" style={{ ...cell, textAlign: 'left', fontWeight: 400, width: '60%' }}>
                {label}
              </th>
              <td style={num}>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('dashboard.report.position')}</h2>
      <p style={{ margin: 0, textAlign: 'justify' }}>
        {t('dashboard.report.positionText', {
          deadline: formatIsoDate(d.deadline),
          days,
          share: f.percent(c.share),
        })}{' '}
        {d.daysToDeadline > 0 && summary.status !== 'done'
          ? t('dashboard.deadlines.shareAtDeadline', {
              date: formatIsoDate(d.deadline),
              share: f.percent(d.shareAtDeadline),
            }) + '. '
          : ''}
        {summary.status === 'done'
          ? t('dashboard.deadlines.done')
          : d.forecastDate
            ? t('dashboard.deadlines.forecast', { date: formatIsoDate(d.forecastDate) }) + '.'
            : t('dashboard.deadlines.forecastNever') + '.'}
      </p>

      <h2>{t('dashboard.report.reasons')}</h2>
      <table>
        <thead>
          <tr>
            <th style={{ ...cell, textAlign: 'left' }}>{t('dashboard.reasons.reason')}</th>
            <th style={{ ...num }}>{t('dashboard.reasons.count')}</th>
          </tr>
        </thead>
        <tbody>
          {[...summary.reasons]
            .sort((a, b) => b.count - a.count)
            .map((r) => (
              <tr key={r.reason}>
                <td style={cell}>{t(`common.reasons.${r.reason}`)}</td>
                <td style={num}>{f.number(r.count)}</td>
              </tr>
            ))}
        </tbody>
      </table>

      {sorted ? (
        <Box
          component="section"
          // Chromium lays every page out at the first page's width: the landscape pages' content
          // is given their own (297 mm less the margins).
          sx={{ page: 'units', fontSize: '11pt', width: '267mm' }}
        >
          <h2>{t('dashboard.report.unitsTitle', { scope: summary.scope.name })}</h2>
          <table>
            <thead>
              <tr>
                <th style={cell}>{t('dashboard.report.rank')}</th>
                <th style={{ ...cell, textAlign: 'left' }}>{t('dashboard.units.unit')}</th>
                <th style={num}>{t('dashboard.units.total')}</th>
                <th style={num}>{t('dashboard.units.converted')}</th>
                <th style={num}>{t('dashboard.units.remaining')}</th>
                <th style={num}>{t('dashboard.units.share')}</th>
                <th style={{ ...cell, textAlign: 'right' }}>{t('dashboard.units.week')}</th>
                <th style={{ ...cell, textAlign: 'right' }}>{t('dashboard.units.pace')}</th>
                <th style={{ ...cell, textAlign: 'right' }}>{t('dashboard.report.needed')}</th>
                <th style={cell}>{t('dashboard.units.forecast')}</th>
                <th style={cell}>{t('dashboard.units.status')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((r, i) => (
                <tr key={r.code}>
                  <td style={{ ...cell, textAlign: 'center' }}>{i + 1}</td>
                  <td style={{ ...cell, whiteSpace: 'nowrap' }}>{r.name}</td>
                  <td style={num}>{f.number(r.total)}</td>
                  <td style={num}>{f.number(r.converted)}</td>
                  <td style={num}>{f.number(r.remaining)}</td>
                  <td style={num}>{f.percent(r.share)}</td>
                  <td style={num}>{signed(f.decimal(weekChange(r)), weekChange(r))}</td>
                  <td style={num}>{f.number(Math.round(r.pacePerDay))}</td>
                  <td style={num}>{f.number(Math.ceil(r.requiredPerDay))}</td>
                  <td style={{ ...cell, whiteSpace: 'nowrap' }}>
                    {r.forecastDate ? formatIsoDate(r.forecastDate) : t('dashboard.units.none')}
                  </td>
                  <td style={{ ...cell, whiteSpace: 'nowrap' }}>
                    {t(`dashboard.status.${r.status}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p style={{ margin: '2mm 0 0', fontSize: '10pt', fontStyle: 'italic' }}>
            {t('dashboard.report.unitsNote')}
          </p>
          {signature}
        </Box>
      ) : (
        signature
      )}
    </Box>
  );
}
