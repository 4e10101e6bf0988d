import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { RemovalSources } from './RemovalSources';

/** What a visit to the old citizen form finds once the function is removed: since when, why, where to go. */
export function RemovedNotice({ since, basis }: { since: string; basis: string }) {
  const t = useT();
  const f = useFormat();
  return (
    <Alert severity="warning" role="status" component="section" aria-labelledby="removed-title">
      <AlertTitle id="removed-title" component="h2" sx={{ fontSize: '1.1rem' }}>
        {t('policy.removed.title')}
      </AlertTitle>
      <Typography>{t('policy.removed.body', { date: f.date(since), basis })}</Typography>
      <Typography sx={{ mt: 1 }}>{t('policy.removed.next')}</Typography>
      <RemovalSources />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mt: 1.5 }}>
        <Link component={RouterLink} to={paths.guide} sx={{ fontWeight: 600 }}>
          {t('policy.removed.guide')}
        </Link>
        <Link component={RouterLink} to={paths.accountNew}>
          {t('policy.removed.organisation')}
        </Link>
      </Stack>
    </Alert>
  );
}
