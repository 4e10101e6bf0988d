import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useId, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { useT } from '../lib/i18n';
import { errorText } from '../lib/problem';

/**
 * The failed loads on screen that offer a retry, in the order they appeared. When several parts of
 * a page fail for the same reason (the server is down: every request fails alike), the first says
 * so once and its button retries them all; the others show nothing, instead of a stack of identical
 * messages.
 */
interface Failed {
  id: string;
  text: string;
  retry: () => void;
}
let failed: readonly Failed[] = [];
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const snapshot = () => failed;
function setFailed(next: readonly Failed[]) {
  failed = next;
  for (const l of listeners) l();
}

/** The failed part of a page says what went wrong and offers to try again; the rest stays. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const id = useId();
  const text = errorText(t, error);
  const retry = useRef(onRetry);
  useLayoutEffect(() => {
    retry.current = onRetry;
  });
  const canRetry = Boolean(onRetry);
  // Registered before paint, so that the duplicates never flash on screen.
  useLayoutEffect(() => {
    if (!canRetry) return;
    setFailed([...failed, { id, text, retry: () => retry.current?.() }]);
    return () => setFailed(failed.filter((f) => f.id !== id));
  }, [id, text, canRetry]);
  const all = useSyncExternalStore(subscribe, snapshot, snapshot);
  const alike = canRetry ? all.filter((f) => f.text === text) : [];
  if (alike.length > 1 && alike[0]?.id !== id) return null;

  return (
    <Alert
      severity="error"
      role="alert"
      action={
        onRetry ? (
          <Button
            color="inherit"
            size="small"
            onClick={() => (alike.length > 1 ? alike.forEach((f) => f.retry()) : onRetry())}
          >
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    >
      {text}
    </Alert>
  );
}
