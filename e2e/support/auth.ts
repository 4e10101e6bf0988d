import { expect, type Page } from '@playwright/test';

export type DemoUsername =
  | 'officer.center'
  | 'officer.vietyen'
  | 'head.ict'
  | 'head.luc-ngan'
  | 'admin.justice'
  | 'admin.ict';

/**
 * Sign in through the form, as a person would. `demoDate` / `scenario` set the demo state through the
 * URL first (the demo backend reads them on start).
 */
export async function signIn(
  page: Page,
  username: DemoUsername,
  { path = '/', demoDate, scenario }: { path?: string; demoDate?: string; scenario?: string } = {},
): Promise<void> {
  const params = new URLSearchParams();
  if (demoDate) params.set('demoDate', demoDate);
  if (scenario) params.set('scenario', scenario);
  const query = params.size ? `?${params.toString()}` : '';
  await page.goto(`/login${query}${query ? '&' : '?'}next=${encodeURIComponent(path)}`);
  await page.getByLabel(/^(Tên đăng nhập|Username)/).fill(username);
  await page.getByLabel(/^(Mật khẩu|Password)/).fill('demo');
  await page.getByRole('button', { name: /^(Đăng nhập|Sign in)$/ }).click();
  await expect(page).not.toHaveURL(/\/login/);
}
