import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useCan, useSession } from '../../../lib/session';
import { usePolicyState } from '../api/policy-state';
import { useScopeSummary } from '../api/get-scope-summary';

const storageKey = (username: string, message: string) =>
  `vneid.policy-banner.${username}.${message}`;

function readDismissed(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

/**
 * For the desk only (roles that create accounts at the counter: officers, and the administrator who
 * stands in for them): a head's screen keeps its space for the figures, which say the same.
 */
export function PolicyBanner() {
  return useCan('accounts:create') ? <DeskPolicyBanner /> : null;
}

/**
 * The switch-over notice above every signed-in page: from the removal day, that citizen accounts are
 * no longer created at the desk; once the deadline has passed, how many accounts remain. Each message
 * can be hidden, and stays hidden for that user until the message changes.
 */
function DeskPolicyBanner() {
  const t = useT();
  const f = useFormat();
  const { user } = useSession();
  const location = useLocation();
  const canGuide = useCan('guide:view');
  const canAccounts = useCan('accounts:view');
  const { state } = usePolicyState();
  const message = !state?.citizenCreationRemoved
    ? null
    : state.deadlinePassed
      ? 'deadline-passed'
      : 'citizen-creation-removed';
  const summary = useScopeSummary(message === 'deadline-passed');
  const key = message ? storageKey(user.username, message) : null;
  const [dismissed, setDismissed] = useState<Record<string, boolean>>({});
  if (!state || !message || !key) return null;
  if (dismissed[key] ?? readDismissed(key)) return null;

  const dismiss = () => {
    try {
      localStorage.setItem(key, '1');
    } catch {
      // Private mode: hidden for this page view only.
    }
    setDismissed((d) => ({ ...d, [key]: true }));
  };

  const remaining = summary.data?.citizens.unconverted;
  const text =
    message === 'citizen-creation-removed'
      ? t('shell.policyBanner.removed', { date: f.date(state.removedSince) })
      : remaining === undefined
        ? t('shell.policyBanner.deadlinePassedNoCount', { date: f.date(state.deadline) })
        : t('shell.policyBanner.deadlinePassed', {
            date: f.date(state.deadline),
            count: remaining,
          });
  const onGuide = location.pathname === paths.guide;

  return (
    <Alert
      role="region"
      aria-label={t('shell.policyBanner.region')}
      severity={message === 'deadline-passed' ? 'warning' : 'info'}
      onClose={dismiss}
      closeText={t('shell.policyBanner.dismiss')}
      sx={{ mb: 2, displayPrint: 'none' }}
    >
      {text}
      <Stack direction="row" spacing={2} sx={{ mt: 0.5, flexWrap: 'wrap' }}>
        {canGuide && !onGuide ? (
          <Link component={RouterLink} to={paths.guide}>
            {t('shell.policyBanner.guide')}
          </Link>
        ) : null}
        {message === 'deadline-passed' && canAccounts ? (
          <Link component={RouterLink} to={`${paths.accounts}?kind=citizen&status=unconverted`}>
            {t('shell.policyBanner.accounts')}
          </Link>
        ) : null}
      </Stack>
    </Alert>
  );
}
