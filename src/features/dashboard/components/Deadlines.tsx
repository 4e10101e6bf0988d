import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { daysBetween } from '../../../lib/dates';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { StatsSummary } from '../api/get-summary';
import { StatusChip } from './StatusChip';

/** The two dates of the switch-over, how far away they are, and the pace against what is needed. */
export function Deadlines({ summary }: { summary: StatsSummary | undefined }) {
  const t = useT();
  const f = useFormat();
  if (!summary) return <Skeleton variant="rounded" height={188} />;
  const d = summary.deadlines;
  const sinceSwitch = daysBetween(d.switchDate, summary.asOf);
  const dayWord = (days: number) =>
    days > 0
      ? t('dashboard.deadlines.daysLeft', { count: days, n: days })
      : days === 0
        ? t('dashboard.deadlines.today')
        : t('dashboard.deadlines.daysPast', { n: -days });
  const remaining = summary.citizens.unconverted;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="deadlines-title" sx={{ p: 2 }}>
      <Stack
        direction="row"
        sx={{ justifyContent: 'space-between', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}
      >
        <Typography id="deadlines-title" variant="h6" component="h2">
          {t('dashboard.deadlines.title')}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="body2" color="text.secondary">
            {t('dashboard.status.label')}:
          </Typography>
          <StatusChip status={summary.status} size="medium" />
        </Stack>
      </Stack>
      <Stack
        component="dl"
        sx={{ m: 0, mt: 1, display: 'grid', gap: 1.5, gridTemplateColumns: { md: '1fr 1fr' } }}
      >
        <div>
          <Typography component="dt" sx={{ fontWeight: 600 }}>
            {f.date(d.switchDate)} · {t('dashboard.deadlines.switch')}
          </Typography>
          <Typography component="dd" sx={{ m: 0 }} color="text.secondary">
            {sinceSwitch >= 0
              ? t('dashboard.deadlines.inForce', { date: f.date(d.switchDate) })
              : dayWord(-sinceSwitch)}
          </Typography>
        </div>
        <div>
          <Typography component="dt" sx={{ fontWeight: 600 }}>
            {f.date(d.deadline)} · {t('dashboard.deadlines.deadline')}
          </Typography>
          <Typography component="dd" sx={{ m: 0 }} color="text.secondary">
            {dayWord(d.daysToDeadline)}
          </Typography>
        </div>
      </Stack>
      <Stack component="ul" sx={{ m: 0, mt: 1.5, pl: 2.5, display: 'grid', gap: 0.5 }}>
        {summary.status === 'done' ? (
          <li>{t('dashboard.deadlines.done')}</li>
        ) : d.daysToDeadline > 0 ? (
          <li>
            <strong>
              {t('dashboard.deadlines.required', { n: f.number(Math.ceil(d.requiredPerDay)) })}
            </strong>
          </li>
        ) : (
          <li>
            <strong>{t('dashboard.deadlines.afterDeadline', { n: f.number(remaining) })}</strong>
          </li>
        )}
        <li>{t('dashboard.deadlines.pace', { n: f.number(Math.round(d.pacePerDay)) })}</li>
        {summary.status !== 'done' ? (
          <li>
            {d.forecastDate
              ? t('dashboard.deadlines.forecast', { date: f.date(d.forecastDate) })
              : t('dashboard.deadlines.forecastNever')}
          </li>
        ) : null}
        {d.daysToDeadline > 0 && summary.status !== 'done' ? (
          <li>
            {t('dashboard.deadlines.shareAtDeadline', {
              date: f.date(d.deadline),
              share: f.percent(d.shareAtDeadline),
            })}
          </li>
        ) : null}
      </Stack>
    </Paper>
  );
}
