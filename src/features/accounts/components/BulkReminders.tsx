import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Fragment, lazy, Suspense, useState } from 'react';
import { QueryError } from '../../../components/QueryError';
import { Working } from '../../../components/Working';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { AccountListQuery } from '../api/list-accounts';
import { reminderMessages } from '../../../lib/reminder-messages';
import {
  useBulkReminderJob,
  useSendBulkReminders,
  type BulkReminderJob,
} from '../api/send-bulk-reminders';

/** The confirmation's code (MUI's dialog, modal and focus trap) comes when it may be needed. */
const loadConfirm = () => import('../../../components/ConfirmDialog');
const ConfirmDialog = lazy(() => loadConfirm().then((m) => ({ default: m.ConfirmDialog })));
const prepare = () => void loadConfirm();

/**
 * Reminders to the selected accounts or to every account matching the filters (server-side). The
 * confirmation names the count and shows the text that goes out. The server sends them as a job:
 * its progress shows until it ends, then what was sent and what was refused.
 */
export function BulkReminders({
  selected,
  total,
  busy = false,
  query,
  onDone,
}: {
  selected: string[];
  total: number;
  /** The list these would act on is loading: nothing to act on yet. */
  busy?: boolean;
  query: AccountListQuery;
  onDone: () => void;
}) {
  const t = useT();
  const f = useFormat();
  const bulk = useSendBulkReminders();
  const job = useBulkReminderJob(bulk.data).data;
  const running = bulk.isPending || job?.status === 'running';
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
          disabled={!selected.length || running}
          onPointerEnter={prepare}
          onFocus={prepare}
          onClick={() => ask('selected')}
        >
          {t('accounts.bulk.selected', { n: f.number(selected.length) })}
        </Button>
        <Button
          size="small"
          variant="outlined"
          disabled={!total || busy || running}
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
              {t('accounts.bulk.previewByReason')}
            </Typography>
            <Box component="dl" sx={{ m: 0, '& dd': { m: 0, mb: 1 } }}>
              {Object.entries(reminderMessages).map(([reason, text]) => (
                <Fragment key={reason}>
                  <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
                    {t(`common.reasons.${reason as keyof typeof reminderMessages}`)}
                  </Typography>
                  <Typography
                    component="dd"
                    variant="body2"
                    lang="vi"
                    sx={{ p: 1, bgcolor: 'action.hover', borderRadius: 1 }}
                  >
                    {text}
                  </Typography>
                </Fragment>
              ))}
            </Box>
          </ConfirmDialog>
        </Suspense>
      ) : null}
      <div aria-live="polite">
        {bulk.isPending ? <Working label={t('accounts.bulk.sending')} /> : null}
        {job ? <JobState job={job} /> : null}
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

/** A job's progress while it runs (processed of matched), then its result. */
function JobState({ job }: { job: BulkReminderJob }) {
  const t = useT();
  const f = useFormat();
  const counts = {
    processed: f.number(job.processed),
    matched: f.number(job.matched),
    sent: f.number(job.sent),
    refused: f.number(job.refusedCount),
  };
  if (job.status === 'running') {
    const label = t('accounts.bulk.progress', counts);
    const pct = job.matched ? Math.round((job.processed / job.matched) * 100) : 0;
    return (
      <Box>
        <Typography variant="body2">{label}</Typography>
        <LinearProgress variant="determinate" value={pct} aria-label={label} />
      </Box>
    );
  }
  if (job.status === 'failed') {
    return (
      <Alert severity="error">
        {t('accounts.bulk.failed', {
          ...counts,
          why: t(`accounts.bulk.failures.${job.failure ?? 'error'}`),
        })}
      </Alert>
    );
  }
  return (
    <Alert severity={job.refusedCount ? 'warning' : 'success'}>
      {t('accounts.bulk.result', counts)}
    </Alert>
  );
}
