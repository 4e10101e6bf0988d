import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isRouteErrorResponse, Link as RouterLink, useRouteError } from 'react-router-dom';
import { PageContainer } from '../components/PageContainer';
import { paths } from '../config/paths';
import { useT } from '../lib/i18n';

export function ForbiddenPage() {
  const t = useT();
  return (
    <PageContainer title={t('shell.forbidden.title')}>
      <Typography>{t('shell.forbidden.body')}</Typography>
      <div>
        <Button component={RouterLink} to={paths.home} variant="contained">
          {t('shell.forbidden.home')}
        </Button>
      </div>
    </PageContainer>
  );
}

export function NotFoundPage() {
  const t = useT();
  return (
    <PageContainer title={t('shell.notFound.title')}>
      <Typography>{t('shell.notFound.body')}</Typography>
      <div>
        <Button component={RouterLink} to={paths.home} variant="contained">
          {t('shell.notFound.home')}
        </Button>
      </div>
    </PageContainer>
  );
}

/** Per-route error boundary: the shell stays, the broken page offers to load again. */
export function RouteErrorPage() {
  const t = useT();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (import.meta.env.DEV) console.error(error);
  return (
    <PageContainer title={t('shell.routeError.title')}>
      <Typography>{t('shell.routeError.body')}</Typography>
      <Stack direction="row" spacing={1}>
        <Button variant="contained" onClick={() => window.location.reload()}>
          {t('common.retry')}
        </Button>
        <Button component={RouterLink} to={paths.home}>
          {t('shell.notFound.home')}
        </Button>
      </Stack>
    </PageContainer>
  );
}
