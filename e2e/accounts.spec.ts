import { readFileSync } from 'node:fs';
import { expect, test } from './support/test';
import { signIn } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { snap } from './support/screens';

test.describe('an officer works through unconverted accounts', () => {
  test('officer.vietyen searches without marks, filters by reason, records a visit, sees it in the history', async ({
    page,
  }, testInfo) => {
    await signIn(page, 'officer.vietyen', { path: '/accounts' });
    await page.getByLabel('Tìm theo tên, số định danh hoặc số điện thoại').fill('nguyen van an');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/q=nguyen\+van\+an/);
    const table = page.getByRole('region', { name: /tài khoản$/ });
    await expect(table.getByRole('link', { name: /^Nguyễn Văn An/ }).first()).toBeVisible();
    // The rows are plain cells with shared CSS: the tick box column stays narrow, rows stay short.
    const tick = await table.getByRole('row').nth(1).getByRole('cell').first().boundingBox();
    expect(tick?.width).toBeLessThan(100);
    expect(tick?.height).toBeLessThan(120);
    await expectNoAxeViolations(page);
    await snap(page, testInfo, 'accounts-search');

    await page
      .getByLabel('Lý do chưa chuyển đổi')
      .selectOption({ label: 'Đã xác thực, chưa liên kết VNeID' });
    await expect(page).toHaveURL(/reason=verified_not_linked/);
    // Until the filtered rows have come, the table still shows the previous ones, and says so.
    await expect(table.and(page.locator('[aria-busy]'))).toHaveAttribute('aria-busy', 'false');
    await expect(table.getByText('Chưa chuyển đổi').first()).toBeVisible();

    await table
      .getByRole('link', { name: /^Nguyễn Văn An/ })
      .first()
      .click();
    await expect(page).toHaveURL(/reason=verified_not_linked&open=TK\d{7}$/);
    const panel = page.getByRole('dialog');
    await expect(panel.getByRole('heading', { name: 'Lịch sử' })).toBeVisible();
    await panel.getByRole('link', { name: 'Mở thành trang riêng' }).click();
    await expect(page).toHaveURL(/\/accounts\/TK\d{7}$/);
    await expect(page.getByRole('heading', { name: 'Lịch sử' })).toBeVisible();
    await expectNoAxeViolations(page);
    await snap(page, testInfo, 'account-detail');

    await page.getByRole('radio', { name: 'Công dân sẽ quay lại sau' }).check();
    await page.getByLabel('Ghi chú (không bắt buộc)').fill('Hướng dẫn đăng nhập VNeID tại quầy');
    await page.getByRole('button', { name: 'Ghi nhận kết quả' }).click();
    await expect(page.getByText('Đã ghi nhận kết quả vào lịch sử tài khoản.')).toBeVisible();
    await expect(
      page.getByText(
        /Công dân đến quầy: Công dân sẽ quay lại sau \(người thực hiện: officer.vietyen\)/,
      ),
    ).toBeVisible();
  });

  test('the side panel opens from the list with the keyboard, Back and Escape close it, the list stays', async ({
    page,
  }, testInfo) => {
    await signIn(page, 'officer.vietyen', { path: '/accounts?reason=verified_not_linked&page=2' });
    const table = page.getByRole('region', { name: /tài khoản$/ });
    const rows = table
      .getByRole('row')
      .filter({ has: page.getByRole('checkbox') })
      .filter({
        hasNot: page.getByRole('columnheader'),
      });
    await expect(rows.first()).toBeVisible();
    await rows.nth(2).getByRole('checkbox').check();

    // Tab from the select-page checkbox reaches the current row; the arrow keys move between rows.
    await table.getByRole('checkbox', { name: 'Chọn cả trang' }).focus();
    await page.keyboard.press('Tab');
    await expect(rows.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(1)).toBeFocused();
    const id = /TK\d{7}/.exec((await rows.nth(1).textContent()) ?? '')![0];
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(new RegExp(`[?&]open=${id}$`));
    await expect(page).toHaveURL(/reason=verified_not_linked&page=2/);
    const panel = page.getByRole('dialog', { name: new RegExp(id) });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { level: 2, name: new RegExp(id) })).toBeFocused();
    for (const section of ['Thông tin định danh', 'Trạng thái VNeID', 'Xử lý', 'Lịch sử'])
      await expect(panel.getByRole('heading', { level: 3, name: section })).toBeVisible();
    await expectNoAxeViolations(page);
    await snap(page, testInfo, 'accounts-panel');

    // Escape closes it and gives focus back to the row.
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(page).not.toHaveURL(/open=/);
    await expect(rows.nth(1)).toBeFocused();

    // Back closes it too; the page, filters and selection are as they were.
    await page.keyboard.press('Enter');
    await expect(panel).toBeVisible();
    await page.goBack();
    await expect(panel).toBeHidden();
    await expect(page).toHaveURL(/\/accounts\?reason=verified_not_linked&page=2$/);
    await expect(rows.nth(2).getByRole('checkbox')).toBeChecked();

    // The panel's URL is a bookmark: opened directly, its close button leaves the list.
    await page.goto(`/accounts?reason=verified_not_linked&open=${id}`);
    await expect(panel).toBeVisible();
    await panel.getByRole('button', { name: 'Đóng khung chi tiết' }).click();
    await expect(panel).toBeHidden();
    await expect(page).toHaveURL(/\/accounts\?reason=verified_not_linked$/);
  });

  test('an officer asks the police to check a mismatched number', async ({ page }) => {
    await signIn(page, 'officer.vietyen', { path: '/accounts?reason=id_mismatch' });
    await page
      .getByRole('region', { name: /tài khoản$/ })
      .getByRole('link')
      .first()
      .click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await expect(page.getByText('Trường này là bắt buộc.')).toBeVisible();
    await page.getByLabel(/Thông tin nghi sai lệch/).fill('Năm sinh trên tài khoản khác CCCD');
    await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await expect(page.getByText('Đã gửi đề nghị kiểm tra.')).toBeVisible();
    await expect(
      page.getByText(/Đề nghị công an kiểm tra thông tin \(người thực hiện: officer.vietyen\)/),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a system admin closes an account and reopens it', async ({ page }) => {
    await signIn(page, 'admin.ict', { path: '/accounts/TK0000003' });
    await page.getByLabel('Lý do đóng').click();
    await page.getByRole('option', { name: 'Không còn sử dụng' }).click();
    await page.getByRole('button', { name: 'Đóng tài khoản' }).click();
    const confirm = page.getByRole('dialog', { name: 'Đóng tài khoản TK0000003' });
    await expect(confirm.getByRole('button', { name: 'Hủy' })).toBeFocused();
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Đóng tài khoản' }).click();
    await expect(
      page.getByText('Tài khoản đã đóng. Có thể mở lại trong vòng 30 ngày kể từ ngày đóng.'),
    ).toBeVisible();
    await expect(page.getByText(/Đóng tài khoản \(người thực hiện: admin.ict\)/)).toBeVisible();
    await page.getByRole('button', { name: 'Mở lại tài khoản' }).click();
    await expect(page.getByText(/Mở lại tài khoản \(người thực hiện: admin.ict\)/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an officer reminds a selection, then everyone matching the filters', async ({
    page,
  }, testInfo) => {
    await signIn(page, 'officer.vietyen', {
      path: '/accounts?commune=07759&reason=verified_not_linked',
    });
    const table = page.getByRole('region', { name: /tài khoản$/ });
    await table
      .getByRole('checkbox', { name: /^Chọn .* TK\d{7}$/ })
      .first()
      .check();
    await page.getByRole('button', { name: 'Gửi cho 1 tài khoản đã chọn' }).click();
    // The confirmation names the count and shows the text that goes out for each reason.
    const confirm = page.getByRole('dialog', { name: 'Gửi nhắc nhở cho 1 tài khoản' });
    await expect(
      confirm
        .getByRole('definition')
        .filter({ hasText: /“Đăng nhập bằng VNeID” để liên kết tài khoản cũ/ }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await snap(page, testInfo, 'accounts-bulk-confirm');
    await confirm.getByRole('button', { name: 'Gửi cho 1 tài khoản' }).click();
    await expect(page.getByText(/Đã gửi 1; không gửi 0/)).toBeVisible();
    await page.getByRole('button', { name: /Gửi cho tất cả .* tài khoản khớp bộ lọc/ }).click();
    await page
      .getByRole('dialog', { name: /^Gửi nhắc nhở cho [\d.]+ tài khoản$/ })
      .getByRole('button', { name: /^Gửi cho [\d.]+ tài khoản$/ })
      .click();
    await expect(page.getByText(/không gửi 1 \(đã nhắc trong 7 ngày/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a province-wide reminder runs as a job: its progress shows until it is done', async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    await signIn(page, 'officer.center', { path: '/accounts?status=unconverted' });
    await page.getByRole('button', { name: /Gửi cho tất cả .* tài khoản khớp bộ lọc/ }).click();
    await page
      .getByRole('dialog', { name: /^Gửi nhắc nhở cho [\d.]+ tài khoản$/ })
      .getByRole('button', { name: /^Gửi cho [\d.]+ tài khoản$/ })
      .click();
    // The job's progress: accounts handled of those matched, as words and as a bar; no second
    // job meanwhile.
    const progress = page.getByRole('progressbar', { name: /^Đang gửi nhắc nhở: đã xử lý/ });
    await expect(progress).toBeVisible();
    expect(Number(await progress.getAttribute('aria-valuenow'))).toBeLessThan(100);
    await expect(page.getByRole('button', { name: /Gửi cho tất cả/ })).toBeDisabled();
    await expect(
      page.getByText(/^Đang gửi nhắc nhở: đã xử lý [\d.]+\/[\d.]+ tài khoản$/),
    ).toBeVisible();
    await snap(page, testInfo, 'accounts-bulk-progress');
    // Then what was sent and refused, and the buttons again.
    await expect(page.getByText(/^Đã gửi [\d.]+; không gửi [\d.]+/)).toBeVisible({
      timeout: 150_000,
    });
    await expect(progress).toBeHidden();
    await expect(page.getByRole('button', { name: /Gửi cho tất cả/ })).toBeEnabled();
    await expectNoAxeViolations(page);
  });

  test('bad URL parameters are ignored with a notice', async ({ page }) => {
    await signIn(page, 'head.ict', { path: '/accounts?status=lost&pageSize=7&kind=citizen' });
    await expect(page.getByText(/không hợp lệ nên đã được bỏ qua: status, pageSize/)).toBeVisible();
    await expect(page.getByRole('heading', { name: /tài khoản$/ })).toBeVisible();
  });

  test('a user saves the current filters and reopens them after a reload', async ({
    page,
  }, testInfo) => {
    await signIn(page, 'officer.vietyen', { path: '/accounts?reason=cmnd_only&kind=citizen' });
    await page.getByRole('textbox', { name: 'Tên bộ lọc' }).fill('Chỉ có CMND');
    await page.getByRole('button', { name: 'Lưu bộ lọc' }).click();
    const view = page.getByRole('link', { name: /^Chỉ có CMND/ });
    await expect(view).toBeVisible();
    await expectNoAxeViolations(page);
    await snap(page, testInfo, 'accounts-saved-view');
    await page.goto('/accounts');
    await page.getByRole('link', { name: /^Chỉ có CMND/ }).click();
    await expect(page).toHaveURL(/\/accounts\?reason=cmnd_only&kind=citizen$/);
    await expect(page.getByLabel('Lý do chưa chuyển đổi')).toHaveValue('cmnd_only');
    await expect(page.getByLabel('Lý do chưa chuyển đổi').locator('option:checked')).toHaveText(
      'Chỉ có CMND 9 số',
    );
  });

  test('the filtered set downloads as CSV with a BOM, numbers masked', async ({ page }) => {
    await signIn(page, 'head.luc-ngan', { path: '/accounts?reason=no_id' });
    await expect(page.getByRole('heading', { name: /tài khoản$/ })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải CSV' }).click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Huyện Lục Ngạn');
    expect(text).not.toContain('Thị xã Việt Yên');
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
  });

  test('the list can be paged with the keyboard alone', async ({ page }) => {
    await signIn(page, 'officer.vietyen', { path: '/accounts' });
    const next = page.getByRole('button', { name: 'Trang sau' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/page=2/);
  });

  test('a system admin reveals a number and finds the reveal in the audit log', async ({
    page,
  }, testInfo) => {
    await signIn(page, 'admin.ict', { path: '/accounts/TK0000001' });
    await page.getByRole('button', { name: 'Hiện số đầy đủ' }).click();
    await expect(page.getByText(/^\d{12}$/)).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Nhật ký thao tác' })
      .click();
    await expect(page.getByRole('cell', { name: 'Xem số định danh đầy đủ' }).first()).toBeVisible();
    await expect(page.getByRole('cell', { name: 'TK0000001' }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await snap(page, testInfo, 'audit');
  });

  test('a system admin exports the filtered audit log as CSV and XLSX', async ({ page }) => {
    await signIn(page, 'admin.ict', { path: '/accounts/TK0000001' });
    await page.getByRole('button', { name: 'Hiện số đầy đủ' }).click();
    await expect(page.getByText(/^\d{12}$/)).toBeVisible();
    await page.goto('/audit?action=account.reveal&username=admin.ict');
    await expect(page.getByRole('cell', { name: 'TK0000001' }).first()).toBeVisible();

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^nhat-ky-2024-06-20\.csv$/);
    const bytes = readFileSync(await csv.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'Thời gian,Người thực hiện,Vai trò,Mã đơn vị,Đơn vị,Mã thao tác,Thao tác,Đối tượng,Kết quả,Chi tiết',
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(
      lines.slice(1).every((l) => l.includes(',admin.ict,') && l.includes(',account.reveal,')),
    ).toBe(true);

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải Excel' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(
      readFileSync(await xlsx.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    await expectNoAxeViolations(page);
  });
});

test('on a phone the filters beyond the search are folded, and open with the keyboard', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'head.ict', { path: '/accounts?kind=citizen' });
  const table = page.getByRole('region', { name: /tài khoản$/ });
  // The list comes first: rows, but no fields beyond the search yet.
  await expect(table.locator('tbody').getByRole('link').first()).toBeVisible();
  await expect(page.getByLabel('Lý do chưa chuyển đổi')).toHaveCount(0);
  const more = page.getByRole('button', { name: 'Bộ lọc khác (1 đang áp dụng)' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await snap(page, testInfo, 'accounts-phone-folded');

  await more.focus();
  await page.keyboard.press('Enter');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByLabel('Loại tài khoản')).toHaveValue('citizen');
  // The browser's own select: the arrow keys move through its options, as in any form.
  const reason = page.getByLabel('Lý do chưa chuyển đổi');
  const steps = await reason
    .locator('option')
    .evaluateAll((os) => os.findIndex((o) => o.textContent === 'Đã xác thực, chưa liên kết VNeID'));
  expect(steps).toBeGreaterThan(0);
  await reason.focus();
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/reason=verified_not_linked/);
  await expect(page.getByRole('button', { name: 'Bộ lọc khác (2 đang áp dụng)' })).toBeVisible();
  await expectNoAxeViolations(page);
});
