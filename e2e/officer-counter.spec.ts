import { expect, test, type Page } from './support/test';
import { signIn } from './support/auth';
import { apiBase, setDemoState } from './support/demo';
import { apiSettled } from './support/network';
import { expectNoAxeViolations } from './support/axe';

const laptop = { width: 1366, height: 800 };
const phone = { width: 390, height: 844 };

async function getJson<T>(page: Page, method: 'GET' | 'POST', path: string): Promise<T> {
  return page.evaluate(
    async ({ api, method, path }) => {
      const res = await fetch(`${api}${path}`, { method, credentials: 'include' });
      if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}`);
      return (await res.json()) as T;
    },
    { api: apiBase(), method, path },
  );
}

/** The list's table (its scrolling region says whether its rows are the current query's). */
const listTable = (page: Page) =>
  page.getByRole('region', { name: /tài khoản$/ }).and(page.locator('[aria-busy]'));

/** An account of the officer's scope whose whole identity number finds it alone. */
async function accountByNumber(page: Page): Promise<{ id: string; name: string; number: string }> {
  const list = await getJson<{ items: { id: string; displayName: string }[] }>(
    page,
    'GET',
    '/accounts?kind=citizen&status=unconverted&reason=verified_not_linked&pageSize=5',
  );
  for (const a of list.items) {
    const { identityNumber } = await getJson<{ identityNumber: string | null }>(
      page,
      'POST',
      `/accounts/${a.id}/reveal`,
    );
    if (!identityNumber) continue;
    const found = await getJson<{ total: number }>(page, 'GET', `/accounts?q=${identityNumber}`);
    if (found.total === 1) return { id: a.id, name: a.displayName, number: identityNumber };
  }
  throw new Error('no account found alone by its number');
}

test('an officer opens an account from the header search by its whole identity number, on a laptop and a phone', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(laptop);
  await signIn(page, 'officer.vietyen', { path: '/guide' });
  const account = await accountByNumber(page);
  const search = page.getByRole('search', { name: 'Tìm tài khoản' });
  await search.getByRole('searchbox').fill(account.number);
  await search.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(new RegExp(`/accounts/${account.id}$`));
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(account.name) }),
  ).toBeVisible();

  // On a phone the box opens from the header's search button; several matches open the list.
  await page.setViewportSize(phone);
  await page.goto('/');
  await page.getByRole('button', { name: 'Mở ô tìm tài khoản' }).click();
  const box = page.getByRole('search', { name: 'Tìm tài khoản' }).getByRole('searchbox');
  await expect(box).toBeFocused();
  await box.fill('nguyen van an');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/accounts\?q=nguyen\+van\+an$/, { timeout: 30_000 });
  await expect(page.getByRole('link', { name: /^Nguyễn Văn An/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('heads get no counter search', async ({ page }) => {
  await signIn(page, 'head.ict');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('search', { name: 'Tìm tài khoản' })).toHaveCount(0);
});

test('the work list opens on the unconverted citizen accounts, what the desk can do today first', async ({
  page,
}) => {
  await signIn(page, 'officer.vietyen');
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Tài khoản cần xử lý' })
    .click();
  await expect(page).toHaveURL(/\/accounts\?kind=citizen&status=unconverted&sort=desk$/);
  await expect(page.getByLabel('Sắp xếp')).toHaveValue('desk');
  const table = listTable(page);
  await expect(table).toHaveAttribute('aria-busy', 'false');
  const rows = table.locator('tbody tr[data-id]');
  await expect(rows).toHaveCount(25);
  // Every row of the first page is an unconverted citizen account; the first ones need only the link.
  for (const row of await rows.all()) {
    await expect(row.getByText('Chưa chuyển đổi', { exact: true })).toBeVisible();
    await expect(row).toContainText('Công dân');
  }
  await expect(rows.first()).toContainText('Đã xác thực, chưa liên kết VNeID');
  // The same count as the progress page's "not yet converted".
  const summary = await getJson<{ citizens: { unconverted: number } }>(
    page,
    'GET',
    '/stats/summary',
  );
  await expect(page.getByRole('heading', { name: /tài khoản$/ })).toHaveText(
    `${new Intl.NumberFormat('vi-VN').format(summary.citizens.unconverted)} tài khoản`,
  );
});

test('an empty result says what to try next', async ({ page }) => {
  await signIn(page, 'officer.vietyen', {
    path: '/accounts?kind=citizen&status=unconverted&q=xyzzy',
  });
  const help = page.getByRole('status').filter({ hasText: 'Không tìm thấy tài khoản nào.' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Tìm theo số định danh cá nhân đủ 12 số');
  await expect(help).toContainText('Kiểm tra chính tả');
  // What the page loads besides the list (a pinned notice's banner above it) has arrived: the
  // button no longer moves under the pointer.
  await apiSettled(page);
  await help.getByRole('button', { name: 'Bỏ các bộ lọc, giữ từ khóa' }).click();
  await expect(page).toHaveURL(/\/accounts\?q=xyzzy$/);
  await expectNoAxeViolations(page);
});

test('sending to everyone matching waits while a new search loads', async ({ page }) => {
  await signIn(page, 'officer.vietyen', { path: '/accounts' });
  const all = page.getByRole('button', { name: /^Gửi cho tất cả/ });
  await expect(all).toBeEnabled({ timeout: 20_000 });
  await setDemoState(page, { scenario: 'slow' });
  await page.getByLabel('Tìm theo tên, số định danh hoặc số điện thoại').fill('nguyen');
  await page.keyboard.press('Enter');
  // The count shown is still the previous list's: the button waits for the new one.
  await expect(all).toBeDisabled();
  await expect(listTable(page)).toHaveAttribute('aria-busy', 'true');
  await expect(all).toBeEnabled({ timeout: 15_000 });
  await setDemoState(page, { scenario: 'normal' });
});

test.describe('in an English browser', () => {
  test.use({ locale: 'en-US' });
  test('a date typed as 05/06/2024 filters 5 June, the address keeps ISO', async ({ page }) => {
    await page.setViewportSize(laptop);
    await signIn(page, 'officer.vietyen', { path: '/accounts' });
    const from = page.getByRole('textbox', { name: 'Đăng ký từ ngày' });
    await expect(from).toHaveAttribute('placeholder', 'dd/mm/yyyy');
    await from.pressSequentially('05/06/2024');
    await expect(from).toHaveValue('05/06/2024');
    await expect(page).toHaveURL(/regFrom=2024-06-05/);
    await page.getByRole('textbox', { name: 'Đăng ký đến ngày' }).pressSequentially('05062024');
    await expect(page).toHaveURL(/regTo=2024-06-05/);
    await expect(page).toHaveURL(/regFrom=2024-06-05/);
    const table = listTable(page);
    await expect(table).toHaveAttribute('aria-busy', 'false');
    const dates = table.locator('tbody tr[data-id] td.registered');
    await expect(dates.first()).toHaveText('05/06/2024');
    expect(new Set(await dates.allTextContents())).toEqual(new Set(['05/06/2024']));
  });
});

test('on a phone each account is a card: name, unit, status and reason on screen, nothing sideways', async ({
  page,
}) => {
  await page.setViewportSize(phone);
  await signIn(page, 'officer.vietyen', {
    path: '/accounts?kind=citizen&status=unconverted&sort=desk',
  });
  const table = listTable(page);
  const row = table.locator('tbody tr[data-id]').first();
  await expect(row).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  for (const cell of ['th', 'td.unit', 'td.status', 'td.reason', 'td.phone']) {
    const box = (await row.locator(cell).boundingBox())!;
    expect(box.x, cell).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, cell).toBeLessThanOrEqual(390);
  }
  await expect(row.locator('td.status')).toHaveText('Chưa chuyển đổi');
  await expectNoAxeViolations(page);
});
