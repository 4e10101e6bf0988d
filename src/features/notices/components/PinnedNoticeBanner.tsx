import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { useT } from '../../../lib/i18n';
import { useCan } from '../../../lib/session';
import { useNotices } from '../api/list-notices';

/** A pinned notice the user has not confirmed, shown above every page until confirmed. */
export default function PinnedNoticeBanner() {
  const canView = useCan('notices:view');
  return canView ? <Banner /> : null;
}

function Banner() {
  const t = useT();
  const { pathname } = useLocation();
  const { data } = useNotices('');
  const pinned = data?.items.find((n) => n.pinned && n.status === 'published' && !n.confirmed);
  if (!pinned || pathname === paths.notice(pinned.id)) return null;
  return (
    <Alert
      severity="info"
      sx={{
        position: 'sticky',
        bottom: { xs: 8, sm: 16 },
        zIndex: 'appBar',
        mt: 3,
        boxShadow: 6,
        '@media print': { display: 'none' },
      }}
      action={
        <Button color="inherit" size="small" component={RouterLink} to={paths.notice(pinned.id)}>
          {t('shell.pinnedNotice.open')}
        </Button>
      }
    >
      {t('shell.pinnedNotice.text', { subject: pinned.subject })}
    </Alert>
  );
}
