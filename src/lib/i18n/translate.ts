import { formatDecimal, pluralCategory } from './numbers';
import type { MessageTree } from './types';

export type Lang = 'vi' | 'en';
export const languages: readonly Lang[] = ['vi', 'en'];

export type Params = Record<string, string | number>;

function lookup(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const formatNumber = (lang: Lang, n: number) => formatDecimal(n, lang, { maxFraction: 1 });

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
      lookup(messages, `${key}_${pluralCategory(lang, count)}`) ?? lookup(messages, `${key}_other`);
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
