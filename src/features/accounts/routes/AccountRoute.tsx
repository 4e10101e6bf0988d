import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryError } from '../../../components/QueryError';
import { paths } from '../../../config/paths';
import { useT } from '../../../lib/i18n';
import { useAccount } from '../../../api/accounts';
import { AccountSections } from '../components/AccountSections';

export default function AccountRoute() {
  const t = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const account = useAccount(id);
  const back = (
    <Link component={RouterLink} to={paths.accounts}>
      ← {t('accounts.detail.back')}
    </Link>
  );
  if (account.isError) {
    return (
      <PageContainer title={t('accounts.title')} breadcrumbs={back}>
        <QueryError error={account.error} onRetry={() => void account.refetch()} />
      </PageContainer>
    );
  }
  if (!account.data) {
    return (
      <PageContainer title={t('accounts.title')} breadcrumbs={back}>
        <Skeleton variant="rounded" height={480} />
      </PageContainer>
    );
  }
  const a = account.data;
  return (
    <PageContainer title={`${a.displayName} · ${a.id}`} breadcrumbs={back}>
      <AccountSections
        account={a}
        layout="page"
        level={2}
        hrefOf={paths.account}
        onMerged={(keptId) => void navigate(paths.account(keptId))}
      />
    </PageContainer>
  );
}
