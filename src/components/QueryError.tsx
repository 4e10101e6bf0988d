import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useT } from '../lib/i18n';
import { errorText } from '../lib/problem';

/** The failed part of a page says what went wrong and offers to try again; the rest stays. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    >
      {errorText(t, error)}
    </Alert>
  );
}
