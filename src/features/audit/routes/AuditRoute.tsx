import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { useSearchParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryError } from '../../../components/QueryError';
import { visuallyHidden } from '../../../components/visuallyHidden';
import { isIsoDate } from '../../../lib/dates';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { unitName, useUnits } from '../../../lib/units';
import type { TKey } from '../../../locales/vi';
import { useAudit, type AuditQuery } from '../api/list-audit';

/** Audited action names (dotted, as the server writes them) and their labels. */
const actionLabels = {
  'account.reveal': 'audit.actions.account_reveal',
  'account.visit': 'audit.actions.account_visit',
  'account.reminder': 'audit.actions.account_reminder',
  'account.create-citizen.refused': 'audit.actions.account_create_citizen_refused',
  'account.create-organisation': 'audit.actions.account_create_organisation',
  'account.identity-check': 'audit.actions.account_identity_check',
  'account.export': 'audit.actions.account_export',
  'account.merge': 'audit.actions.account_merge',
  'account.close': 'audit.actions.account_close',
  'account.reopen': 'audit.actions.account_reopen',
  'notice.publish': 'audit.actions.notice_publish',
} as const satisfies Record<string, TKey>;
type KnownAction = keyof typeof actionLabels;
const knownActions = Object.keys(actionLabels) as KnownAction[];
const isKnown = (a: string): a is KnownAction => a in actionLabels;

function readQuery(params: URLSearchParams): AuditQuery {
  const q: AuditQuery = {};
  const username = params.get('username');
  const action = params.get('action');
  const from = params.get('from');
  const to = params.get('to');
  const page = Number(params.get('page'));
  if (username && username.length <= 64) q.username = username;
  if (action && isKnown(action)) q.action = action;
  if (from && isIsoDate(from)) q.from = from;
  if (to && isIsoDate(to)) q.to = to;
  if (Number.isInteger(page) && page > 1) q.page = page;
  return q;
}

/** Who did what, when, to which accounts, from which unit: for system admins. */
export default function AuditRoute() {
  const t = useT();
  const f = useFormat();
  const units = useUnits();
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const audit = useAudit(query);

  const set = (key: keyof AuditQuery, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next);
  };

  return (
    <PageContainer title={t('audit.title')}>
      <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
        <TextField
          size="small"
          label={t('audit.filters.username')}
          defaultValue={query.username ?? ''}
          onBlur={(e) => set('username', e.target.value.trim())}
          onKeyDown={(e) => {
            if (e.key === 'Enter') set('username', (e.target as HTMLInputElement).value.trim());
          }}
          sx={{ minWidth: 200 }}
        />
        <TextField
          select
          size="small"
          label={t('audit.filters.action')}
          value={query.action ?? ''}
          onChange={(e) => set('action', e.target.value)}
          sx={{ minWidth: 240 }}
        >
          <MenuItem value="">{t('audit.filters.all')}</MenuItem>
          {knownActions.map((a) => (
            <MenuItem key={a} value={a}>
              {t(actionLabels[a])}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          type="date"
          size="small"
          label={t('audit.filters.from')}
          value={query.from ?? ''}
          onChange={(e) => set('from', e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          type="date"
          size="small"
          label={t('audit.filters.to')}
          value={query.to ?? ''}
          onChange={(e) => set('to', e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Paper>
      <Paper variant="outlined">
        {audit.isError ? (
          <Box sx={{ p: 2 }}>
            <QueryError error={audit.error} onRetry={() => void audit.refetch()} />
          </Box>
        ) : !audit.data ? (
          <Skeleton variant="rectangular" height={400} />
        ) : (
          <>
            <TableContainer tabIndex={0} role="region" aria-label={t('audit.table.caption')}>
              <Table size="small">
                <caption style={visuallyHidden}>{t('audit.table.caption')}</caption>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('audit.table.at')}</TableCell>
                    <TableCell>{t('audit.table.user')}</TableCell>
                    <TableCell>{t('audit.table.unit')}</TableCell>
                    <TableCell>{t('audit.table.action')}</TableCell>
                    <TableCell>{t('audit.table.targets')}</TableCell>
                    <TableCell>{t('audit.table.outcome')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {audit.data.items.length === 0 ? (
                    <TableRow>
                      <TableCell colSpan={6}>{t('audit.table.empty')}</TableCell>
                    </TableRow>
                  ) : null}
                  {audit.data.items.map((e) => (
                    <TableRow key={e.id}>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{f.dateTime(e.at)}</TableCell>
                      <TableCell>
                        {e.username}
                        <Box
                          component="div"
                          sx={{ typography: 'caption', color: 'text.secondary' }}
                        >
                          {t(`common.roles.${e.role}`)}
                        </Box>
                      </TableCell>
                      <TableCell>{unitName(units.data, e.unitCode)}</TableCell>
                      <TableCell>
                        {isKnown(e.action) ? t(actionLabels[e.action]) : t('audit.actions.other')}
                      </TableCell>
                      <TableCell sx={{ fontFamily: 'monospace' }}>{e.targets.join(', ')}</TableCell>
                      <TableCell>
                        <Chip
                          size="small"
                          variant="outlined"
                          color={e.outcome === 'ok' ? 'success' : 'error'}
                          label={t(`audit.outcomes.${e.outcome}`)}
                        />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
            <TablePagination
              component="div"
              count={audit.data.total}
              page={(query.page ?? 1) - 1}
              rowsPerPage={audit.data.pageSize}
              rowsPerPageOptions={[audit.data.pageSize]}
              onPageChange={(_, p) => set('page', String(p + 1))}
            />
          </>
        )}
      </Paper>
    </PageContainer>
  );
}
