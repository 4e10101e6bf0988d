import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { useCallback, useId, useState } from 'react';
import { daysBetween } from '../../../lib/dates';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { StatsSeries } from '../api/get-series';
import type { StatsSummary } from '../api/get-summary';
import { ProgressChartLegend } from './ProgressChartLegend';
import { ProgressChartTable } from './ProgressChartTable';

const H = 280;
const M = { top: 30, right: 52, bottom: 30, left: 56 };
/** Below this width the chart's text would crowd: the marks keep their dates only. */
const NARROW = 520;

/** A round step (1, 2 or 5 × 10^k) for about four steps up to `max`. */
export function niceStep(max: number, steps = 4): number {
  const raw = Math.max(1, max) / steps;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = [1, 2, 2.5, 5, 10].find((u) => u * power >= raw)!;
  return Math.max(1, unit * power);
}

/** The width the chart is drawn at where the page has no layout (tests). */
const FALLBACK_WIDTH = 760;

/**
 * The chart's width in CSS pixels, so that its text is drawn at its real size on any screen: null
 * until its box is in the page, then measured there before the first paint (a ref callback runs as
 * the page is committed, and its update renders at once), so that the chart is drawn once, at its
 * real width, rather than at a guess and then again.
 */
function useWidth() {
  const [width, setWidth] = useState<number | null>(null);
  const measure = useCallback((node: HTMLDivElement | null) => {
    if (!node) return;
    setWidth(Math.round(node.getBoundingClientRect().width) || FALLBACK_WIDTH);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.round(entry?.contentRect.width ?? 0);
      if (w > 0) setWidth(w);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return [measure, width] as const;
}

/**
 * Daily conversions (bars, left axis) and the cumulative share (line, right axis) in plain SVG
 * drawn at the width it is shown at (labels stay 12 px on a phone): the target (100% on the
 * deadline, and the path to it from today), the projection at the 7-day pace, and the two dates
 * marked. The same data stands in a table for screen readers (and on request).
 */
export function ProgressChart({
  series,
  summary,
}: {
  series: StatsSeries | undefined;
  summary: StatsSummary | undefined;
}) {
  const t = useT();
  const f = useFormat();
  const theme = useTheme();
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  const [measure, measured] = useWidth();
  if (!series) return <Skeleton variant="rounded" height={380} />;
  const W = measured ?? FALLBACK_WIDTH;

  const narrow = W < NARROW;
  const m = narrow ? { ...M, left: 44, right: 40 } : M;
  const end = series.to > series.deadline ? series.to : series.deadline;
  const days = daysBetween(series.from, end) + 1;
  const plotW = W - m.left - m.right;
  const plotH = H - m.top - m.bottom;
  const maxDaily = Math.max(1, ...series.points.map((p) => p.converted));
  const step = niceStep(maxDaily);
  const top = step * 4;
  const x = (date: string) => m.left + (daysBetween(series.from, date) / days) * plotW;
  const barW = Math.max(1, plotW / days - 1);
  const yDaily = (n: number) => m.top + plotH - (n / top) * plotH;
  const yShare = (s: number) => m.top + plotH - Math.min(1, s) * plotH;
  const mid = barW / 2;
  const line = series.points
    .map((p, i) => `${i ? 'L' : 'M'}${(x(p.date) + mid).toFixed(1)},${yShare(p.share).toFixed(1)}`)
    .join(' ');
  const ticks = [0, 1, 2, 3, 4];
  const monthStarts = ['2024-05-01', '2024-06-01', '2024-07-01'].filter((d) => d <= end);
  const marks = [
    {
      date: series.switchDate,
      label: narrow ? f.date(series.switchDate).slice(0, 5) : t('dashboard.chart.switchMark'),
    },
    {
      date: series.deadline,
      label: narrow ? f.date(series.deadline).slice(0, 5) : t('dashboard.chart.deadlineMark'),
    },
  ];
  // From today: the path to 100% on the deadline, and where the 7-day pace leads by then.
  const last = series.points.at(-1);
  const ahead = last && summary && summary.deadlines.daysToDeadline > 0 ? last : null;
  const projected = ahead && summary ? Math.min(1, summary.deadlines.shareAtDeadline) : 0;
  const description = t('dashboard.chart.description', {
    from: f.date(series.from),
    to: f.date(series.to),
  });
  const projection = ahead
    ? t('dashboard.chart.projectionText', {
        date: f.date(series.deadline),
        share: f.percent(projected),
      })
    : '';
  const label = { fontSize: 12, fill: '#444' } as const;

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
        {description} {projection}
      </Typography>
      <ProgressChartLegend projection={!!ahead} />
      <Box ref={measure} sx={{ width: '100%', minHeight: H }}>
        {measured !== null && (
          <svg
            width={W}
            height={H}
            viewBox={`0 0 ${W} ${H}`}
            role="img"
            aria-labelledby={`${id}-title ${id}-desc`}
            style={{ display: 'block', fontFamily: 'inherit', maxWidth: '100%' }}
          >
            {ticks.map((k) => (
              <g key={k}>
                <line
                  x1={m.left}
                  x2={W - m.right}
                  y1={yShare(k / 4)}
                  y2={yShare(k / 4)}
                  stroke="#e0e0e0"
                />
                <text x={W - m.right + 6} y={yShare(k / 4) + 4} {...label}>
                  {f.percent(k / 4, 0)}
                </text>
                <text x={m.left - 6} y={yShare(k / 4) + 4} {...label} textAnchor="end">
                  {f.number(step * k)}
                </text>
              </g>
            ))}
            {series.points.map((p) => (
              <rect
                key={p.date}
                x={x(p.date)}
                y={yDaily(p.converted)}
                width={barW}
                height={Math.max(0, m.top + plotH - yDaily(p.converted))}
                fill={theme.palette.secondary.main}
                opacity={0.75}
              />
            ))}
            {/* The target: every account converted by the deadline. */}
            <line
              x1={m.left}
              x2={x(series.deadline) + mid}
              y1={yShare(1)}
              y2={yShare(1)}
              stroke={theme.palette.success.dark}
              strokeWidth={2}
            />
            {ahead ? (
              <>
                <line
                  x1={x(ahead.date) + mid}
                  y1={yShare(ahead.share)}
                  x2={x(series.deadline) + mid}
                  y2={yShare(1)}
                  stroke={theme.palette.success.dark}
                  strokeWidth={2}
                  strokeDasharray="6 4"
                />
                <line
                  x1={x(ahead.date) + mid}
                  y1={yShare(ahead.share)}
                  x2={x(series.deadline) + mid}
                  y2={yShare(projected)}
                  stroke={theme.palette.error.main}
                  strokeWidth={2.5}
                  strokeDasharray="2 4"
                  strokeLinecap="round"
                />
                <text
                  x={x(series.deadline) + mid - 4}
                  y={yShare(projected) + (projected > 0.9 ? 16 : -6)}
                  {...label}
                  fill={theme.palette.error.dark}
                  textAnchor="end"
                  fontWeight={700}
                >
                  {f.percent(projected, 0)}
                </text>
              </>
            ) : null}
            <path d={line} fill="none" stroke={theme.palette.primary.main} strokeWidth={2.5} />
            {marks.map((mk) => (
              <g key={mk.date}>
                <line
                  x1={x(mk.date)}
                  x2={x(mk.date)}
                  y1={m.top - 6}
                  y2={m.top + plotH}
                  stroke="#222"
                  strokeDasharray="5 4"
                />
                <text x={x(mk.date) - 4} y={m.top - 12} {...label} fill="#222" textAnchor="end">
                  {mk.label}
                </text>
              </g>
            ))}
            {monthStarts.map((d) => (
              <text key={d} x={x(d)} y={H - 8} {...label}>
                {f.date(d).slice(0, 5)}
              </text>
            ))}
          </svg>
        )}
      </Box>
      <ProgressChartTable
        id={`${id}-table`}
        shown={showTable}
        points={series.points}
        description={description}
      />
    </Paper>
  );
}
