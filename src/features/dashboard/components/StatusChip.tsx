import CheckCircleOutlineOutlined from '@mui/icons-material/CheckCircleOutlineOutlined';
import ErrorOutlineOutlined from '@mui/icons-material/ErrorOutlineOutlined';
import ScheduleOutlined from '@mui/icons-material/ScheduleOutlined';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import Box from '@mui/material/Box';
import type { components } from '../../../api/schema';
import { useT } from '../../../lib/i18n';

type Status = components['schemas']['ProgressStatus'];

/** Status in words and an icon, coloured too: colour never carries the meaning alone. */
const look = {
  done: { color: 'success.main', Icon: TaskAltOutlined },
  on_track: { color: 'success.main', Icon: CheckCircleOutlineOutlined },
  at_risk: { color: 'warning.main', Icon: ScheduleOutlined },
  late: { color: 'error.main', Icon: ErrorOutlineOutlined },
} as const;

export function StatusChip({
  status,
  size = 'small',
}: {
  status: Status;
  size?: 'small' | 'medium';
}) {
  const t = useT();
  const { color, Icon } = look[status];
  return (
    <Box
      component="span"
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 0.5,
        px: 1,
        py: size === 'small' ? 0.125 : 0.5,
        border: 1,
        borderColor: color,
        borderRadius: 4,
        color,
        bgcolor: 'background.paper',
        fontWeight: 600,
        fontSize: size === 'small' ? '0.8125rem' : '0.875rem',
        whiteSpace: 'nowrap',
      }}
    >
      <Icon fontSize="small" aria-hidden="true" />
      {t(`dashboard.status.${status}`)}
    </Box>
  );
}
