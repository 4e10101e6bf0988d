import { alpha, type Theme } from '@mui/material/styles';
import type { components } from '../api/schema';
import { useT } from '../lib/i18n';

type Status = components['schemas']['AccountStatus'];

const tones = {
  converted: 'success',
  reported_at_desk: 'warning',
  unconverted: 'error',
  awaiting_guidance: 'neutral',
  closed: 'neutral',
  merged: 'neutral',
} as const;

/**
 * The status in words, in an outlined pill (the colour only repeats what the words say). Plain HTML
 * with shared CSS (`statusLabelStyles`, among the app's global styles) rather than a MUI Chip: a
 * list page shows dozens, and each Chip costs a phone a millisecond or more to render.
 */
export function StatusLabel({ status }: { status: Status }) {
  const t = useT();
  return (
    <span className={`status-label status-label-${tones[status]}`}>
      {t(`common.statuses.${status}`)}
    </span>
  );
}

/** The pill's look: MUI's small outlined Chip. */
export const statusLabelStyles = (theme: Theme) => ({
  '.status-label': {
    display: 'inline-flex',
    alignItems: 'center',
    boxSizing: 'border-box' as const,
    height: 24,
    padding: '0 8px',
    borderRadius: 12,
    border: `1px solid ${theme.palette.grey[400]}`,
    backgroundColor: theme.palette.background.paper,
    color: theme.palette.text.primary,
    fontSize: theme.typography.pxToRem(13),
    fontWeight: 600,
    lineHeight: 1,
    whiteSpace: 'nowrap' as const,
  },
  '.status-label-success': {
    color: theme.palette.success.main,
    borderColor: alpha(theme.palette.success.main, 0.7),
  },
  '.status-label-warning': {
    color: theme.palette.warning.main,
    borderColor: alpha(theme.palette.warning.main, 0.7),
    borderStyle: 'dashed',
  },
  '.status-label-error': {
    color: theme.palette.error.main,
    borderColor: alpha(theme.palette.error.main, 0.7),
  },
});
