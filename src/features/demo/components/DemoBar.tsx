import ScienceOutlined from '@mui/icons-material/ScienceOutlined';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { lazy, Suspense, useState } from 'react';
import { formatIsoDate } from '../../../lib/dates';
import { useT } from '../../../lib/i18n';
import { useDemoState } from '../api/demo-state';

const DemoPanel = lazy(() => import('./DemoPanel'));

/** Demo builds only: the "demo data" marker, the demo clock and the button to the demo controls. */
export default function DemoBar() {
  const t = useT();
  const state = useDemoState();
  const [open, setOpen] = useState(false);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Chip
        label={t('demo.badge')}
        title={t('demo.badgeHint')}
        size="small"
        sx={{ bgcolor: '#ffd600', color: '#000', fontWeight: 700 }}
      />
      <Button
        size="small"
        color="inherit"
        variant="outlined"
        startIcon={<ScienceOutlined />}
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        sx={{ whiteSpace: 'nowrap' }}
      >
        {state.data
          ? t('demo.today', { date: formatIsoDate(state.data.today) })
          : t('demo.panel.open')}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <DemoPanel open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </Stack>
  );
}
