import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { visuallyHidden } from '../../../components/visuallyHidden';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { StatsSeries } from '../api/get-series';

/**
 * The progress chart's data as a table: always there for screen readers, shown on request
 * (`shown`) to everyone else.
 */
export function ProgressChartTable({
  id,
  shown,
  points,
  description,
}: {
  id: string;
  shown: boolean;
  points: StatsSeries['points'];
  description: string;
}) {
  const t = useT();
  const f = useFormat();
  return (
    <Box id={id} sx={shown ? { mt: 2 } : visuallyHidden}>
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
            {points.map((p) => (
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
  );
}
