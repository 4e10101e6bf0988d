/**
 * The `test` every spec imports. Fixtures that run for every test, in both projects:
 * - a Content Security Policy violation reported by the page fails the test;
 * - in `http`, the API server's demo data is reset first (its state is shared by every test); in
 *   `server`, the database is copied again from the seeded template through the e2e stack's
 *   control port (scripts/e2e-server.ts), which is no API operation: the server has none;
 * - the page's API calls are tracked, for `apiSettled` (e2e/support/network.ts).
 */
import { test as base, expect } from '@playwright/test';
import { trackApiCalls } from './network';
import { httpApiBase, serverControl } from './ports';

interface Fixtures {
  /**
   * Violations a test expects, e.g. hostile markup being parsed by the sanitiser: Chromium reports
   * the inline handlers it refused even in an inert document. Anything else still fails the test.
   */
  expectedCspViolations: RegExp | null;
  resetDemoData: void;
  failOnCspViolation: void;
}

export const test = base.extend<Fixtures>({
  expectedCspViolations: [null, { option: true }],
  resetDemoData: [
    async ({ request }, use, testInfo) => {
      if (testInfo.project.name === 'http') {
        const res = await request.post(`${httpApiBase}/demo/reset`);
        expect(res.ok(), 'POST /api/demo/reset').toBe(true);
      }
      if (testInfo.project.name === 'server') {
        const res = await fetch(`${serverControl}/reset`, { method: 'POST' });
        expect(res.ok, `e2e server reset: ${await res.text()}`).toBe(true);
      }
      await use();
    },
    { auto: true },
  ],
  failOnCspViolation: [
    async ({ page, expectedCspViolations }, use) => {
      trackApiCalls(page);
      const violations: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(
            `[csp-violation] ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
          );
        });
      });
      page.on('console', (msg) => {
        const text = msg.text();
        const csp = text.startsWith('[csp-violation]') || /Content Security Policy/i.test(text);
        if (csp && !expectedCspViolations?.test(text)) violations.push(text);
      });
      await use();
      expect(violations, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page, TestInfo } from '@playwright/test';
