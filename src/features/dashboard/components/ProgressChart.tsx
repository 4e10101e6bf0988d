import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { useId, useState } from 'react';
import { visuallyHidden } from '../../../components/visuallyHidden';
import { daysBetween } from '../../../lib/dates';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { StatsSeries } from '../api/get-series';

const W = 760;
const H = 260;
const M = { top: 28, right: 48, bottom: 28, left: 56 };

/**
 * Daily conversions (bars) and the cumulative share (line) in plain SVG, the two dates marked
 * with labelled dashed lines. The same data stands in a table for screen readers (and on request).
 */
export function ProgressChart({ series }: { series: StatsSeries | undefined }) {
  const t = useT();
  const f = useFormat();
  const theme = useTheme();
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  if (!series) return <Skeleton variant="rounded" height={340} />;

  const end = series.to > series.deadline ? series.to : series.deadline;
  const days = daysBetween(series.from, end) + 1;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const maxDaily = Math.max(1, ...series.points.map((p) => p.converted));
  const x = (date: string) => M.left + (daysBetween(series.from, date) / days) * plotW;
  const barW = Math.max(1, plotW / days - 1);
  const yDaily = (n: number) => M.top + plotH - (n / maxDaily) * plotH;
  const yShare = (s: number) => M.top + plotH - s * plotH;
  const line = series.points
    .map(
      (p, i) =>
        `${i ? 'L' : 'M'}${(x(p.date) + barW / 2).toFixed(1)},${yShare(p.share).toFixed(1)}`,
    )
    .join(' ');
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const monthStarts = ['2024-05-01', '2024-06-01', '2024-07-01'].filter((d) => d <= end);
  const marks = [
    { date: series.switchDate, label: t('dashboard.chart.switchMark') },
    { date: series.deadline, label: t('dashboard.chart.deadlineMark') },
  ];
  const description = t('dashboard.chart.description', {
    from: f.date(series.from),
    to: f.date(series.to),
  });

  return (
    <Paper variant="outlined" component="section" aria-labelledby={`${id}-title`} sx={{ p: 2 }}>
      <Stack
        direction="row"
        sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}
      >
        <Typography id={`${id}-title`} variant="h6" component="h2">
          {t('dashboard.chart.title')}
        </Typography>
        <Button
          size="small"
          onClick={() => setShowTable((s) => !s)}
          aria-expanded={showTable}
          aria-controls={`${id}-table`}
          sx={{ displayPrint: 'none' }}
        >
          {showTable ? t('dashboard.chart.hideTable') : t('dashboard.chart.showTable')}
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary" id={`${id}-desc`}>
        {description}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ my: 1 }} aria-hidden="true">
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <Box sx={{ width: 12, height: 12, bgcolor: theme.palette.secondary.main }} />
          <Typography variant="caption">{t('dashboard.chart.daily')}</Typography>
        </Stack>
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <Box sx={{ width: 18, height: 3, bgcolor: theme.palette.primary.main }} />
          <Typography variant="caption">{t('dashboard.chart.cumulative')}</Typography>
        </Stack>
      </Stack>
      <Box
        component="svg"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        sx={{ width: '100%', height: 'auto', display: 'block', fontFamily: 'inherit' }}
      >
        {ticks.map((s) => (
          <g key={s}>
            <line x1={M.left} x2={W - M.right} y1={yShare(s)} y2={yShare(s)} stroke="#e0e0e0" />
            <text x={W - M.right + 6} y={yShare(s) + 4} fontSize="11" fill="#555">
              {f.percent(s, 0)}
            </text>
            <text x={M.left - 6} y={yShare(s) + 4} fontSize="11" fill="#555" textAnchor="end">
              {f.number(Math.round(maxDaily * s))}
            </text>
          </g>
        ))}
        {series.points.map((p) => (
          <rect
            key={p.date}
            x={x(p.date)}
            y={yDaily(p.converted)}
            width={barW}
            height={Math.max(0, M.top + plotH - yDaily(p.converted))}
            fill={theme.palette.secondary.main}
            opacity={0.75}
          />
        ))}
        <path d={line} fill="none" stroke={theme.palette.primary.main} strokeWidth={2.5} />
        {marks.map((m) => (
          <g key={m.date}>
            <line
              x1={x(m.date)}
              x2={x(m.date)}
              y1={M.top - 6}
              y2={M.top + plotH}
              stroke="#222"
              strokeDasharray="5 4"
            />
            <text x={x(m.date) - 4} y={M.top - 10} fontSize="11" fill="#222" textAnchor="end">
              {m.label}
            </text>
          </g>
        ))}
        {monthStarts.map((d) => (
          <text key={d} x={x(d)} y={H - 8} fontSize="11" fill="#555">
            {f.date(d).slice(0, 5)}
          </text>
        ))}
      </Box>
      <Box id={`${id}-table`} sx={showTable ? { mt: 2 } : visuallyHidden}>
        {/* Scrollable, so it takes keyboard focus (and names itself) for keyboard users. */}
        <TableContainer
          sx={{ maxHeight: 360 }}
          tabIndex={0}
          role="region"
          aria-label={t('dashboard.chart.title')}
        >
          <Table size="small" stickyHeader>
            <caption style={visuallyHidden}>{description}</caption>
            <TableHead>
              <TableRow>
                <TableCell>{t('dashboard.chart.date')}</TableCell>
                <TableCell align="right">{t('dashboard.chart.daily')}</TableCell>
                <TableCell align="right">{t('dashboard.chart.cumulative')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {series.points.map((p) => (
                <TableRow key={p.date}>
                  <TableCell>{f.date(p.date)}</TableCell>
                  <TableCell align="right">{f.number(p.converted)}</TableCell>
                  <TableCell align="right">{f.percent(p.share)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      </Box>
    </Paper>
  );
}
