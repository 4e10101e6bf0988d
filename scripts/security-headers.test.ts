// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiOrigin, contentSecurityPolicy, securityHeaders } from './security-headers.js';

describe('security headers', () => {
  it('lets the page talk to its own origin, plus the API origin when the API is elsewhere', () => {
    expect(apiOrigin('/api')).toBeNull();
    expect(apiOrigin('https://dvc.bacgiang.example/api')).toBe('https://dvc.bacgiang.example');
    expect(contentSecurityPolicy({ demo: false, apiBaseUrl: '/api' })).toContain(
      "connect-src 'self';",
    );
    expect(
      contentSecurityPolicy({ demo: false, apiBaseUrl: 'http://127.0.0.1:4818/api' }),
    ).toContain("connect-src 'self' http://127.0.0.1:4818;");
  });

  it('allows no inline script and no eval; workers only in the demo build', () => {
    for (const demo of [true, false]) {
      const csp = contentSecurityPolicy({ demo });
      expect(/script-src ([^;]*)/.exec(csp)?.[1]).toBe("'self'");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(/worker-src ([^;]*)/.exec(csp)?.[1]).toBe(demo ? "'self'" : "'none'");
    }
  });

  it('are the ones the example nginx configuration sends', () => {
    const conf = readFileSync('docs/deploy/nginx.conf', 'utf8');
    const sent = Object.fromEntries(
      [...conf.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;/gm)]
        // Caching is by path; HSTS only means something over HTTPS, which vite preview does not serve.
        .filter((m) => m[1] !== 'Cache-Control' && m[1] !== 'Strict-Transport-Security')
        .map((m): [string, string] => [m[1]!, m[2]!]),
    );
    expect(sent).toEqual(securityHeaders({ demo: false, apiBaseUrl: '/api' }));
  });
});
