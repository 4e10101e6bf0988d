import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './support/test';
import { signIn } from './support/auth';
import { isHttp } from './support/demo';
import { expectNoAxeViolations } from './support/axe';
import { snap } from './support/screens';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const dir = mkdtempSync(join(tmpdir(), 'import-'));
execFileSync('npx', ['tsx', 'e2e/support/import-files.ts', dir], { stdio: 'inherit' });
/** See e2e/support/import-files.ts. */
const goodFile = readFileSync(join(dir, 'good.xlsx'));
const badFile = readFileSync(join(dir, 'bad.xlsx'));

/** "136.057 trên 312.000 tài khoản công dân" on the dashboard. */
const convertedFigure = (page: Page) => page.getByText(/^[\d.]+ trên [\d.]+ tài khoản công dân$/);
async function readFigures(page: Page) {
  const [converted, total] = (await convertedFigure(page).textContent())!
    .match(/[\d.]+/g)!
    .map((n) => Number(n.replace(/\./g, '')));
  return { converted: converted!, total: total! };
}

async function openImports(page: Page) {
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Nhập số liệu' })
    .click();
  await expect(page.getByRole('heading', { name: 'Nhập số liệu', level: 1 })).toBeVisible();
}

async function openDashboard(page: Page) {
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Tiến độ chuyển đổi' })
    .click();
  await expect(convertedFigure(page)).toBeVisible();
}

async function choose(page: Page, name: string, buffer: Buffer, mimeType = XLSX) {
  await page.getByLabel('Chọn tệp để kiểm tra').setInputFiles({ name, mimeType, buffer });
}

const figure = (page: Page, key: string) => page.locator(`[data-figure="${key}"]`);

test.describe('a system admin imports the account lists', () => {
  test('the first import moves the figures, the same file again moves nothing', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    await signIn(page, 'admin.ict');
    await expect(convertedFigure(page)).toBeVisible();
    const before = await readFigures(page);

    await openImports(page);
    // The demo build reads the file in the browser and says so; a production build sends it to
    // the server and says nothing of the kind.
    await expect(page.getByText('tệp được đọc ngay trong trình duyệt này')).toHaveCount(
      isHttp() ? 0 : 1,
    );
    await choose(page, 'ds-20-06-2024.xlsx', goodFile);
    await expect(figure(page, 'rowsRead')).toHaveText('156', { timeout: 30_000 });
    await expect(figure(page, 'new')).toHaveText('6');
    await expect(figure(page, 'changed')).toHaveText('120');
    await expect(figure(page, 'unchanged')).toHaveText('30');
    await expect(figure(page, 'rejected')).toHaveText('0');
    await expect(
      page.getByRole('table', { name: 'Cột trong tệp và thông tin được nhận' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await snap(page, testInfo, 'imports-checked');

    // Nothing is written before the confirmation.
    await openDashboard(page);
    expect(await readFigures(page)).toEqual(before);
    await openImports(page);
    await choose(page, 'ds-20-06-2024.xlsx', goodFile);
    await expect(figure(page, 'changed')).toHaveText('120', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Ghi vào số liệu' }).click();
    await expect(
      page.getByText('Đã ghi số liệu ngày 20/06/2024: 6 tài khoản mới, 120 thay đổi.'),
    ).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Các lần nhập số liệu, mới nhất trước' }).getByRole('row'),
    ).toHaveCount(2);

    await openDashboard(page);
    await expect
      .poll(() => readFigures(page))
      .toEqual({ converted: before.converted + 123, total: before.total + 6 });
    // On the dashboard, and in the meeting report it prints.
    await expect(page.getByText('Số liệu đến ngày 20/06/2024')).toHaveCount(2);

    await openImports(page);
    await choose(page, 'ds-20-06-2024.xlsx', goodFile);
    await expect(figure(page, 'unchanged')).toHaveText('156', { timeout: 30_000 });
    await expect(figure(page, 'changed')).toHaveText('0');
    await expect(figure(page, 'new')).toHaveText('0');
    await page.getByRole('button', { name: 'Ghi vào số liệu' }).click();
    await expect(page.getByText('0 tài khoản mới, 0 thay đổi')).toBeVisible();
    await openDashboard(page);
    await expect
      .poll(() => readFigures(page))
      .toEqual({ converted: before.converted + 123, total: before.total + 6 });
  });

  test('a file with three bad rows is refused, naming them; bad files change nothing', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    await signIn(page, 'admin.ict', { path: '/imports' });
    await choose(page, 'loi.xlsx', badFile);
    await expect(figure(page, 'rejected')).toHaveText('3', { timeout: 30_000 });
    const list = page.getByRole('list', { name: 'Các dòng bị từ chối đầu tiên và lý do' });
    await expect(list.getByRole('listitem')).toHaveText([
      'Tệp loi.xlsx: dòng 4, cột C (Số CCCD / CMND): số CCCD phải có 12 chữ số',
      'Tệp loi.xlsx: dòng 6, cột F (Xã/phường): không có xã, phường, thị trấn này trong tỉnh',
      'Tệp loi.xlsx: dòng 9, cột D (Số điện thoại): số điện thoại không phải số Việt Nam hợp lệ',
    ]);
    await expect(page.getByRole('button', { name: 'Ghi vào số liệu' })).toBeDisabled();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải mọi dòng bị từ chối (.csv)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, testInfo, 'imports-rejected-phone');
    await page.setViewportSize({ width: 1366, height: 800 });

    await choose(page, 'bao-cao.pdf', Buffer.from('%PDF-1.4\u0000\u0001\u0002'), 'application/pdf');
    await expect(
      page.getByText('Tệp bao-cao.pdf không phải bảng tính .xlsx hay .csv.'),
    ).toBeVisible({ timeout: 30_000 });
    await choose(
      page,
      'trong.csv',
      Buffer.from('Số CCCD,Xã/phường,Trạng thái VNeID\r\n'),
      'text/csv',
    );
    await expect(
      page.getByText('Tệp trong.csv chỉ có dòng tiêu đề (dòng 1), không có dòng số liệu nào.'),
    ).toBeVisible({ timeout: 30_000 });
    // Above the limit: refused before it is sent.
    const big = join(dir, 'rat-lon.csv');
    writeFileSync(big, '');
    truncateSync(big, 60 * 1024 * 1024);
    await page.getByLabel('Chọn tệp để kiểm tra').setInputFiles(big);
    await expect(page.getByText(/Tệp rat-lon\.csv nặng 60,0 MB, quá giới hạn 50 MB/)).toBeVisible();
    await expect(page.getByText('Chưa nhập số liệu lần nào.')).toBeVisible();
  });
});
