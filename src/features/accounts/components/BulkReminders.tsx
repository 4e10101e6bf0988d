import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { QueryError } from '../../../components/QueryError';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { AccountListQuery } from '../api/list-accounts';
import { useSendBulkReminders } from '../api/send-bulk-reminders';

/**
 * Reminders to the selected accounts or to every account matching the filters (server-side). The
 * confirmation names the count; the answer says what was sent and what was refused.
 */
export function BulkReminders({
  selected,
  total,
  query,
  onDone,
}: {
  selected: string[];
  total: number;
  query: AccountListQuery;
  onDone: () => void;
}) {
  const t = useT();
  const f = useFormat();
  const bulk = useSendBulkReminders();
  const { page: _page, pageSize: _size, ...filters } = query;

  const send = (scope: 'selected' | 'all') => {
    const count = scope === 'selected' ? selected.length : total;
    if (!window.confirm(t('accounts.bulk.confirm', { n: f.number(count) }))) return;
    bulk.mutate(
      scope === 'selected'
        ? { channel: 'portal', ids: selected }
        : {
            channel: 'portal',
            filter: Object.fromEntries(
              Object.entries(filters)
                .filter(([, v]) => v !== undefined)
                .map(([k, v]) => [k, String(v)]),
            ),
          },
      { onSuccess: onDone },
    );
  };

  return (
    <Stack spacing={1} sx={{ px: 2, pb: 1 }}>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
        <Typography variant="body2">{t('accounts.bulk.label')}</Typography>
        <Button
          size="small"
          variant="outlined"
          disabled={!selected.length || bulk.isPending}
          onClick={() => send('selected')}
        >
          {t('accounts.bulk.selected', { n: f.number(selected.length) })}
        </Button>
        <Button
          size="small"
          variant="outlined"
          disabled={!total || bulk.isPending}
          onClick={() => send('all')}
        >
          {t('accounts.bulk.all', { n: f.number(total) })}
        </Button>
      </Stack>
      <div aria-live="polite">
        {bulk.isPending ? (
          <Typography variant="body2">{t('accounts.bulk.sending')}</Typography>
        ) : null}
        {bulk.data ? (
          <Alert severity={bulk.data.refused.length ? 'warning' : 'success'}>
            {t('accounts.bulk.result', {
              sent: f.number(bulk.data.sent),
              refused: f.number(bulk.data.matched - bulk.data.sent),
            })}
          </Alert>
        ) : null}
        {bulk.error ? <QueryError error={bulk.error} /> : null}
      </div>
    </Stack>
  );
}
