import { expect, type Page } from '@playwright/test';
import { isHttp, setDemoState, type Scenario } from './demo';

export type DemoUsername =
  | 'officer.center'
  | 'officer.vietyen'
  | 'head.ict'
  | 'head.luc-ngan'
  | 'admin.justice'
  | 'admin.ict';

/**
 * Sign in through the form, as a person would. `demoDate` / `scenario` set the demo state first:
 * through the URL in the demo build (its backend reads them on start), on the API server in `http`.
 */
export async function signIn(
  page: Page,
  username: DemoUsername,
  {
    path = '/',
    demoDate,
    scenario,
  }: { path?: string; demoDate?: string; scenario?: Scenario } = {},
): Promise<void> {
  const params = new URLSearchParams();
  if (isHttp()) {
    if (demoDate || scenario) {
      await setDemoState(page, {
        ...(demoDate ? { today: demoDate } : {}),
        ...(scenario ? { scenario } : {}),
      });
    }
  } else {
    if (demoDate) params.set('demoDate', demoDate);
    if (scenario) params.set('scenario', scenario);
  }
  const query = params.size ? `?${params.toString()}` : '';
  await page.goto(`/login${query}${query ? '&' : '?'}next=${encodeURIComponent(path)}`);
  await page.getByLabel(/^(Tên đăng nhập|Username)/).fill(username);
  await page.getByLabel(/^(Mật khẩu|Password)/).fill('demo');
  await page.getByRole('button', { name: /^(Đăng nhập|Sign in)$/ }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/**
 * Sign out through the header, then in again as someone else. Waits for the sign-in page first: a
 * navigation before the sign-out call has answered would cancel it.
 */
export async function switchUser(page: Page, username: DemoUsername, path: string): Promise<void> {
  await page
    .getByRole('button', { name: /^(Đăng xuất|Sign out)$/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, username, { path });
}
