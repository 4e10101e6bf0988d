import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Messages, TKey } from '../../locales/vi';
import { loadedVietnamese } from './namespaces';
import { translate, type Lang, type Params } from './translate';

const STORAGE_KEY = 'vneid.lang';

export interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: TKey, params?: Params) => string;
}

export const I18nContext = createContext<I18nValue | null>(null);

/** English is loaded (whole) only when someone picks it; Vietnamese loads by namespace. */
async function loadMessages(lang: Lang): Promise<Messages> {
  if (lang === 'vi') return loadedVietnamese();
  const mod = await import('../../locales/en');
  return mod.default;
}

export function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function I18nProvider({
  children,
  initialLang,
  initialMessages,
}: {
  children: ReactNode;
  initialLang: Lang;
  initialMessages: Messages;
}) {
  const [state, setState] = useState<{ lang: Lang; messages: Messages }>({
    lang: initialLang,
    messages: initialMessages,
  });

  useEffect(() => {
    document.documentElement.lang = state.lang;
  }, [state.lang]);

  const setLang = useCallback((lang: Lang) => {
    void loadMessages(lang).then((messages) => {
      try {
        localStorage.setItem(STORAGE_KEY, lang);
      } catch {
        // Private mode: the choice lasts for this visit only.
      }
      setState({ lang, messages });
    });
  }, []);

  const value = useMemo<I18nValue>(
    () => ({
      lang: state.lang,
      setLang,
      t: (key, params) => translate(state.messages, state.lang, key, params),
    }),
    [state, setLang],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** Resolve the language and its messages before the first render (no flash of the wrong language). */
export async function initialI18n(): Promise<{ lang: Lang; messages: Messages }> {
  const lang = storedLang();
  return { lang, messages: await loadMessages(lang) };
}
