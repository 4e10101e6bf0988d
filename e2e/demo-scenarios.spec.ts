import { expect, test, type Page } from './support/test';
import { signIn } from './support/auth';
import { isHttp, setDemoState, type Scenario } from './support/demo';

/**
 * The demo cannot be broken from the address bar: a scenario link changes only the scenario, and
 * under every scenario the demo panel stays in reach, so that the demo can be put right again.
 */

const scenarioLabels: Record<Scenario, string> = {
  normal: 'Bình thường',
  slow: 'Mạng chậm',
  flaky: 'Lỗi máy chủ ngẫu nhiên',
  offline: 'Mất kết nối',
  'expired-session': 'Phiên đăng nhập hết hạn',
};

/** Open the demo panel from the header, choose "normal" and apply. */
async function backToNormal(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Hôm nay:/i }).click();
  const dialog = page.getByRole('dialog', { name: 'Bảng điều khiển trình diễn' });
  await dialog.getByRole('radio', { name: scenarioLabels.normal }).check();
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  // Where the session could not be checked, the page comes back as soon as it can be (before the
  // panel has said anything), and the panel goes with the screen it was opened from; elsewhere the
  // panel says what it applied.
  const applied = dialog.getByText(/Đã cập nhật: ngày 10\/06\/2024, tình huống “Bình thường”/);
  await expect(applied.or(page.getByRole('heading', { level: 1 })).first()).toBeVisible();
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Đóng' }).click();
}

test('a scenario link keeps the demo date, and the app keeps working', async ({ page }) => {
  await signIn(page, 'head.ict', { demoDate: '2024-06-10' });
  await expect(
    page.getByText('Số liệu đến ngày 10/06/2024').filter({ visible: true }),
  ).toBeVisible();
  if (isHttp()) {
    // The production build has no demo panel and reads no demo parameters: the API server's
    // demo state is changed directly, a scenario alone.
    await setDemoState(page, { scenario: 'slow' });
    await page.goto('/accounts');
  } else {
    await page.goto('/accounts?scenario=slow');
    await expect(page.getByRole('button', { name: 'Hôm nay: 10/06/2024' })).toBeVisible({
      timeout: 20_000,
    });
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('alert').filter({ hasText: /máy chủ/i })).toHaveCount(0);
  if (isHttp()) {
    await setDemoState(page, { scenario: 'normal' });
    await page.goto('/');
  } else {
    await page.goto('/?scenario=normal');
    await expect(page.getByRole('button', { name: 'Hôm nay: 10/06/2024' })).toBeVisible({
      timeout: 20_000,
    });
    // The parameters are read once and taken out of the address.
    await expect(page).toHaveURL(/\/$/);
  }
  await expect(
    page.getByText('Số liệu đến ngày 10/06/2024').filter({ visible: true }),
  ).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: /máy chủ/i })).toHaveCount(0);
});

for (const scenario of Object.keys(scenarioLabels) as Scenario[]) {
  for (const width of [1366, 390]) {
    test(`under "${scenario}" at ${width}px the demo panel stays in reach, even after a reload`, async ({
      page,
    }) => {
      test.skip(isHttp(), 'the demo panel is in the demo build only');
      await page.setViewportSize({ width, height: width > 600 ? 800 : 844 });
      await signIn(page, 'admin.ict', { demoDate: '2024-06-10' });
      await page.goto(`/notices?scenario=${scenario}`);
      // The page has kept the scenario (the backend's worker hands it to the page's storage) before
      // the reload.
      await expect(page.getByRole('button', { name: 'Hôm nay: 10/06/2024' })).toBeVisible({
        timeout: 20_000,
      });
      await expect
        .poll(() => page.evaluate(() => localStorage.getItem('vneid-demo:demo-state')))
        .toContain(scenario);
      await page.reload();
      // Whatever the scenario did to the page, the header and its demo clock are there.
      await expect(page.getByRole('button', { name: 'Hôm nay: 10/06/2024' })).toBeVisible({
        timeout: 20_000,
      });
      if (scenario === 'offline') {
        // One message for the whole page, not one per request.
        await expect(
          page.getByText('Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.'),
        ).toHaveCount(1);
      }
      await backToNormal(page);
      if (scenario === 'expired-session') {
        await expect(page).toHaveURL(/\/login/);
        await page.getByLabel(/^Tên đăng nhập/).fill('admin.ict');
        await page.getByLabel(/^Mật khẩu/).fill('demo');
        await page.getByRole('button', { name: 'Đăng nhập' }).click();
      }
      // Applying asks again for everything, the session included: the page comes back.
      await expect(page).toHaveURL(/\/notices$/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: /máy chủ/i })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Hôm nay: 10/06/2024' })).toBeVisible({
        timeout: 20_000,
      });
    });
  }
}
