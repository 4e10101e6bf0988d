import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Component, type ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'react-router-dom';
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

/**
 * What a route shows when its page failed (its code did not load, or it threw while rendering):
 * the shell stays, the broken page offers to load again.
 */
export function RouteErrorPage({ error }: { error: unknown }) {
  const t = useT();
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

interface BoundaryState {
  error: unknown;
  /** The location key the error happened at, once known; null while there is no error. */
  failedAt: string | null;
}

class Boundary extends Component<{ at: string; children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: null, failedAt: null };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error ?? new Error('Unknown error'), failedAt: null };
  }

  static getDerivedStateFromProps(
    { at }: { at: string },
    { error, failedAt }: BoundaryState,
  ): Partial<BoundaryState> | null {
    if (!error) return null;
    if (failedAt === null) return { failedAt: at };
    // Gone elsewhere: the next page renders afresh.
    return failedAt === at ? null : { error: null, failedAt: null };
  }

  override render() {
    return this.state.error ? <RouteErrorPage error={this.state.error} /> : this.props.children;
  }
}

/**
 * A route's error boundary: an error in what it wraps shows `RouteErrorPage` in its place, until
 * the user goes somewhere else.
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { key } = useLocation();
  return <Boundary at={key}>{children}</Boundary>;
}
