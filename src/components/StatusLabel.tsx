import Chip from '@mui/material/Chip';
import type { components } from '../api/schema';
import { useT } from '../lib/i18n';

type Status = components['schemas']['AccountStatus'];

const colors = {
  converted: 'success',
  unconverted: 'error',
  awaiting_guidance: 'default',
  closed: 'default',
  merged: 'default',
} as const;

/** The status in words (outlined chip; the colour only repeats what the words say). */
export function StatusLabel({ status }: { status: Status }) {
  const t = useT();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={colors[status]}
      label={t(`common.statuses.${status}`)}
      sx={{ bgcolor: 'background.paper', fontWeight: 600 }}
    />
  );
}
