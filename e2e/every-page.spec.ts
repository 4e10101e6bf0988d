import { expect, test, type Page } from './support/test';
import { signIn, type DemoUsername } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { snap } from './support/screens';
import { can, routePermissions, type GuardedRoute } from '../src/config/permissions';
import { demoUsers } from '../mocks/db/demo-users';

/**
 * Every route, for every role that may open it, at desktop (1366 × 800) and phone (390 × 844)
 * width: it renders a page title and axe (WCAG 2.0, 2.1 and 2.2, A and AA) finds nothing. Each
 * detail page is checked as a system admin, who may open them all. One sign-in per role, the routes
 * in turn: a sign-in per route would double the run.
 *
 * The pages are the same code in every build: the whole matrix runs on the demo build, and the
 * production builds (`http`, `server`) check every route as the system admin, who may open them
 * all, on their own data.
 */
const routes: [GuardedRoute, string][] = [
  ['home', '/'],
  ['accounts', '/accounts'],
  ['accountNew', '/accounts/new'],
  ['guide', '/guide'],
  ['notices', '/notices'],
  ['noticeNew', '/notices/new'],
  ['audit', '/audit'],
  ['imports', '/imports'],
];

const detailRoutes: [string, string][] = [
  ['account', '/accounts/TK0000001'],
  ['notice', '/notices/TB0002'],
  ['notice-edit', '/notices/TB0002/edit'],
  ['notice-print', '/notices/TB0002/print'],
  ['guide-account', '/guide?account=TK0000001'],
];

const widths = [
  { width: 1366, height: 800 },
  { width: 390, height: 844 },
];

/** The page at each width: its title shown, its data come, then axe. */
async function checkBothWidths(page: Page, path: string): Promise<void> {
  for (const size of widths) {
    await page.setViewportSize(size);
    if (size === widths[0]) {
      await page.goto(path);
    }
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({
      timeout: 20_000,
    });
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, `${path} at ${size.width}px`);
  }
}

for (const { username, role } of demoUsers) {
  test(`${username} (${role}): every route of the role passes axe at both widths`, async ({
    page,
  }) => {
    test.skip(
      test.info().project.name !== 'demo' && username !== 'admin.ict',
      'the whole matrix runs on the demo build',
    );
    test.setTimeout(240_000);
    const mine = routes.filter(([route]) => can(role, routePermissions[route]));
    expect(mine.length).toBeGreaterThan(0);
    await signIn(page, username as DemoUsername, { path: mine[0]![1] });
    for (const [, path] of mine) await checkBothWidths(page, path);
  });
}

test('every detail page passes axe at both widths, as a system admin', async ({ page }) => {
  test.skip(test.info().project.name !== 'demo', 'the whole matrix runs on the demo build');
  test.setTimeout(240_000);
  await signIn(page, 'admin.ict', { path: detailRoutes[0]![1] });
  for (const [, path] of detailRoutes) await checkBothWidths(page, path);
});

test('the pages without a session pass axe at both widths', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of ['/login', '/public/notices/TB0002']) {
    for (const size of widths) {
      await page.setViewportSize(size);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page, `${path} at ${size.width}px`);
    }
  }
});

// Screenshots of the system admin's pages, for people to look at (test-results/screens/).
for (const [route, path] of routes) {
  test(`page ${path} is photographed`, async ({ page }, testInfo) => {
    test.skip(!can('sys_admin', routePermissions[route]), 'not a system admin route');
    test.skip(test.info().project.name !== 'demo', 'the screenshots are of the demo build');
    await signIn(page, 'admin.ict', { path });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await snap(page, testInfo, `page-${route}`);
  });
}
