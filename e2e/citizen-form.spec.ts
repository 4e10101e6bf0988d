import { expect, test } from './support/test';
import { signIn } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { snap } from './support/screens';

// Before 15/06/2024, the desk still creates citizen accounts.
const BEFORE = '2024-06-10';

test('the citizen form says by field what the contract refuses, then creates the account', async ({
  page,
}, testInfo) => {
  await signIn(page, 'officer.vietyen', { path: '/accounts/new?kind=citizen', demoDate: BEFORE });
  const form = page.getByRole('form', { name: 'Tài khoản công dân' });
  await form.getByLabel('Họ và tên').fill('Nguyễn Thị Hoa');
  // 11 digits, and a phone number without its leading 0.
  await form.getByLabel('Số định danh cá nhân (CCCD)').fill('02419000123');
  await form.getByLabel('Số điện thoại').fill('912000111');
  await form.getByRole('button', { name: 'Tạo tài khoản công dân' }).click();
  await expect(form.getByText('Số định danh cá nhân gồm đúng 12 chữ số.')).toBeVisible();
  await expect(form.getByText('Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.')).toBeVisible();
  // The date of birth and the commune.
  await expect(form.getByText('Trường này là bắt buộc.')).toHaveCount(2);
  await expect(form.getByLabel('Số định danh cá nhân (CCCD)')).toBeFocused();
  await expectNoAxeViolations(page);
  await snap(page, testInfo, 'policy-citizen-errors');

  // Nothing typed is lost: fix the fields and send.
  await form.getByLabel('Số định danh cá nhân (CCCD)').fill('024190004321');
  await form.getByLabel('Ngày sinh').fill('1992-11-05');
  await form.getByLabel('Số điện thoại').fill('0912000111');
  await form.getByLabel('Xã, phường, thị trấn').selectOption({ label: 'Xã Thượng Lan' });
  await expect(form.getByLabel('Họ và tên')).toHaveValue('Nguyễn Thị Hoa');
  await form.getByRole('button', { name: 'Tạo tài khoản công dân' }).click();
  await expect(page.getByText(/^Đã tạo tài khoản \S+ cho Nguyễn Thị Hoa\.$/)).toBeVisible();
});
