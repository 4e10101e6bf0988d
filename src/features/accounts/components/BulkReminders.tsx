import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useState } from 'react';
import { QueryError } from '../../../components/QueryError';
import { Working } from '../../../components/Working';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { AccountListQuery } from '../api/list-accounts';
import { useSendBulkReminders } from '../api/send-bulk-reminders';

/** The confirmation's code (MUI's dialog, modal and focus trap) comes when it may be needed. */
const loadConfirm = () => import('../../../components/ConfirmDialog');
const ConfirmDialog = lazy(() => loadConfirm().then((m) => ({ default: m.ConfirmDialog })));
const prepare = () => void loadConfirm();

/**
 * Reminders to the selected accounts or to every account matching the filters (server-side). The
 * confirmation names the count and shows the text that goes out; the answer says what was sent and
 * what was refused.
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

  const [asking, setAsking] = useState<'selected' | 'all' | null>(null);
  // Mounted from the first question on, so that the dialog can play its closing transition.
  const [asked, setAsked] = useState(false);
  const ask = (scope: 'selected' | 'all') => {
    setAsked(true);
    setAsking(scope);
  };
  const count = asking === 'all' ? total : selected.length;

  const send = (scope: 'selected' | 'all') =>
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

  return (
    <Stack spacing={1} sx={{ px: 2, pb: 1 }}>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
        <Typography variant="body2">{t('accounts.bulk.label')}</Typography>
        <Button
          size="small"
          variant="outlined"
          disabled={!selected.length || bulk.isPending}
          onPointerEnter={prepare}
          onFocus={prepare}
          onClick={() => ask('selected')}
        >
          {t('accounts.bulk.selected', { n: f.number(selected.length) })}
        </Button>
        <Button
          size="small"
          variant="outlined"
          disabled={!total || bulk.isPending}
          onPointerEnter={prepare}
          onFocus={prepare}
          onClick={() => ask('all')}
        >
          {t('accounts.bulk.all', { n: f.number(total) })}
        </Button>
      </Stack>
      {asked ? (
        <Suspense fallback={null}>
          <ConfirmDialog
            open={asking !== null}
            title={t('accounts.bulk.confirmTitle', { n: f.number(count) })}
            confirmLabel={t('accounts.bulk.confirmSend', { n: f.number(count) })}
            onConfirm={() => asking && send(asking)}
            onClose={() => setAsking(null)}
          >
            <Typography sx={{ mb: 2 }}>
              {t('accounts.bulk.confirm', { n: f.number(count) })}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('accounts.actions.preview')}
            </Typography>
            <Typography
              component="blockquote"
              lang="vi"
              sx={{ m: 0, p: 1.5, bgcolor: 'action.hover', borderRadius: 1 }}
            >
              {t('accounts.actions.previewText')}
            </Typography>
          </ConfirmDialog>
        </Suspense>
      ) : null}
      <div aria-live="polite">
        {bulk.isPending ? <Working label={t('accounts.bulk.sending')} /> : null}
        {bulk.data ? (
          <Alert severity={bulk.data.refused.length ? 'warning' : 'success'}>
            {t('accounts.bulk.result', {
              sent: f.number(bulk.data.sent),
              refused: f.number(bulk.data.matched - bulk.data.sent),
            })}
          </Alert>
        ) : null}
        {bulk.error ? (
          <QueryError
            error={bulk.error}
            onRetry={() => bulk.variables && bulk.mutate(bulk.variables, { onSuccess: onDone })}
          />
        ) : null}
      </div>
    </Stack>
  );
}
