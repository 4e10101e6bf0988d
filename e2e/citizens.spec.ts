import { mkdirSync } from 'node:fs';
import { expect, test } from './support/test';
import { signIn } from './support/auth';
import { apiBase } from './support/demo';

/** What citizens are given: the printed handout, and the public notice its QR code leads to. */

test('the printed handout is written to the citizen, with VNeID steps, level 2, the hotline and a QR code', async ({
  page,
}, testInfo) => {
  await signIn(page, 'officer.vietyen', { path: '/guide' });
  await expect(page.getByRole('heading', { level: 1, name: 'Hướng dẫn tại quầy' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const handout = page.getByRole('region', {
    name: 'Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID',
  });
  await expect(handout).toBeVisible();
  const text = await handout.innerText();
  expect(text).toMatch(/Ông\/Bà/);
  expect(text).toMatch(/mức 2/);
  expect(text).toContain('Hỗ trợ VNeID: tổng đài 1900.0368 của Bộ Công an');
  // Nothing written to the officer.
  expect(text).not.toMatch(/công dân quay lại|Hỏi công dân|Hướng dẫn công dân/);
  // The desk's checklist and account search are not printed.
  await expect(page.getByRole('heading', { name: 'Các bước thực hiện' })).toBeHidden();
  const qr = handout.getByRole('img', {
    name: 'Quét mã để đọc thông báo của Sở Tư pháp về việc dùng tài khoản VNeID',
  });
  await expect(qr).toBeVisible();
  expect((await qr.locator('path').getAttribute('d'))?.length).toBeGreaterThan(500);
  await expect(handout).toContainText('/public/notices/TB0002');
  mkdirSync('test-results/screens', { recursive: true });
  const name = `test-results/screens/handout${testInfo.project.name === 'http' ? '-http' : ''}`;
  await page.pdf({ path: `${name}.pdf`, format: 'A4', preferCSSPageSize: true });
  await page.screenshot({ path: `${name}.png`, fullPage: true });
});

test('the public notice the QR code leads to carries the VNeID hotline', async ({ page }) => {
  await page.goto('/public/notices/TB0002');
  await expect(
    page.getByText(
      'Ông/Bà cần hỗ trợ về tài khoản VNeID? Vui lòng gọi tổng đài hỗ trợ VNeID 1900.0368 của Bộ Công an.',
    ),
  ).toBeVisible();
  await expect(page.locator('#notice-print')).toContainText('1900.0368');
});

test('a reminder tells the citizen the one thing to do for the reason the account is stuck', async ({
  page,
}) => {
  await signIn(page, 'officer.vietyen', { path: '/accounts' });
  const find = (reason: string) =>
    page.evaluate(
      async ({ api, reason }) => {
        const res = await fetch(`${api}/accounts?reason=${reason}&pageSize=10`, {
          credentials: 'include',
        });
        const body = (await res.json()) as { items: { id: string }[] };
        return body.items[0]?.id;
      },
      { api: apiBase(), reason },
    );
  const mismatch = await find('id_mismatch');
  const verified = await find('verified_not_linked');
  expect(mismatch && verified).toBeTruthy();

  await page.goto(`/accounts/${mismatch}`);
  const preview = page.getByRole('blockquote');
  await expect(preview).toContainText('đến công an cấp xã nơi cư trú để cập nhật thông tin', {
    timeout: 20_000,
  });
  await expect(preview).not.toContainText('Đăng nhập bằng VNeID');
  await page.goto(`/accounts/${verified}`);
  await expect(page.getByRole('blockquote')).toContainText('“Đăng nhập bằng VNeID”', {
    timeout: 20_000,
  });
});
