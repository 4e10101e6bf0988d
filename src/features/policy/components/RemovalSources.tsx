import Typography from '@mui/material/Typography';
import { citizens } from '../../../config/citizens';
import { useT } from '../../../lib/i18n';

/**
 * Why citizen accounts are no longer created at the desk, and where citizens get help: the two
 * letters (the Government Office's 3701/VPCP-KSTT, the province's 2834/UBND-NC) and the VNeID
 * hotline. On every screen that explains the removal.
 */
export function RemovalSources() {
  const t = useT();
  return (
    <>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {t('policy.removal.sources')}
      </Typography>
      <Typography variant="body2" sx={{ mt: 0.5, fontWeight: 600 }}>
        {t('policy.removal.hotline', { phone: citizens.vneidHotline })}
      </Typography>
    </>
  );
}
