import { useContext } from 'react';
import { I18nContext, type I18nValue } from './I18nProvider';

export { I18nProvider, initialI18n } from './I18nProvider';
export { loadNamespaces, type LazyNamespace } from './namespaces';
export type { Lang, Params } from './translate';
export { translate } from './translate';
export { formatDecimal } from './numbers';

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

/** The translate function of the current language. */
export function useT(): I18nValue['t'] {
  return useI18n().t;
}
