import { expect, test, type Page } from './support/test';
import { signIn, switchUser, type DemoUsername } from './support/auth';
import { apiBase, gotoOnDemoDay } from './support/demo';
import { expectNoAxeViolations } from './support/axe';
import { snap } from './support/screens';

const BEFORE = '2024-06-10';
const AFTER = '2024-06-20';

const citizenBody = {
  fullName: 'Nguyễn Văn Bình',
  identityNumber: '024090012345',
  birthDate: '1990-03-02',
  phone: '0987654321',
  // Xã Thượng Lan, TX Việt Yên: in scope for both users.
  communeCode: '07759',
};

/** Call the API from inside the page: the demo backend answers (service worker or API server). */
async function callApi(
  page: Page,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> | null }> {
  return page.evaluate(
    async ({ api, method, path, body }) => {
      const res = await fetch(`${api}${path}`, {
        method,
        credentials: 'include',
        headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return {
        status: res.status,
        json: text ? (JSON.parse(text) as Record<string, unknown>) : null,
      };
    },
    { api: apiBase(), method, path, body },
  );
}

/** Every control a user could reach the citizen function by: none may name it. */
async function expectNoCitizenControl(page: Page) {
  const name = /tạo tài khoản công dân|tài khoản công dân mới/i;
  for (const role of ['button', 'link', 'radio', 'menuitem', 'option', 'tab'] as const) {
    await expect(page.getByRole(role, { name })).toHaveCount(0);
  }
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });

for (const user of ['officer.vietyen', 'admin.ict'] as DemoUsername[]) {
  test.describe(`${user}: the citizen function follows the date`, () => {
    test(`on 10/06/2024 it is there: page, form and API`, async ({ page }, testInfo) => {
      await signIn(page, user, { path: '/accounts/new', demoDate: BEFORE });
      await expect(page.getByRole('heading', { level: 1, name: 'Tạo tài khoản' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Thông báo về chính sách' })).toHaveCount(0);
      await expect(nav(page).getByRole('link', { name: 'Tạo tài khoản' })).toBeVisible();

      const citizen = page.getByRole('radio', { name: 'Tài khoản công dân' });
      await expect(citizen).toBeVisible();
      await citizen.click();
      await expect(page).toHaveURL(/kind=citizen/);
      await expect(citizen).toBeChecked();
      await expect(page.getByRole('heading', { name: 'Tài khoản công dân' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Tạo tài khoản công dân' })).toBeVisible();
      await expect(page.getByText(/sẽ bị bỏ từ ngày 15\/06\/2024/)).toBeVisible();
      await expect(page.getByText(/2834\/UBND-NC/)).toBeVisible();
      await expect(page.getByText(/tổng đài hỗ trợ 1900\.0368/)).toBeVisible();
      await expectNoAxeViolations(page);
      if (user === 'officer.vietyen') await snap(page, testInfo, 'policy-citizen-form-before');

      const res = await callApi(page, 'POST', '/accounts/citizens', citizenBody);
      expect(res.status).toBe(201);
      expect(res.json).toMatchObject({ kind: 'citizen', displayName: 'Nguyễn Văn Bình' });
    });

    test(`on 20/06/2024 it is gone everywhere`, async ({ page }, testInfo) => {
      await signIn(page, user, { path: '/', demoDate: AFTER });

      // The banner says so and points to the guide.
      const banner = page.getByRole('region', { name: 'Thông báo về chính sách' });
      await expect(banner).toContainText(
        'Từ ngày 15/06/2024, bộ phận một cửa không còn tạo tài khoản cho công dân',
      );
      await expect(banner.getByRole('link', { name: 'Xem hướng dẫn tại quầy' })).toBeVisible();

      // Navigation: organisation accounts are still created; nothing names the citizen function.
      await expect(nav(page).getByRole('link', { name: 'Tạo tài khoản' })).toBeVisible();
      await expect(nav(page).getByRole('link', { name: 'Hướng dẫn tại quầy' })).toBeVisible();
      await expectNoCitizenControl(page);

      // The page: no option, no form, the guide in its place.
      await nav(page).getByRole('link', { name: 'Tạo tài khoản' }).click();
      await expect(page).toHaveURL(/\/accounts\/new$/);
      await expect(page.getByRole('heading', { name: 'Công dân cần tài khoản?' })).toBeVisible();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Tạo tài khoản tổ chức' }),
      ).toBeVisible();
      const instead = page.getByRole('region', { name: 'Công dân cần tài khoản?' });
      await expect(instead).toContainText('3701/VPCP-KSTT');
      await expect(instead).toContainText('2834/UBND-NC');
      await expect(instead).toContainText('1900.0368');
      await expect(
        page.getByRole('heading', { name: 'Tài khoản tổ chức, doanh nghiệp' }),
      ).toBeVisible();
      await expectNoCitizenControl(page);
      await expect(page.getByRole('radio')).toHaveCount(0);
      await expect(page.getByLabel('Ngày sinh')).toHaveCount(0);
      // Searching the page for the words finds nothing.
      await expect(page.locator('main')).not.toContainText(/tài khoản công dân/i);
      await expectNoAxeViolations(page);
      if (user === 'officer.vietyen') await snap(page, testInfo, 'policy-new-account-after');

      // Keyboard: tabbing through the whole page never lands on the citizen function.
      const reached: string[] = [];
      await page.locator('body').focus();
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        reached.push(
          await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            // Between the last control and the address bar, focus rests on the body: no control.
            if (!el || el === document.body) return '';
            const labelled = el.getAttribute('aria-labelledby');
            const label =
              el.getAttribute('aria-label') ??
              (labelled ? document.getElementById(labelled)?.textContent : null) ??
              (el as HTMLInputElement).labels?.[0]?.textContent ??
              el.textContent;
            return (label ?? '').trim();
          }),
        );
      }
      expect(reached).toContain('Tạo tài khoản');
      expect(reached.filter((n) => /công dân/i.test(n))).toEqual([]);

      // A direct visit to the old form says since when and why, and leads to the guide.
      await page.goto('/accounts/new?kind=citizen');
      await expect(page.getByRole('heading', { name: 'Chức năng này đã được bỏ' })).toBeVisible();
      await expect(page.getByText(/Từ ngày 15\/06\/2024, cán bộ bộ phận một cửa/)).toBeVisible();
      // Its sources and the citizens' help line, as on every screen that explains the removal.
      const removed = page.getByRole('status').filter({ hasText: 'Chức năng này đã được bỏ' });
      await expect(removed).toContainText('3701/VPCP-KSTT');
      await expect(removed).toContainText('2834/UBND-NC ngày 31/05/2024');
      await expect(removed).toContainText('tổng đài hỗ trợ 1900.0368');
      await expect(page.getByRole('textbox')).toHaveCount(0);
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: 'Mở hướng dẫn tại quầy' }).click();
      await expect(page).toHaveURL(/\/guide$/);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Hướng dẫn tại quầy' }),
      ).toBeVisible();
      await expectNoCitizenControl(page);

      // The API refuses with 410 Gone, since when and why.
      const res = await callApi(page, 'POST', '/accounts/citizens', citizenBody);
      expect(res.status).toBe(410);
      expect(res.json).toMatchObject({ type: 'urn:problem:gone', since: '2024-06-15' });
      expect(String(res.json?.detail)).toMatch(/VNeID/);
    });
  });
}

test('the refused attempts are in the audit log', async ({ page }) => {
  await signIn(page, 'officer.vietyen', { path: '/accounts/new?kind=citizen', demoDate: AFTER });
  await expect(page.getByRole('heading', { name: 'Chức năng này đã được bỏ' })).toBeVisible();
  expect((await callApi(page, 'POST', '/accounts/citizens', citizenBody)).status).toBe(410);
  await switchUser(page, 'admin.ict', '/audit');
  const refused = page
    .getByRole('row')
    .filter({ hasText: 'Tạo tài khoản công dân (chức năng đã bỏ)' });
  // One for the visit to the old form, one for the API call.
  await expect(refused.filter({ hasText: 'officer.vietyen' })).toHaveCount(2);
  await expect(refused.first()).toContainText('Bị từ chối');
});

test('the banner can be hidden, per user, and says how many remain after the deadline', async ({
  page,
}) => {
  await signIn(page, 'officer.vietyen', { path: '/guide', demoDate: AFTER });
  const banner = page.getByRole('region', { name: 'Thông báo về chính sách' });
  await banner.getByRole('button', { name: 'Ẩn thông báo này' }).click();
  await expect(banner).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hướng dẫn tại quầy' })).toBeVisible();
  await expect(banner).toHaveCount(0);

  // After the deadline it is a new message: shown again, with the count from the server.
  await gotoOnDemoDay(page, '/', '2024-07-05');
  await expect(banner).toContainText('Đã qua hạn chuyển đổi tài khoản công dân (01/07/2024)');
  const summary = await callApi(page, 'GET', '/stats/summary');
  const remaining = (summary.json?.citizens as { unconverted: number }).unconverted;
  await expect(banner).toContainText(
    `còn ${new Intl.NumberFormat('vi-VN').format(remaining)} tài khoản chưa chuyển đổi`,
  );
  await expect(banner.getByRole('link', { name: 'Xem các tài khoản còn lại' })).toBeVisible();
});
