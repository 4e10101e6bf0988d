import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './support/test';
import { signIn } from './support/auth';
import { isHttp } from './support/demo';
import { expectNoAxeViolations } from './support/axe';
import { snap } from './support/screens';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const dir = mkdtempSync(join(tmpdir(), 'import-accounts-'));
execFileSync('npx', ['tsx', 'e2e/support/import-files.ts', dir], { stdio: 'inherit' });
/**
 * 120 unconverted citizens shown linked, 30 converted ones as they are, and 6 people the province
 * does not hold yet (e2e/support/import-files.ts). The third of them: "Nguyễn Thị Nhập 3", CCCD
 * 024190000002, phone 0910000002, registered 01/06/2024 in Phường Ngô Quyền (Thành phố Bắc
 * Giang), linked to VNeID.
 */
const goodFile = readFileSync(join(dir, 'good.xlsx'));
const CCCD = '024190000002';

const figure = (page: Page, key: string) => page.locator(`[data-figure="${key}"]`);

async function importGoodFile(page: Page) {
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Nhập số liệu' })
    .click();
  await page
    .getByLabel('Chọn tệp để kiểm tra')
    .setInputFiles({ name: 'ds-20-06-2024.xlsx', mimeType: XLSX, buffer: goodFile });
  await expect(figure(page, 'rowsRead')).toHaveText('156', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Ghi vào số liệu' }).click();
}

async function search(page: Page, q: string) {
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Tài khoản cần xử lý' })
    .click();
  // The work list opens on the unconverted accounts: every status, to find a converted person too.
  await page.getByLabel('Trạng thái', { exact: true }).selectOption({ label: 'Tất cả' });
  await expect(page).not.toHaveURL(/status=/);
  const box = page.getByLabel('Tìm theo tên, số định danh hoặc số điện thoại');
  await box.fill(q);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(q).replace(/%20/g, '\\+')}`));
  const table = page.getByRole('region', { name: /tài khoản$/ });
  await expect(table.and(page.locator('[aria-busy]'))).toHaveAttribute('aria-busy', 'false');
  return table;
}

test.describe('the people an import adds are in the accounts list', () => {
  test('a system admin imports a list, finds a new person by name and CCCD, opens them; the same file again changes nothing', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    await signIn(page, 'admin.ict');
    // Before the import, the province has no such person.
    let table = await search(page, CCCD);
    await expect(table.getByRole('link', { name: /Nguyễn Thị Nhập/ })).toHaveCount(0);

    await importGoodFile(page);
    await expect(
      page.getByText('Đã ghi số liệu ngày 20/06/2024: 6 tài khoản mới, 120 thay đổi.'),
    ).toBeVisible();

    // By name, without marks: the six people the file added.
    table = await search(page, 'nguyen thi nhap');
    await expect(table.getByRole('link', { name: /^Nguyễn Thị Nhập \d$/ })).toHaveCount(6);
    // By the whole CCCD: the one person, with the file's values, the numbers masked.
    table = await search(page, CCCD);
    const person = table.getByRole('row').filter({ hasText: 'Nguyễn Thị Nhập 3' });
    await expect(person).toHaveCount(1);
    await expect(person).toContainText('024•••••0002');
    await expect(person).toContainText('091•••0002');
    await expect(person).toContainText('Đã chuyển đổi');
    await expectNoAxeViolations(page);
    await snap(page, testInfo, 'accounts-imported-person');

    await person.getByRole('link', { name: 'Nguyễn Thị Nhập 3' }).click();
    const panel = page.getByRole('dialog');
    await panel.getByRole('link', { name: 'Mở thành trang riêng' }).click();
    await expect(page).toHaveURL(/\/accounts\/TK8000003$/);
    await expect(page.getByRole('heading', { name: 'Nguyễn Thị Nhập 3', level: 1 })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main.getByText('091•••0002')).toBeVisible();
    await expect(main.getByText('Phường Ngô Quyền, Thành phố Bắc Giang')).toBeVisible();
    await expect(main.getByText('Công dân', { exact: true })).toBeVisible();
    await expect(main.getByText('01/06/2024').first()).toBeVisible();
    await expect(main.getByText('Đã chuyển đổi').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await snap(page, testInfo, 'account-imported-person');

    // The same file again: nothing new, nothing changed; the person is still there once.
    await importGoodFile(page);
    await expect(page.getByText('0 tài khoản mới, 0 thay đổi')).toBeVisible();
    table = await search(page, CCCD);
    await expect(table.getByRole('link', { name: 'Nguyễn Thị Nhập 3' })).toHaveCount(1);
  });

  test('"Reset demo data" takes the imported people away again', async ({ page }) => {
    test.skip(isHttp(), 'the demo panel is in the demo build only');
    test.setTimeout(120_000);
    await signIn(page, 'admin.ict');
    await importGoodFile(page);
    await expect(page.getByText('6 tài khoản mới, 120 thay đổi')).toBeVisible();
    let table = await search(page, CCCD);
    await expect(table.getByRole('link', { name: 'Nguyễn Thị Nhập 3' })).toHaveCount(1);

    await page.getByRole('button', { name: /Hôm nay: 20\/06\/2024/i }).click();
    const dialog = page.getByRole('dialog', { name: 'Bảng điều khiển trình diễn' });
    await dialog.getByRole('button', { name: 'Khôi phục dữ liệu mẫu' }).click();
    const ask = page.getByRole('dialog', { name: 'Khôi phục dữ liệu mẫu?' });
    await ask.getByRole('button', { name: 'Khôi phục dữ liệu mẫu' }).click();
    await expect(dialog.getByText('Đã khôi phục dữ liệu mẫu.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    table = await search(page, CCCD);
    await expect(table.getByRole('link', { name: /Nguyễn Thị Nhập/ })).toHaveCount(0);
  });
});
