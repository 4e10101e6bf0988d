import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { keyframes } from '@mui/material/styles';
import { useT } from '../lib/i18n';

/** Hidden at first, then shown: a wait shorter than the delay shows no spinner at all. */
const appear = keyframes`from { opacity: 0; } to { opacity: 1; }`;

/**
 * While a route's code or session loads: a centred spinner with a name for screen readers. It shows
 * only after 250 ms, so that a page that comes at once does not flash a spinner before it.
 */
export function PageLoader() {
  const t = useT();
  return (
    <Box
      sx={{
        display: 'grid',
        placeItems: 'center',
        minHeight: '50vh',
        animation: `${appear} 0s 250ms both`,
      }}
    >
      <CircularProgress aria-label={t('common.loading')} />
    </Box>
  );
}
