import { expect, test, type Page } from './support/test';
import { signIn } from './support/auth';
import { apiBase, setDemoState } from './support/demo';
import { expectNoAxeViolations } from './support/axe';
import { snap } from './support/screens';

const AFTER = '2024-06-20';

async function citizens(page: Page): Promise<{ convertedToday: number; reported: number }> {
  return page.evaluate(async (api) => {
    const res = await fetch(`${api}/stats/summary`, { credentials: 'include' });
    const body = (await res.json()) as { citizens: { convertedToday: number; reported: number } };
    return body.citizens;
  }, apiBase());
}

test('an officer follows the guide with a citizen, reports "linked", and it waits for VNeID', async ({
  page,
}, testInfo) => {
  // A long walk: the guide, a search, the outcome with its confirmation, the account, the figures.
  test.slow();
  await signIn(page, 'officer.vietyen', { path: '/guide', demoDate: AFTER });
  await expect(page.getByRole('heading', { level: 1, name: 'Hướng dẫn tại quầy' })).toBeVisible();
  for (const step of [
    'Kiểm tra tài khoản VNeID của công dân',
    'Liên kết tài khoản cũ trên Cổng Dịch vụ công',
    'Khi gặp vướng mắc',
  ]) {
    await expect(page.getByRole('heading', { name: new RegExp(step) })).toBeVisible();
  }
  await expect(page.getByText('Tổng đài hỗ trợ VNeID của Bộ Công an: 1900.0368.')).toBeVisible();
  const before = await citizens(page);

  await page.getByLabel('Tìm theo tên, số định danh hoặc số điện thoại').fill('nguyen van an');
  await page.getByRole('main').getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page.getByText(/^Tìm thấy \d+ tài khoản$/)).toBeVisible();
  await expectNoAxeViolations(page);
  await snap(page, testInfo, 'guide-search');

  const unconverted = page.getByRole('listitem').filter({ hasText: 'Chưa chuyển đổi' }).first();
  const choose = unconverted.getByRole('button', { name: /^Chọn Nguyễn Văn An \(TK\d{7}\)$/ });
  const label = (await choose.getAttribute('aria-label')) ?? '';
  const id = /TK\d{7}/.exec(label)![0];
  await choose.click();
  await expect(page).toHaveURL(new RegExp(`account=${id}`));
  await expect(page.getByRole('heading', { name: `Nguyễn Văn An · ${id}` })).toBeVisible();

  // The steps are ticked off with the keyboard while the account stays open.
  await page.getByRole('checkbox', { name: 'Đã xong bước 1' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('Đã xong 1/5 bước')).toBeVisible();

  await page.getByRole('radio', { name: 'Công dân đã liên kết VNeID tại quầy' }).check();
  await page.getByLabel('Ghi chú (không bắt buộc)').fill('Quét mã QR, cập nhật từ CSDL dân cư');
  await page.getByRole('button', { name: 'Ghi nhận kết quả' }).click();
  await page
    .getByRole('dialog', { name: 'Xác nhận công dân đã liên kết VNeID' })
    .getByRole('button', { name: 'Xác nhận Nguyễn Văn An đã liên kết' })
    .click();
  await expect(
    page.getByText('Đã ghi nhận: tài khoản chờ đối soát với dữ liệu VNeID.'),
  ).toBeVisible();
  await expect(page.getByText('Báo tại quầy, chờ đối soát').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await snap(page, testInfo, 'guide-recorded');

  // In the account's history…
  await page.getByRole('link', { name: 'Mở trang tài khoản' }).click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${id}$`));
  await expect(
    page.getByText(
      /Công dân đến quầy: Công dân đã liên kết VNeID tại quầy \(người thực hiện: officer.vietyen\)/,
    ),
  ).toBeVisible();
  await expect(page.getByText('Quét mã QR, cập nhật từ CSDL dân cư')).toBeVisible();

  // …and in the progress figures: apart, not as converted.
  expect(await citizens(page)).toMatchObject({
    convertedToday: before.convertedToday,
    reported: before.reported + 1,
  });
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Tiến độ chuyển đổi' })
    .click();
  await expect(
    page.getByRole('link', {
      name: `Ngoài ra, ${before.reported + 1} tài khoản báo đã liên kết tại quầy, đang chờ đối soát`,
    }),
  ).toBeVisible();
});

test('the guide prints as a one-page handout without the desk parts', async ({ page }) => {
  await signIn(page, 'officer.vietyen', { path: '/guide?q=nguyen', demoDate: AFTER });
  await expect(page.getByRole('heading', { name: 'Tài khoản của công dân' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(
    page.getByRole('region', {
      name: 'Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID',
    }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tài khoản của công dân' })).toBeHidden();
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'In tờ hướng dẫn cho công dân' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});

test('organisation accounts are still created after the switch, with field errors', async ({
  page,
}, testInfo) => {
  await signIn(page, 'officer.vietyen', { path: '/accounts/new', demoDate: AFTER });
  const form = page.getByRole('form', { name: 'Tài khoản tổ chức, doanh nghiệp' });
  await form.getByLabel('Mã số thuế').fill('24001');
  await form.getByLabel('Tên tổ chức, doanh nghiệp').fill('Hợp tác xã Vải thiều Việt Yên');
  await form.getByLabel('Địa chỉ trụ sở').fill('Thôn Đông, xã Thượng Lan');
  await form.getByLabel('Xã, phường, thị trấn').selectOption({ label: 'Xã Thượng Lan' });
  await form.getByLabel('Họ và tên người đại diện').fill('Thân Thị Mai');
  await form.getByLabel('Số định danh cá nhân (CCCD) của người đại diện').fill('0241900012');
  await form.getByLabel('Số điện thoại người đại diện').fill('0912345678');
  await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(page.getByText('Mã số thuế gồm 10 chữ số, hoặc 10 chữ số-3 chữ số.')).toBeVisible();
  await expect(page.getByText('Số định danh cá nhân gồm đúng 12 chữ số.')).toBeVisible();
  await expect(form.getByLabel('Mã số thuế')).toBeFocused();
  await expectNoAxeViolations(page);
  await snap(page, testInfo, 'policy-org-errors');

  // Nothing typed is lost: fix two fields and send.
  await form.getByLabel('Mã số thuế').fill('2400777888-001');
  await form.getByLabel('Số định danh cá nhân (CCCD) của người đại diện').fill('024190001234');
  await expect(form.getByLabel('Tên tổ chức, doanh nghiệp')).toHaveValue(
    'Hợp tác xã Vải thiều Việt Yên',
  );
  await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(
    page.getByText(/^Đã tạo tài khoản DN\d{7} cho Hợp tác xã Vải thiều Việt Yên\.$/),
  ).toBeVisible();
  await expect(
    page.getByText(/Mã số thuế 2400777888-001 · người tạo officer.vietyen · ngày 20\/06\/2024/),
  ).toBeVisible();
});

test('a draft survives a reload and is cleared on request', async ({ page }) => {
  await signIn(page, 'admin.ict', { path: '/accounts/new', demoDate: AFTER });
  await page.getByLabel('Tên tổ chức, doanh nghiệp').fill('Công ty Cổ phần May Bắc Giang');
  await page.reload();
  await expect(page.getByText('Đã khôi phục thông tin bạn nhập dở lần trước.')).toBeVisible();
  await expect(page.getByLabel('Tên tổ chức, doanh nghiệp')).toHaveValue(
    'Công ty Cổ phần May Bắc Giang',
  );
  await page.getByRole('button', { name: 'Xóa thông tin đã nhập' }).click();
  await expect(page.getByLabel('Tên tổ chức, doanh nghiệp')).toHaveValue('');
});

test('nothing typed is lost when the session expires on sending', async ({ page }) => {
  await signIn(page, 'officer.vietyen', { path: '/accounts/new', demoDate: AFTER });
  await page.getByLabel('Tên tổ chức, doanh nghiệp').fill('Công ty TNHH Gốm Thổ Hà');
  await page.getByLabel('Mã số thuế').fill('2400111222');
  await page.getByLabel('Địa chỉ trụ sở').fill('Thôn Thổ Hà, xã Vân Hà');
  await page.getByLabel('Xã, phường, thị trấn').selectOption({ label: 'Xã Vân Hà' });
  await page.getByLabel('Họ và tên người đại diện').fill('Nguyễn Văn Gốm');
  await page.getByLabel('Số định danh cá nhân (CCCD) của người đại diện').fill('024080004321');
  await page.getByLabel('Số điện thoại người đại diện').fill('0988777666');
  // Requests the page makes on its own (lazy parts, prefetches) finish first: one of them meeting
  // the expired session would send the user to sign-in before the click this test is about.
  await page.waitForLoadState('networkidle');
  // The demo's "expired session" scenario ends every session on the server.
  await setDemoState(page, { scenario: 'expired-session' });
  await page.getByRole('button', { name: 'Tạo tài khoản', exact: true }).click();
  await expect(page).toHaveURL(/\/login\?next=%2Faccounts%2Fnew/);
  await page.getByLabel(/^Tên đăng nhập/).fill('officer.vietyen');
  await page.getByLabel(/^Mật khẩu/).fill('demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/accounts\/new$/);
  await expect(page.getByText('Đã khôi phục thông tin bạn nhập dở lần trước.')).toBeVisible();
  await expect(page.getByLabel('Tên tổ chức, doanh nghiệp')).toHaveValue('Công ty TNHH Gốm Thổ Hà');
  await expect(page.getByLabel('Mã số thuế')).toHaveValue('2400111222');
  await expect(page.getByLabel('Xã, phường, thị trấn')).toHaveValue('07804');
});
