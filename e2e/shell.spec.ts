import { expect, test } from './support/test';
import { signIn, type DemoUsername } from './support/auth';
import { apiBase, isHttp, setDemoState } from './support/demo';
import { expectNoAxeViolations } from './support/axe';
import { snap } from './support/screens';

const navFor: Record<DemoUsername, string[]> = {
  'officer.center': [
    'Tiến độ chuyển đổi',
    'Tài khoản cần xử lý',
    'Hướng dẫn tại quầy',
    'Tạo tài khoản tổ chức',
    'Thông báo hướng dẫn',
  ],
  'officer.vietyen': [
    'Tiến độ chuyển đổi',
    'Tài khoản cần xử lý',
    'Hướng dẫn tại quầy',
    'Tạo tài khoản tổ chức',
    'Thông báo hướng dẫn',
  ],
  'head.ict': [
    'Tiến độ chuyển đổi',
    'Tài khoản cần xử lý',
    'Hướng dẫn tại quầy',
    'Thông báo hướng dẫn',
  ],
  'head.luc-ngan': [
    'Tiến độ chuyển đổi',
    'Tài khoản cần xử lý',
    'Hướng dẫn tại quầy',
    'Thông báo hướng dẫn',
  ],
  'admin.justice': ['Tiến độ chuyển đổi', 'Thông báo hướng dẫn'],
  'admin.ict': [
    'Tiến độ chuyển đổi',
    'Tài khoản cần xử lý',
    'Hướng dẫn tại quầy',
    'Tạo tài khoản tổ chức',
    'Thông báo hướng dẫn',
    'Nhật ký thao tác',
    'Nhập số liệu',
  ],
};

test.describe('signing in and finding one’s way', () => {
  for (const [username, items] of Object.entries(navFor) as [DemoUsername, string[]][]) {
    test(`${username} signs in and sees the navigation of their role`, async ({ page }) => {
      await signIn(page, username);
      const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
      await expect(nav.getByRole('link')).toHaveText(items);
      // The demo marker is on every page of the demo build, and nowhere in a production build.
      if (isHttp()) await expect(page.getByText('DỮ LIỆU MẪU')).toHaveCount(0);
      else await expect(page.getByText('DỮ LIỆU MẪU')).toBeVisible();
    });
  }

  test('the sign-in page lists the demo users (demo build only), passes axe, and refuses a wrong password, which the audit log names', async ({
    page,
  }, testInfo) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Người dùng mẫu' })).toHaveCount(
      isHttp() ? 0 : 1,
    );
    await expectNoAxeViolations(page);
    await snap(page, testInfo, 'login');
    await page.getByLabel(/^Tên đăng nhập/).fill('admin.ict');
    await page.getByLabel(/^Mật khẩu/).fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeVisible();

    // The failure is in the audit log, named, where the system admin can filter for it.
    await page.getByLabel(/^Mật khẩu/).fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    // Signed in once the sign-in page has gone (its own heading is a level-1 heading too).
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto('/audit');
    await page
      .getByRole('combobox', { name: 'Thao tác' })
      .selectOption({ label: 'Đăng nhập không thành công' });
    await expect(page).toHaveURL(/action=auth\.sign-in\.failed/);
    const row = page.getByRole('row').filter({ hasText: 'admin.ict' }).first();
    await expect(row).toContainText('Đăng nhập không thành công');
    await expect(row).toContainText('Bị từ chối');
  });

  test('a demo user can be picked and signed in with the keyboard alone', async ({ page }) => {
    test.skip(isHttp(), 'the list of demo users is in the demo build only');
    await page.goto('/login');
    await page.getByRole('button', { name: 'Dùng head.ict' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('an officer is refused the audit log by the page and by the server', async ({ page }) => {
    await signIn(page, 'officer.vietyen', { path: '/audit' });
    await expect(
      page.getByRole('heading', { name: 'Bạn không có quyền xem trang này' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    // Hidden buttons are not the guard: the (mock) server refuses the call itself.
    const status = await page.evaluate(
      async (api) => (await fetch(`${api}/audit`, { credentials: 'include' })).status,
      apiBase(),
    );
    expect(status).toBe(403);
  });

  test('the language switches to English and stays after a reload', async ({ page }) => {
    await signIn(page, 'head.ict');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    if (!isHttp()) await expect(page.getByText('DEMO DATA')).toBeVisible();
  });

  test('the demo clock moves from the demo panel and from the URL', async ({ page }) => {
    test.skip(isHttp(), 'the demo panel is in the demo build only');
    await signIn(page, 'admin.ict', { demoDate: '2024-06-10' });
    const clock = page.getByRole('button', { name: /Hôm nay: 10\/06\/2024/i });
    await expect(clock).toBeVisible();
    await clock.click();
    const dialog = page.getByRole('dialog', { name: 'Bảng điều khiển trình diễn' });
    await dialog.getByRole('button', { name: '05/07/2024' }).click();
    await dialog.getByRole('button', { name: 'Áp dụng' }).click();
    await expect(dialog.getByText(/Đã cập nhật: ngày 05\/07\/2024/)).toBeVisible();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    await expect(page.getByRole('button', { name: /Hôm nay: 05\/07\/2024/i })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: /Hôm nay: 05\/07\/2024/i })).toBeVisible();
  });

  test('"Reset demo data" brings back the seeded state', async ({ page }) => {
    test.skip(isHttp(), 'the demo panel is in the demo build only');
    await signIn(page, 'head.ict', { demoDate: '2024-07-05' });
    await page.getByRole('button', { name: /Hôm nay: 05\/07\/2024/i }).click();
    const dialog = page.getByRole('dialog', { name: 'Bảng điều khiển trình diễn' });
    await dialog.getByRole('button', { name: 'Khôi phục dữ liệu mẫu' }).click();
    // Asked first, with Cancel in focus: Enter alone does not wipe the demo.
    const ask = page.getByRole('dialog', { name: 'Khôi phục dữ liệu mẫu?' });
    await expect(ask.getByRole('button', { name: 'Hủy' })).toBeFocused();
    await ask.getByRole('button', { name: 'Khôi phục dữ liệu mẫu' }).click();
    await expect(dialog.getByText('Đã khôi phục dữ liệu mẫu.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    await expect(page.getByRole('button', { name: /Hôm nay: 20\/06\/2024/i })).toBeVisible();
    // The user stays signed in, and the reset survives a reload.
    await page.reload();
    await expect(page.getByRole('button', { name: /Hôm nay: 20\/06\/2024/i })).toBeVisible();
  });

  test('a server that cannot be reached gets a clear message, and trying again works', async ({
    page,
  }) => {
    if (isHttp()) {
      await page.goto('/login');
      await setDemoState(page, { scenario: 'offline' });
    } else {
      await page.goto('/login?scenario=offline');
    }
    await page.getByLabel(/^Tên đăng nhập/).fill('head.ict');
    await page.getByLabel(/^Mật khẩu/).fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(
      page.getByText('Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.'),
    ).toBeVisible();
    // Nothing typed is lost; the network comes back; the same button tries again.
    await expect(page.getByLabel(/^Tên đăng nhập/)).toHaveValue('head.ict');
    if (isHttp()) {
      await setDemoState(page, { scenario: 'normal' });
    } else {
      await page.getByRole('button', { name: /Hôm nay:/i }).click();
      const dialog = page.getByRole('dialog', { name: 'Bảng điều khiển trình diễn' });
      await dialog.getByRole('radio', { name: 'Bình thường' }).check();
      await dialog.getByRole('button', { name: 'Áp dụng' }).click();
      await dialog.getByRole('button', { name: 'Đóng' }).click();
    }
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('an expired session goes to sign-in and comes back to the same page', async ({ page }) => {
    await signIn(page, 'admin.ict', { path: '/notices' });
    if (isHttp()) {
      // Once the page has its data, the session ends on the server; the next call that needs it
      // (opening the audit log) answers 401.
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await setDemoState(page, { scenario: 'expired-session' });
      await page
        .getByRole('navigation', { name: 'Điều hướng chính' })
        .getByRole('link', { name: 'Nhật ký thao tác' })
        .click();
      await expect(page).toHaveURL(/\/login\?next=%2Faudit/);
    } else {
      await page.getByRole('button', { name: /Hôm nay:/i }).click();
      const dialog = page.getByRole('dialog', { name: 'Bảng điều khiển trình diễn' });
      await dialog.getByRole('radio', { name: 'Phiên đăng nhập hết hạn' }).check();
      await dialog.getByRole('button', { name: 'Áp dụng' }).click();
      // Applying refetches the page's data; the first call that needs the session answers 401.
      await expect(page).toHaveURL(/\/login\?next=%2Fnotices/);
    }
    await expect(page.getByText(/Phiên làm việc đã hết hạn/)).toBeVisible();
    await page.getByLabel(/^Tên đăng nhập/).fill('admin.ict');
    await page.getByLabel(/^Mật khẩu/).fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page).toHaveURL(isHttp() ? /\/audit$/ : /\/notices$/);
  });

  test('the navigation works on a phone', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'head.luc-ngan');
    await page.getByRole('button', { name: 'Mở menu điều hướng' }).click();
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await expect(nav).toBeVisible();
    await expect(page.getByText('Phạm vi: Huyện Lục Ngạn').filter({ visible: true })).toBeVisible();
    await snap(page, testInfo, 'navigation-phone');
    await nav.getByRole('link', { name: 'Thông báo hướng dẫn' }).click();
    await expect(page).toHaveURL(/\/notices$/);
    await expect(nav).toBeHidden();
  });

  test('an unknown address shows the not-found page in the shell', async ({ page }) => {
    await signIn(page, 'head.ict', { path: '/khong-ton-tai' });
    await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('opening the accounts list asks for its rows, the unit names and the notices once, while the app is still loading', async ({
    page,
  }) => {
    test.skip(!isHttp(), 'The demo build asks its service worker, which starts with the app.');
    await signIn(page, 'officer.vietyen');
    await page.goto('/accounts?status=unconverted&sort=desk');
    const table = page.getByRole('region', { name: /tài khoản$/ });
    await expect(table.getByText('Chưa chuyển đổi').first()).toBeVisible();
    const requests = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')].map(
        (link) => ({
          path: new URL(link.href).pathname + new URL(link.href).search,
          made: performance
            .getEntriesByType('resource')
            .filter((e) => e.name === link.href)
            .map((e) => (e as PerformanceResourceTiming).initiatorType),
        }),
      ),
    );
    // index.html's own (the session, the policy), then the entry's. Each was asked for by its
    // preload, and the app's own request took the answer instead of asking again.
    expect(requests.map((r) => r.path.replace(/^\/api/, ''))).toEqual([
      '/auth/me',
      '/policy',
      '/accounts?status=unconverted&sort=desk',
      '/units',
      '/notices',
    ]);
    for (const r of requests) expect(r.made, r.path).toEqual(['link']);
  });
});
