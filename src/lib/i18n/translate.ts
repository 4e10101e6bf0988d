import type { MessageTree } from './types';

export type Lang = 'vi' | 'en';
export const languages: readonly Lang[] = ['vi', 'en'];

export type Params = Record<string, string | number>;

const numberLocales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

export function numberLocale(lang: Lang): string {
  return numberLocales[lang];
}

function lookup(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
function pluralOf(lang: Lang, count: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(numberLocales[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();
function formatNumber(lang: Lang, n: number): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(numberLocales[lang], { maximumFractionDigits: 1 });
    numberFormats.set(lang, f);
  }
  return f.format(n);
}

/**
 * Look a key up and fill `{name}` placeholders. With a numeric `count`, `key_one` / `key_other`
 * are tried first (English plurals; Vietnamese has one form). Numbers are formatted for the language.
 * A missing key returns the key itself, so a gap is visible rather than blank.
 */
export function translate(messages: MessageTree, lang: Lang, key: string, params?: Params): string {
  let template: string | undefined;
  const count = params?.count;
  if (typeof count === 'number') {
    template =
      lookup(messages, `${key}_${pluralOf(lang, count)}`) ?? lookup(messages, `${key}_other`);
  }
  template ??= lookup(messages, key);
  if (template === undefined) return key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}
