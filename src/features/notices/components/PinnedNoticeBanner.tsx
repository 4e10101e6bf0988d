import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { useT } from '../../../lib/i18n';
import { useCan, useSession } from '../../../lib/session';
import { useNotices } from '../api/list-notices';

const laterKey = (username: string, id: string) => `vneid.pinned-later.${username}.${id}`;

function putOffEarlier(key: string): boolean {
  try {
    return sessionStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

/**
 * A pinned notice the user has not confirmed, at the top of every page's content: it takes its own
 * space and covers nothing. "Later" puts it off for the rest of the session (it comes back at the
 * next sign-in, or in a new tab); reading and confirming stays one click away.
 */
export default function PinnedNoticeBanner() {
  const canView = useCan('notices:view');
  return canView ? <Banner /> : null;
}

function Banner() {
  const t = useT();
  const { user } = useSession();
  const { pathname } = useLocation();
  const { data } = useNotices('');
  const [later, setLater] = useState<Record<string, boolean>>({});
  const pinned = data?.items.find((n) => n.pinned && n.status === 'published' && !n.confirmed);
  if (!pinned || pathname === paths.notice(pinned.id)) return null;
  const key = laterKey(user.username, pinned.id);
  if (later[key] ?? putOffEarlier(key)) return null;
  const putOff = () => {
    try {
      sessionStorage.setItem(key, '1');
    } catch {
      // Private mode: put off for this page view only.
    }
    setLater((l) => ({ ...l, [key]: true }));
  };
  return (
    <Alert
      severity="info"
      sx={{
        mb: 2,
        py: { xs: 0.25, sm: 0.5 },
        alignItems: 'center',
        flexWrap: { xs: 'wrap', sm: 'nowrap' },
        '& .MuiAlert-message': { flex: { xs: '1 1 calc(100% - 40px)', sm: '1 1 auto' } },
        '& .MuiAlert-action': { pt: 0, mr: 0, ml: 'auto', pl: { xs: 0, sm: 2 }, flexShrink: 0 },
        '@media print': { display: 'none' },
      }}
      action={
        <Stack direction="row" spacing={1}>
          <Button
            color="inherit"
            size="small"
            variant="outlined"
            component={RouterLink}
            to={paths.notice(pinned.id)}
          >
            {t('shell.pinnedNotice.open')}
          </Button>
          <Button color="inherit" size="small" onClick={putOff}>
            {t('shell.pinnedNotice.later')}
          </Button>
        </Stack>
      }
    >
      {t('shell.pinnedNotice.text', { subject: pinned.subject })}
    </Alert>
  );
}
