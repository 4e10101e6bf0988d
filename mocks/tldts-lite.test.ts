import { getDomain as tldts } from 'tldts';
import { describe, expect, it } from 'vitest';
import { getDomain } from './tldts-lite';

describe('tldts-lite (the demo build’s stand-in for tldts in MSW’s cookie store)', () => {
  it.each([
    '127.0.0.1',
    'localhost',
    '[::1]',
    'example.com',
    'demo.example.com',
    'a.b.example.com',
    'bacgiang.gov.vn',
    'vneid.bacgiang.gov.vn',
    'team.github.io',
    'dashboard.pages.dev',
  ])('answers like tldts for %s', (host) => {
    expect(getDomain(host)).toBe(
      tldts(host, { allowIcannDomains: true, allowPrivateDomains: true }),
    );
  });
});
