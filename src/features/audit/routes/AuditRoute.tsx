import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { ExportButtons } from '../../../components/ExportButtons';
import { SelectInput, TextInput } from '../../../components/inputs';
import { ListPagination } from '../../../components/ListPagination';
import { PageContainer } from '../../../components/PageContainer';
import { QueryError } from '../../../components/QueryError';
import { visuallyHidden } from '../../../components/visuallyHidden';
import { isIsoDate } from '../../../lib/dates';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { unitName, useUnits } from '../../../lib/units';
import { isPageNumber, type ParamRules } from '../../../lib/url-params';
import { useUrlListState } from '../../../lib/url-state';
import type { TKey } from '../../../locales/vi';
import { exportAudit } from '../api/export-audit';
import { useAudit, type AuditQuery } from '../api/list-audit';

/**
 * Audited action names (dotted, as both backends write them) and their labels, by area: the
 * accounts, the notices, the imports, then sign-in and refused requests.
 */
const actionLabels = {
  'account.reveal': 'audit.actions.account_reveal',
  'account.visit': 'audit.actions.account_visit',
  'account.reminder': 'audit.actions.account_reminder',
  'account.create-citizen': 'audit.actions.account_create_citizen',
  'account.create-citizen.refused': 'audit.actions.account_create_citizen_refused',
  'account.create-organisation': 'audit.actions.account_create_organisation',
  'account.identity-check': 'audit.actions.account_identity_check',
  'account.export': 'audit.actions.account_export',
  'account.merge': 'audit.actions.account_merge',
  'account.close': 'audit.actions.account_close',
  'account.reopen': 'audit.actions.account_reopen',
  'account.search-number': 'audit.actions.account_search_number',
  'account.desk-report.withdraw': 'audit.actions.account_desk_report_withdraw',
  'audit.export': 'audit.actions.audit_export',
  'notice.create': 'audit.actions.notice_create',
  'notice.save': 'audit.actions.notice_save',
  'notice.attach': 'audit.actions.notice_attach',
  'notice.detach': 'audit.actions.notice_detach',
  'notice.publish': 'audit.actions.notice_publish',
  'notice.remind': 'audit.actions.notice_remind',
  'notice.archive': 'audit.actions.notice_archive',
  'import.commit': 'audit.actions.import_commit',
  'auth.sign-in': 'audit.actions.auth_sign_in',
  'auth.sign-in.failed': 'audit.actions.auth_sign_in_failed',
  'auth.sign-in.locked': 'audit.actions.auth_sign_in_locked',
  'auth.lockout': 'audit.actions.auth_lockout',
  'auth.sign-out': 'audit.actions.auth_sign_out',
  'auth.sign-out-everywhere': 'audit.actions.auth_sign_out_everywhere',
  'access.refused': 'audit.actions.access_refused',
  'request.refused-origin': 'audit.actions.request_refused_origin',
} as const satisfies Record<string, TKey>;
type KnownAction = keyof typeof actionLabels;
const knownActions = Object.keys(actionLabels) as KnownAction[];
const isKnown = (a: string): a is KnownAction => a in actionLabels;

/** The URL parameters of the log, and whether a value is acceptable. */
const rules: ParamRules<AuditQuery> = {
  username: (v) => v.length <= 64,
  action: isKnown,
  from: isIsoDate,
  to: isIsoDate,
  page: isPageNumber,
  pageSize: () => false,
};

/** Who did what, when, to which accounts, from which unit: for system admins. */
export default function AuditRoute() {
  const t = useT();
  const f = useFormat();
  const units = useUnits();
  const { query, invalid, update } = useUrlListState(rules, { page: 1 }, { numbers: ['page'] });
  const audit = useAudit(query);
  const set = (key: 'username' | 'action' | 'from' | 'to', value: string) =>
    update({ [key]: value || undefined });
  const filtered = Boolean(query.username || query.action || query.from || query.to);

  return (
    <PageContainer
      title={t('audit.title')}
      actions={<ExportButtons run={(format) => exportAudit(query, format)} />}
    >
      {invalid.length ? (
        <Alert severity="warning">{t('common.badParams', { names: invalid.join(', ') })}</Alert>
      ) : null}
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
        <SelectInput
          size="small"
          label={t('audit.filters.action')}
          value={query.action ?? ''}
          onChange={(v) => set('action', v)}
          options={[
            { value: '', label: t('audit.filters.all') },
            ...knownActions.map((a) => ({ value: a, label: t(actionLabels[a]) })),
          ]}
          sx={{ minWidth: 240 }}
        />
        <TextInput
          type="date"
          size="small"
          label={t('audit.filters.from')}
          value={query.from ?? ''}
          onChange={(v) => set('from', v)}
        />
        <TextInput
          type="date"
          size="small"
          label={t('audit.filters.to')}
          value={query.to ?? ''}
          onChange={(v) => set('to', v)}
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
                      <TableCell colSpan={6}>
                        {filtered ? t('audit.table.emptyFiltered') : t('audit.table.empty')}
                      </TableCell>
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
                          {e.role ? t(`common.roles.${e.role}`) : '—'}
                        </Box>
                      </TableCell>
                      <TableCell>{e.unitCode ? unitName(units.data, e.unitCode) : '—'}</TableCell>
                      <TableCell>
                        {isKnown(e.action) ? t(actionLabels[e.action]) : t('audit.actions.other')}
                        {e.details && Object.keys(e.details).length ? (
                          // The recorded facts as the server wrote them (filter, rows, hash, reason…).
                          <Box
                            component="div"
                            sx={{
                              typography: 'caption',
                              color: 'text.secondary',
                              fontFamily: 'monospace',
                              overflowWrap: 'anywhere',
                            }}
                          >
                            {Object.entries(e.details)
                              .map(([k, v]) => `${k}=${String(v)}`)
                              .join(' · ')}
                          </Box>
                        ) : null}
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
            <ListPagination
              total={audit.data.total}
              page={query.page ?? 1}
              pageSize={audit.data.pageSize}
              onChange={update}
            />
          </>
        )}
      </Paper>
    </PageContainer>
  );
}
