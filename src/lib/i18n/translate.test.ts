import { describe, expect, it } from 'vitest';
import en from '../../locales/en';
import vi from '../../locales/vi';
import type { MessageTree } from './types';
import { translate } from './translate';

function leaves(tree: MessageTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[`${prefix}${k}`, v] as [string, string]]
      : leaves(v, `${prefix}${k}.`),
  );
}

describe('translate', () => {
  const messages = {
    a: { hello: 'Xin chào {name}', n_one: '{count} account', n_other: '{count} accounts' },
  };

  it('fills placeholders and formats numbers for the language', () => {
    expect(translate(messages, 'vi', 'a.hello', { name: 'An' })).toBe('Xin chào An');
    expect(translate({ x: '{n} tài khoản' }, 'vi', 'x', { n: 312000 })).toBe('312.000 tài khoản');
    expect(translate({ x: '{n} accounts' }, 'en', 'x', { n: 312000 })).toBe('312,000 accounts');
  });

  it('picks English plural forms by count', () => {
    expect(translate(messages, 'en', 'a.n', { count: 1 })).toBe('1 account');
    expect(translate(messages, 'en', 'a.n', { count: 2 })).toBe('2 accounts');
  });

  it('shows the key when a text is missing, rather than nothing', () => {
    expect(translate(messages, 'vi', 'a.missing')).toBe('a.missing');
  });
});

describe('translation files', () => {
  const viLeaves = leaves(vi);
  const enLeaves = leaves(en);

  it('have the same keys in both languages', () => {
    expect(enLeaves.map(([k]) => k).sort()).toEqual(viLeaves.map(([k]) => k).sort());
  });

  it('are Unicode NFC and never empty', () => {
    for (const [key, text] of [...viLeaves, ...enLeaves]) {
      expect(text, key).toBe(text.normalize('NFC'));
      expect(text.trim(), key).not.toBe('');
    }
  });
});
