import { expect, test } from './support/test';
import { signIn } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { snap } from './support/screens';

/**
 * Every route a signed-in system admin can open: it renders a page title, passes axe, and leaves a
 * screenshot at desktop and phone width in test-results/screens/.
 */
const routes: [string, string][] = [
  ['home', '/'],
  ['accounts', '/accounts'],
  ['account-new', '/accounts/new'],
  ['guide', '/guide'],
  ['notices', '/notices'],
  ['notice-new', '/notices/new'],
  ['audit', '/audit'],
];

for (const [name, path] of routes) {
  test(`page ${path} renders, passes axe and is photographed`, async ({ page }, testInfo) => {
    await signIn(page, 'admin.ict', { path });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    await snap(page, testInfo, `page-${name}`);
  });
}
