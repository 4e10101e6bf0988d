import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useDeferredValue } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { TextInput } from '../../../components/inputs';
import { PageContainer } from '../../../components/PageContainer';
import { QueryError } from '../../../components/QueryError';
import { paths } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useCan } from '../../../lib/session';
import { useUrlText } from '../../../lib/url-state';
import { useNotices } from '../api/list-notices';
import { NoticeChips, useValidity } from '../components/NoticeMeta';

export default function NoticesRoute() {
  const t = useT();
  const f = useFormat();
  const validity = useValidity();
  const canWrite = useCan('notices:write');
  const [q, setQ] = useUrlText('q');
  const deferred = useDeferredValue(q.trim());
  const query = useNotices(deferred);

  return (
    <PageContainer
      title={t('notices.title')}
      actions={
        canWrite ? (
          <Button variant="contained" component={RouterLink} to={paths.noticeNew}>
            {t('notices.newNotice')}
          </Button>
        ) : undefined
      }
    >
      <TextInput
        type="search"
        label={t('notices.search')}
        helperText={t('notices.searchHint')}
        value={q}
        onChange={setQ}
        sx={{ maxWidth: 480 }}
      />
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <Skeleton variant="rectangular" height={240} />
      ) : query.data.items.length === 0 ? (
        <Typography>{t('notices.empty')}</Typography>
      ) : (
        <List aria-label={t('notices.listLabel')} sx={{ display: 'grid', gap: 1.5, p: 0 }}>
          {query.data.items.map((n) => (
            <ListItem key={n.id} disablePadding>
              <Paper variant="outlined" sx={{ p: 2, width: '100%' }}>
                <Stack spacing={1}>
                  <NoticeChips notice={n} />
                  <Typography component="h2" variant="h6" sx={{ fontSize: '1.05rem' }}>
                    <Link component={RouterLink} to={paths.notice(n.id)}>
                      {n.subject}
                    </Link>
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {[
                      n.number && `${t('notices.numberLabel')} ${n.number}`,
                      t('notices.issuedBy', { issuer: n.issuerName, date: f.date(n.issuedOn) }),
                      validity(n),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography>
                </Stack>
              </Paper>
            </ListItem>
          ))}
        </List>
      )}
    </PageContainer>
  );
}
