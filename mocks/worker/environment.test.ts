import { describe, expect, it } from 'vitest';
import { applySetCookie } from './environment';
import { relayedStore } from '../db/storage';

describe('applySetCookie (the worker’s document.cookie)', () => {
  it('adds, replaces and removes a cookie as a browser does', () => {
    let jar = applySetCookie('', 'sid=abc; Path=/; SameSite=Lax');
    expect(jar).toBe('sid=abc');
    jar = applySetCookie(`lang=vi; ${jar}`, 'sid=def; Path=/');
    expect(jar).toBe('lang=vi; sid=def');
    jar = applySetCookie(jar, 'sid=; Path=/; SameSite=Lax; Max-Age=0');
    expect(jar).toBe('lang=vi');
    expect(applySetCookie(jar, 'lang=en; Expires=Thu, 01 Jan 1970 00:00:00 GMT')).toBe('');
  });

  it('ignores a malformed Set-Cookie', () => {
    expect(applySetCookie('sid=abc', '=oops')).toBe('sid=abc');
  });
});

describe('relayedStore (the worker’s copy of the page’s localStorage)', () => {
  it('starts from the page’s entries and reports each change', () => {
    const changes: [string, string | null][] = [];
    const store = relayedStore({ clock: '"2024-06-10"' }, (k, v) => changes.push([k, v]));
    expect(store.get('clock')).toBe('"2024-06-10"');
    store.set('sessions', '{}');
    store.remove('clock');
    expect(store.keys()).toEqual(['sessions']);
    expect(changes).toEqual([
      ['sessions', '{}'],
      ['clock', null],
    ]);
  });
});
