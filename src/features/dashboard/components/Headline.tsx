import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { StatsSummary } from '../api/get-summary';
import type { StatsQuery } from '../api/scope';
import { accountsLink } from './links';

function Figure({
  label,
  value,
  note,
  to,
  linkLabel,
}: {
  label: string;
  value: ReactNode;
  note?: ReactNode;
  to?: string;
  linkLabel?: string;
}) {
  const labelId = useId();
  return (
    <Paper
      variant="outlined"
      role="group"
      aria-labelledby={labelId}
      sx={{ p: 2, minHeight: 124, display: 'grid', alignContent: 'start', gap: 0.5 }}
    >
      <Typography id={labelId} component="h3" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography
        component="p"
        variant="h4"
        sx={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}
      >
        {value}
      </Typography>
      {note ? (
        <Typography component="p" variant="body2" color="text.secondary">
          {note}
        </Typography>
      ) : null}
      {to ? (
        <Link
          component={RouterLink}
          to={to}
          variant="body2"
          aria-label={linkLabel ? `${linkLabel}: ${label}` : undefined}
        >
          {linkLabel}
        </Link>
      ) : null}
    </Paper>
  );
}

const grid = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(3, 1fr)', lg: 'repeat(6, 1fr)' },
} as const;

/** The headline figures of the scope, each linked to the accounts behind it. */
export function Headline({
  summary,
  scope,
}: {
  summary: StatsSummary | undefined;
  scope: StatsQuery;
}) {
  const t = useT();
  const f = useFormat();
  if (!summary) {
    return (
      <Box sx={grid} aria-busy="true">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} variant="rounded" height={124} />
        ))}
      </Box>
    );
  }
  const c = summary.citizens;
  const see = t('dashboard.headline.seeAccounts');
  return (
    <Box sx={grid} component="section" aria-label={t('dashboard.headline.label')}>
      <Figure
        label={t('dashboard.headline.total')}
        value={f.number(c.total)}
        to={accountsLink(scope, { kind: 'citizen' })}
        linkLabel={see}
      />
      <Figure
        label={t('dashboard.headline.converted')}
        value={f.number(c.converted)}
        note={t('dashboard.headline.share', { share: f.percent(c.share) })}
        to={accountsLink(scope, { kind: 'citizen', status: 'converted' })}
        linkLabel={see}
      />
      <Figure
        label={t('dashboard.headline.unconverted')}
        value={f.number(c.unconverted)}
        note={
          <Link
            component={RouterLink}
            to={accountsLink(scope, { kind: 'citizen', status: 'reported_at_desk' })}
          >
            {t('dashboard.headline.reported', { n: f.number(c.reported) })}
          </Link>
        }
        to={accountsLink(scope, { kind: 'citizen', status: 'unconverted' })}
        linkLabel={see}
      />
      <Figure label={t('dashboard.headline.today')} value={f.number(c.convertedToday)} />
      <Figure
        label={t('dashboard.headline.week')}
        value={f.number(c.convertedLast7Days)}
        note={t('dashboard.headline.perDay', { n: f.number(Math.round(c.convertedLast7Days / 7)) })}
      />
      <Figure
        label={t('dashboard.headline.awaiting')}
        value={f.number(summary.awaiting.organisation + summary.awaiting.foreigner)}
        note={
          <>
            {t('dashboard.headline.organisations', { n: f.number(summary.awaiting.organisation) })}
            <br />
            {t('dashboard.headline.foreigners', { n: f.number(summary.awaiting.foreigner) })}
          </>
        }
        to={accountsLink(scope, { status: 'awaiting_guidance' })}
        linkLabel={see}
      />
    </Box>
  );
}
