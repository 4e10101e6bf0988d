import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import ScheduleOutlined from '@mui/icons-material/ScheduleOutlined';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import Chip from '@mui/material/Chip';
import type { components } from '../../../api/schema';
import { useT } from '../../../lib/i18n';

type Status = components['schemas']['ProgressStatus'];

/** Status in words and an icon, coloured too: colour never carries the meaning alone. */
const look = {
  done: { color: 'success', icon: <TaskAltOutlined /> },
  on_track: { color: 'success', icon: <CheckCircleOutline /> },
  at_risk: { color: 'warning', icon: <ScheduleOutlined /> },
  late: { color: 'error', icon: <ErrorOutline /> },
} as const;

export function StatusChip({
  status,
  size = 'small',
}: {
  status: Status;
  size?: 'small' | 'medium';
}) {
  const t = useT();
  const { color, icon } = look[status];
  return (
    <Chip
      size={size}
      color={color}
      variant="outlined"
      icon={icon}
      label={t(`dashboard.status.${status}`)}
      sx={{ fontWeight: 600, bgcolor: 'background.paper' }}
    />
  );
}
