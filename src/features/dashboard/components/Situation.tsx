import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { StatsUnitRow } from '../api/get-by-unit';
import type { StatsSummary } from '../api/get-summary';
import type { StatsQuery } from '../api/scope';
import { sortedByLag } from './lag';
import { accountsLink, progressLink } from './links';
import { StatusChip } from './StatusChip';

const frame = {
  p: { xs: 1.5, sm: 2 },
  display: 'grid',
  gap: { xs: 1, md: 3 },
  gridTemplateColumns: { xs: '1fr', md: '1.1fr 1fr 1.3fr' },
  alignItems: 'start',
} as const;

/**
 * What a head must see in five seconds, above the fold on a laptop and on a phone: the share
 * converted against the deadline (the largest figure), what remains, the pace needed against the
 * pace achieved, and the three units furthest behind.
 */
export function Situation({
  summary,
  rows,
  scope,
  districtCode,
}: {
  summary: StatsSummary | undefined;
  /** The units below the scope (none for a commune). */
  rows: StatsUnitRow[] | undefined;
  scope: StatsQuery;
  districtCode: string | undefined;
}) {
  const t = useT();
  const f = useFormat();
  if (!summary) {
    return (
      <Paper variant="outlined" sx={frame} aria-busy="true">
        <Skeleton variant="rounded" height={150} />
        <Skeleton variant="rounded" height={150} />
        <Skeleton variant="rounded" height={150} />
      </Paper>
    );
  }
  const c = summary.citizens;
  const d = summary.deadlines;
  const daysText =
    d.daysToDeadline > 0
      ? t('dashboard.deadlines.daysLeft', { count: d.daysToDeadline, n: d.daysToDeadline })
      : d.daysToDeadline === 0
        ? t('dashboard.deadlines.today')
        : t('dashboard.deadlines.daysPast', { n: -d.daysToDeadline });
  const before = d.daysToDeadline > 0 && summary.status !== 'done';
  const achieved =
    before && d.requiredPerDay > 0 ? Math.min(1, d.pacePerDay / d.requiredPerDay) : 1;
  const behind = rows ? sortedByLag(rows.filter((r) => r.status !== 'done')).slice(0, 3) : [];

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="situation-title"
      sx={{ ...frame, borderColor: 'primary.light', borderWidth: 2 }}
    >
      <div>
        <Typography
          id="situation-title"
          component="h2"
          variant="subtitle1"
          sx={{ fontWeight: 600 }}
        >
          {t('dashboard.situation.title', { date: f.date(d.deadline) })}
        </Typography>
        <Typography
          component="p"
          sx={{
            fontSize: { xs: '2.75rem', sm: '3.5rem' },
            lineHeight: 1.1,
            fontWeight: 700,
            color: 'primary.main',
            fontVariantNumeric: 'tabular-nums',
          }}
        >
          {f.percent(c.share)}
        </Typography>
        <Typography component="p" sx={{ fontWeight: 600 }}>
          {t('dashboard.situation.converted', {
            n: f.number(c.converted),
            total: f.number(c.total),
          })}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mt: 0.5 }}>
          <StatusChip status={summary.status} size="medium" />
          <Typography component="span" variant="body2">
            {t('dashboard.situation.deadline', { date: f.date(d.deadline), days: daysText })}
          </Typography>
        </Box>
      </div>

      <div>
        <Typography component="p" sx={{ mb: 0.5 }}>
          <Link
            component={RouterLink}
            to={accountsLink(scope, { kind: 'citizen', status: 'unconverted' })}
            sx={{ fontWeight: 700, fontSize: { xs: '1.0625rem', sm: '1.25rem' } }}
          >
            {t('dashboard.situation.remaining', { n: f.number(c.unconverted) })}
          </Link>
        </Typography>
        {before ? (
          <Box sx={{ display: 'grid', gap: 0.5 }}>
            <PaceBar
              label={t('dashboard.situation.needed')}
              value={t('dashboard.situation.perDay', { n: f.number(Math.ceil(d.requiredPerDay)) })}
              ratio={1}
              tone="text.primary"
            />
            <PaceBar
              label={t('dashboard.situation.achieved')}
              value={t('dashboard.situation.perDay', { n: f.number(Math.round(d.pacePerDay)) })}
              ratio={achieved}
              tone={
                achieved >= 1 ? 'success.main' : achieved >= 0.6 ? 'warning.dark' : 'error.main'
              }
            />
          </Box>
        ) : (
          <Typography variant="body2">
            {t('dashboard.deadlines.pace', { n: f.number(Math.round(d.pacePerDay)) })}
          </Typography>
        )}
        {summary.status !== 'done' ? (
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {d.forecastDate
              ? t('dashboard.deadlines.forecast', { date: f.date(d.forecastDate) })
              : t('dashboard.deadlines.forecastNever')}
          </Typography>
        ) : null}
      </div>

      {rows === undefined && !scope.commune ? (
        <Skeleton variant="rounded" height={150} />
      ) : behind.length ? (
        <div>
          <Typography component="h2" variant="subtitle1" sx={{ fontWeight: 600 }} id="behind-title">
            {t('dashboard.situation.behind')}
          </Typography>
          <Box
            component="ol"
            aria-labelledby="behind-title"
            sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 0.75 }}
          >
            {behind.map((r) => (
              <Box component="li" key={r.code} sx={{ lineHeight: 1.3 }}>
                <Link
                  component={RouterLink}
                  to={progressLink(
                    r.level === 'district'
                      ? { district: r.code }
                      : { district: districtCode, commune: r.code },
                  )}
                  sx={{ fontWeight: 600 }}
                >
                  {r.name}
                </Link>{' '}
                <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
                  {f.percent(r.share)} · {t(`dashboard.status.${r.status}`)}
                </Typography>
                <Typography
                  component="span"
                  variant="body2"
                  color="text.secondary"
                  sx={{ display: 'block' }}
                >
                  {before && r.requiredPerDay > r.pacePerDay
                    ? t('dashboard.situation.gapPace', {
                        n: f.number(Math.ceil(r.requiredPerDay - r.pacePerDay)),
                        remaining: f.number(r.remaining),
                      })
                    : t('dashboard.situation.gapRemaining', { remaining: f.number(r.remaining) })}
                </Typography>
              </Box>
            ))}
          </Box>
        </div>
      ) : null}
    </Paper>
  );
}

function PaceBar({
  label,
  value,
  ratio,
  tone,
}: {
  label: string;
  value: string;
  ratio: number;
  tone: string;
}) {
  return (
    <div>
      <Typography
        component="p"
        variant="body2"
        sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}
      >
        <span>{label}</span>
        <Box component="strong" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {value}
        </Box>
      </Typography>
      <Box aria-hidden="true" sx={{ height: 8, borderRadius: 1, bgcolor: 'action.hover' }}>
        <Box sx={{ height: 1, width: `${ratio * 100}%`, borderRadius: 1, bgcolor: tone }} />
      </Box>
    </div>
  );
}
