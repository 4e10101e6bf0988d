import PhoneOutlined from '@mui/icons-material/PhoneOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Skeleton from '@mui/material/Skeleton';
import { useEffect } from 'react';
import { useParams } from 'react-router-dom';
import { QueryError } from '../../../components/QueryError';
import { citizens } from '../../../config/citizens';
import { useT } from '../../../lib/i18n';
import { usePublicNotice } from '../api/get-public-notice';
import { OfficialDocument } from '../components/OfficialDocument';

/** A notice addressed to citizens or businesses, readable without signing in. */
export default function PublicNoticeRoute() {
  const t = useT();
  const { id = '' } = useParams();
  const query = usePublicNotice(id);
  useEffect(() => {
    document.title = query.data?.subject ?? t('notices.public.title');
  }, [query.data, t]);
  return (
    <Box>
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <Skeleton variant="rectangular" height={600} />
      ) : (
        <Stack spacing={2}>
          <Alert
            severity="info"
            icon={<PhoneOutlined />}
            sx={{ maxWidth: { md: '210mm' }, mx: 'auto' }}
          >
            {t('notices.public.hotline', { phone: citizens.vneidHotline })}
          </Alert>
          <OfficialDocument notice={query.data} />
        </Stack>
      )}
    </Box>
  );
}
