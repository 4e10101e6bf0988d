import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryError } from '../../../components/QueryError';
import { paths } from '../../../config/paths';
import { useT } from '../../../lib/i18n';
import { useNotice } from '../api/get-notice';
import { OfficialDocument } from '../components/OfficialDocument';

export default function NoticePrintRoute() {
  const t = useT();
  const { id = '' } = useParams();
  const query = useNotice(id);
  return (
    <PageContainer
      title={t('notices.print')}
      breadcrumbs={
        <Link component={RouterLink} to={paths.notice(id)}>
          {query.data?.subject ?? t('notices.back')}
        </Link>
      }
      actions={
        <Button variant="contained" onClick={() => window.print()}>
          {t('notices.print_.printNow')}
        </Button>
      }
    >
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <Skeleton variant="rectangular" height={600} />
      ) : (
        <Stack sx={{ overflowX: 'auto' }}>
          <OfficialDocument notice={query.data} />
        </Stack>
      )}
    </PageContainer>
  );
}
