import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useLatestImport } from '../api/get-latest-import';

/**
 * "Số liệu đến …": the date of the latest imported snapshot once there is one (with a warning when
 * it is more than two days old), else the day the figures are computed for.
 */
export function DataAsOf({ computedFor }: { computedFor: string | undefined }) {
  const t = useT();
  const f = useFormat();
  const latest = useLatestImport().data;
  if (latest?.asOf && latest.stale) {
    return (
      <Alert severity="warning" sx={{ mt: -1 }}>
        {t('dashboard.staleImport', { date: f.date(latest.asOf) })}
      </Alert>
    );
  }
  const date = latest?.asOf ?? computedFor;
  return (
    <Typography color="text.secondary" sx={{ mt: -1 }}>
      {date ? t('dashboard.asOf', { date: f.date(date) }) : '\u00a0'}
    </Typography>
  );
}
