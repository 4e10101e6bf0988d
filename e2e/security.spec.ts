import { isHttp, isServer } from './support/demo';
import { httpApiBase } from './support/ports';
import { expect, test } from './support/test';

test.describe('the site is served under a strict Content Security Policy', () => {
  test('every page comes with the security headers', async ({ page }) => {
    // The sign-in page, and a deep link answered by the SPA fallback.
    for (const path of ['/login', '/accounts/TK0000001']) {
      const res = await page.request.get(path);
      expect(res.status()).toBe(200);
      const h = res.headers();
      const csp = h['content-security-policy'] ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      // The production build talks to its API origin only; the demo build, and the production
      // build behind nginx with the API on the same origin, to themselves.
      const connect = /connect-src ([^;]*)/.exec(csp)?.[1];
      expect(connect).toBe(
        isHttp() && !isServer() ? `'self' ${new URL(httpApiBase).origin}` : "'self'",
      );
      expect(/worker-src ([^;]*)/.exec(csp)?.[1]).toBe(isHttp() ? "'none'" : "'self'");
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('same-origin');
      expect(h['permissions-policy']).toContain('camera=()');
    }
    const html = await (await page.request.get('/login')).text();
    expect(html, 'no inline script in index.html').not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  test.describe('a script injected into the page', () => {
    test.use({ expectedCspViolations: /script-src-elem blocked inline|inline script/ });

    test('does not run, and the violation is reported', async ({ page }) => {
      const reported: string[] = [];
      page.on('console', (m) => {
        if (m.text().startsWith('[csp-violation]')) reported.push(m.text());
      });
      await page.goto('/login');
      await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__injected = 1';
        document.body.append(s);
      });
      await expect.poll(() => reported.length).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBe(
        undefined,
      );
    });
  });
});
