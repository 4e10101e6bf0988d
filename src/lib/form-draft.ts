import { useCallback, useMemo, useState } from 'react';

export interface FormDraft<T> {
  /** The draft found when the form opened, or null. */
  restored: T | null;
  /** Keep `value` as the draft. */
  save: (value: T) => void;
  /** Forget the draft. */
  clear: () => void;
}

/**
 * A form's unsaved values kept on this device under `key`, so that a reload, a closed tab or a
 * sign-in after an expired session loses nothing: in localStorage (kept until cleared) or
 * sessionStorage (this tab only). `parse` turns what was stored into a draft, or null when it is
 * not one. Storage that is full or blocked only means no draft; the form still works.
 */
export function useFormDraft<T>(
  key: string,
  {
    storage = 'local',
    parse,
  }: { storage?: 'local' | 'session'; parse: (stored: unknown) => T | null },
): FormDraft<T> {
  const store = useCallback(
    () => (storage === 'session' ? window.sessionStorage : window.localStorage),
    [storage],
  );
  const [restored] = useState(() => {
    try {
      const raw = store().getItem(key);
      return raw ? parse(JSON.parse(raw)) : null;
    } catch {
      return null;
    }
  });
  const save = useCallback(
    (value: T) => {
      try {
        store().setItem(key, JSON.stringify(value));
      } catch {
        // Full or blocked: no draft.
      }
    },
    [key, store],
  );
  const clear = useCallback(() => {
    try {
      store().removeItem(key);
    } catch {
      // Blocked: there was no draft either.
    }
  }, [key, store]);
  return useMemo(() => ({ restored, save, clear }), [restored, save, clear]);
}
