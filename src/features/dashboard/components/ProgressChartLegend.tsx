import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { useT } from '../../../lib/i18n';

/**
 * The progress chart's key, in the colours and strokes the chart draws: daily conversions, the
 * cumulative share, the target, and the projection when there is one. Hidden from screen readers,
 * which read the chart's description and table instead.
 */
export function ProgressChartLegend({ projection }: { projection: boolean }) {
  const t = useT();
  const theme = useTheme();
  return (
    <Stack
      direction="row"
      sx={{ my: 1, flexWrap: 'wrap', columnGap: 2, rowGap: 0.5 }}
      aria-hidden="true"
    >
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
        <Box sx={{ width: 12, height: 12, bgcolor: theme.palette.secondary.main }} />
        <Typography variant="caption">{t('dashboard.chart.daily')}</Typography>
      </Stack>
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
        <Box sx={{ width: 18, height: 3, bgcolor: theme.palette.primary.main }} />
        <Typography variant="caption">{t('dashboard.chart.cumulative')}</Typography>
      </Stack>
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
        <Box sx={{ width: 18, borderTop: 2, borderStyle: 'dashed', borderColor: 'success.dark' }} />
        <Typography variant="caption">{t('dashboard.chart.target')}</Typography>
      </Stack>
      {projection ? (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <Box sx={{ width: 18, borderTop: 3, borderStyle: 'dotted', borderColor: 'error.main' }} />
          <Typography variant="caption">{t('dashboard.chart.projection')}</Typography>
        </Stack>
      ) : null}
    </Stack>
  );
}
