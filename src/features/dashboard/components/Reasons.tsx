import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { StatsSummary } from '../api/get-summary';
import type { StatsQuery } from '../api/scope';
import { accountsLink } from './links';

/** Why the scope's accounts are stuck, each reason a way into the accounts behind it. */
export function Reasons({
  summary,
  scope,
}: {
  summary: StatsSummary | undefined;
  scope: StatsQuery;
}) {
  const t = useT();
  const f = useFormat();
  if (!summary) return <Skeleton variant="rounded" height={300} />;
  const max = Math.max(1, ...summary.reasons.map((r) => r.count));
  const sorted = [...summary.reasons].sort((a, b) => b.count - a.count);
  return (
    <Paper variant="outlined" component="section" aria-labelledby="reasons-title" sx={{ p: 2 }}>
      <Typography id="reasons-title" variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('dashboard.reasons.title')}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.25 }}>
        {sorted.map((r) => {
          const label = t(`common.reasons.${r.reason}`);
          return (
            <li key={r.reason}>
              <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
                <Link
                  component={RouterLink}
                  to={accountsLink(scope, {
                    kind: 'citizen',
                    status: 'unconverted',
                    reason: r.reason,
                  })}
                  aria-label={t('dashboard.reasons.link', { n: f.number(r.count), reason: label })}
                >
                  {label}
                </Link>
                <Typography
                  component="span"
                  sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}
                >
                  {f.number(r.count)}
                </Typography>
              </Box>
              <Box
                aria-hidden="true"
                sx={{
                  height: 6,
                  mt: 0.5,
                  borderRadius: 3,
                  bgcolor: 'action.hover',
                  overflow: 'hidden',
                }}
              >
                <Box
                  sx={{ height: 1, width: `${(r.count / max) * 100}%`, bgcolor: 'secondary.main' }}
                />
              </Box>
            </li>
          );
        })}
      </Box>
    </Paper>
  );
}
