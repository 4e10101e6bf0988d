import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { TKey } from '../../../locales/vi';
import type { StatsUnitRow } from '../api/get-by-unit';
import { signed, weekChange } from './lag';
import { accountsLink, progressLink } from './links';
import { StatusChip } from './StatusChip';

type SortKey =
  | 'name'
  | 'total'
  | 'converted'
  | 'remaining'
  | 'share'
  | 'week'
  | 'pacePerDay'
  | 'forecastDate'
  | 'status';

/** `phone`: kept on a phone's card (the others fold away below 600 px). */
const columns: { key: SortKey; label: TKey; numeric?: boolean; phone?: boolean }[] = [
  { key: 'name', label: 'dashboard.units.unit', phone: true },
  { key: 'total', label: 'dashboard.units.total', numeric: true },
  { key: 'converted', label: 'dashboard.units.converted', numeric: true },
  { key: 'remaining', label: 'dashboard.units.remaining', numeric: true, phone: true },
  { key: 'share', label: 'dashboard.units.share', numeric: true, phone: true },
  { key: 'week', label: 'dashboard.units.week', numeric: true, phone: true },
  { key: 'pacePerDay', label: 'dashboard.units.pace', numeric: true },
  { key: 'forecastDate', label: 'dashboard.units.forecast' },
  { key: 'status', label: 'dashboard.units.status', phone: true },
];

/**
 * Below 600 px each row becomes a card: the name across, then the rate, the change in the week
 * and what remains, each labelled, and the status; the other columns fold away, nothing scrolls
 * sideways.
 */
const phoneCards = {
  // A unit's name on one or two lines, not one word per line beside the long headings.
  '@media (min-width: 600px)': { '& tbody th': { minWidth: 150 } },
  '@media (max-width: 599.95px)': {
    // The headings stay for screen readers; each card labels its figures itself.
    '& thead': {
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clip: 'rect(0 0 0 0)',
      whiteSpace: 'nowrap',
    },
    '& tbody tr': {
      display: 'grid',
      gridTemplateColumns: '1fr 1fr',
      alignItems: 'center',
      padding: '8px 4px',
      borderBottom: 1,
      borderColor: 'divider',
    },
    '& tbody th, & tbody td': { border: 0, padding: '2px 8px', textAlign: 'left' },
    '& tbody th': { gridColumn: '1 / -1', fontWeight: 600 },
    '& tbody td[data-label]::before': {
      content: 'attr(data-label) ": "',
      color: 'text.secondary',
    },
    '& .fold': { display: 'none' },
  },
} as const;

const statusRank = { late: 0, at_risk: 1, on_track: 2, done: 3 } as const;

function compare(a: StatsUnitRow, b: StatsUnitRow, key: SortKey): number {
  if (key === 'name') return a.name.localeCompare(b.name, 'vi');
  if (key === 'status') return statusRank[a.status] - statusRank[b.status];
  if (key === 'week') return weekChange(a) - weekChange(b);
  if (key === 'forecastDate')
    return (a.forecastDate ?? '9999').localeCompare(b.forecastDate ?? '9999');
  return a[key] - b[key];
}

/** Districts of the province or communes of a district: sortable, each row drilling down. */
export function UnitTable({
  rows,
  districtCode,
  title,
}: {
  rows: StatsUnitRow[] | undefined;
  districtCode: string | undefined;
  title: string;
}) {
  const t = useT();
  const f = useFormat();
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>({
    key: 'share',
    dir: 'asc',
  });
  const sorted = useMemo(() => {
    if (!rows) return [];
    const out = [...rows].sort((a, b) => compare(a, b, sort.key));
    return sort.dir === 'asc' ? out : out.reverse();
  }, [rows, sort]);

  return (
    <Paper variant="outlined" component="section" aria-labelledby="units-title">
      <Typography id="units-title" variant="h6" component="h2" sx={{ p: 2, pb: 1 }}>
        {title}
      </Typography>
      {!rows ? (
        <Skeleton variant="rectangular" height={420} />
      ) : (
        <TableContainer tabIndex={0} role="region" aria-labelledby="units-title">
          <Table size="small" aria-labelledby="units-title" sx={phoneCards}>
            <TableHead>
              <TableRow>
                {columns.map((c) => (
                  <TableCell
                    key={c.key}
                    className={c.phone ? undefined : 'fold'}
                    align={c.numeric ? 'right' : 'left'}
                    sortDirection={sort.key === c.key ? sort.dir : false}
                  >
                    <TableSortLabel
                      active={sort.key === c.key}
                      direction={sort.key === c.key ? sort.dir : 'asc'}
                      onClick={() =>
                        setSort((s) => ({
                          key: c.key,
                          dir: s.key === c.key && s.dir === 'asc' ? 'desc' : 'asc',
                        }))
                      }
                    >
                      {t(c.label)}
                    </TableSortLabel>
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {sorted.map((r) => (
                <TableRow key={r.code} hover>
                  <TableCell component="th" scope="row">
                    <Link
                      component={RouterLink}
                      to={progressLink(
                        r.level === 'district'
                          ? { district: r.code }
                          : { district: districtCode, commune: r.code },
                      )}
                      aria-label={t('dashboard.units.drill', { name: r.name })}
                    >
                      {r.name}
                    </Link>
                  </TableCell>
                  <TableCell align="right" className="fold">
                    {f.number(r.total)}
                  </TableCell>
                  <TableCell align="right" className="fold">
                    {f.number(r.converted)}
                  </TableCell>
                  <TableCell align="right" data-label={t('dashboard.units.remaining')}>
                    <Link
                      component={RouterLink}
                      to={accountsLink(
                        r.level === 'district'
                          ? { district: r.code }
                          : { district: districtCode, commune: r.code },
                        { kind: 'citizen', status: 'unconverted' },
                      )}
                      aria-label={t('dashboard.units.remainingLink', {
                        n: f.number(r.remaining),
                        name: r.name,
                      })}
                    >
                      {f.number(r.remaining)}
                    </Link>
                  </TableCell>
                  <TableCell align="right" data-label={t('dashboard.units.share')}>
                    {f.percent(r.share)}
                  </TableCell>
                  <TableCell align="right" data-label={t('dashboard.units.week')}>
                    {t('dashboard.units.weekValue', {
                      n: signed(f.decimal(weekChange(r)), weekChange(r)),
                    })}
                  </TableCell>
                  <TableCell align="right" className="fold">
                    {f.number(Math.round(r.pacePerDay))}
                  </TableCell>
                  <TableCell className="fold">
                    {r.forecastDate ? f.date(r.forecastDate) : t('dashboard.units.none')}
                  </TableCell>
                  <TableCell>
                    <StatusChip status={r.status} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Paper>
  );
}
