import { expect, test, type Page } from './support/test';
import { signIn, switchUser } from './support/auth';
import { apiBase, setDemoState } from './support/demo';
import { expectNoAxeViolations } from './support/axe';
import { snap } from './support/screens';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

/** "12 / 345 cán bộ đã xác nhận" → 12. */
async function confirmedCount(page: Page): Promise<number> {
  const text = await page.getByText(/cán bộ đã xác nhận$/).textContent();
  return Number((text ?? '').split('/')[0]!.replace(/\D/g, ''));
}

/**
 * Resolves once an image the page adds now has failed to load and run its error handler: an image
 * the notice rendered earlier (`<img src=x onerror=…>`) would have run its own by then.
 */
async function imageErrorsHandled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const probe = document.createElement('img');
        probe.hidden = true;
        probe.addEventListener('error', () => {
          probe.remove();
          resolve();
        });
        probe.src = 'x';
        document.body.append(probe);
      }),
  );
}

test('a department admin writes, attaches and publishes a notice; an officer confirms it and the count moves', async ({
  page,
}, testInfo) => {
  const subject = `Hướng dẫn đăng nhập VNeID tại quầy (${testInfo.project.name}-${Date.now()})`;
  await signIn(page, 'admin.justice', { path: '/notices/new' });
  await expect(page.getByRole('heading', { level: 1, name: 'Soạn thông báo' })).toBeVisible();

  await page.getByLabel('Trích yếu').fill(subject);
  // Once the subject is typed and the typing pauses, the draft exists on the server.
  await expect(page).toHaveURL(/\/notices\/TB\d+\/edit$/, { timeout: 15_000 });
  const id = /\/notices\/(TB\d+)\/edit/.exec(page.url())![1]!;
  // The caret stayed in the subject field across the switch to the editor page.
  await expect(page.getByLabel('Trích yếu')).toBeFocused();

  const body = page.getByRole('textbox', { name: 'Nội dung' });
  await body.click();
  await page.keyboard.type('Từ ngày 15/6/2024 công dân chỉ đăng nhập bằng VNeID. ');
  await page.getByRole('button', { name: 'Đậm' }).click();
  await page.keyboard.type('Không tạo tài khoản công dân mới.');

  await page.getByLabel('Cán bộ nhận').click();
  await page.getByRole('option', { name: 'Cán bộ một số huyện' }).click();
  await page.getByLabel('Các huyện, thị xã, thành phố nhận').click();
  await page.getByRole('option', { name: /Việt Yên/ }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status').filter({ hasText: /Đã lưu lúc/ })).toBeVisible({
    timeout: 15_000,
  });

  // A PDF is kept; a file that only claims to be one is refused by the server, by field.
  const input = page.getByTestId('attachment-input');
  await input.setInputFiles({
    name: 'Hướng dẫn VNeID.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await expect(page.getByText('Hướng dẫn VNeID.pdf')).toBeVisible();
  await input.setInputFiles({
    name: 'gia-mao.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('<script>alert(1)</script>'),
  });
  await expect(
    page.getByRole('alert').filter({ hasText: 'Chỉ nhận tệp PDF, PNG hoặc JPEG.' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await snap(page, testInfo, 'notice-edit');

  await page.goto(`/notices/${id}`);
  await page.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByRole('heading', { name: 'Theo dõi xác nhận' })).toBeVisible();
  const before = await confirmedCount(page);
  await expect(page.getByText(/Nguyễn|officer\.vietyen/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await snap(page, testInfo, 'notice-published');

  await switchUser(page, 'officer.vietyen', '/notices');
  const link = page.getByRole('link', { name: subject });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  // Readers cannot edit or publish.
  await expect(page.getByRole('link', { name: 'Sửa' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ban hành' })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải Hướng dẫn VNeID.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('Hướng dẫn VNeID.pdf');
  // Confirm with the keyboard alone.
  await page.getByRole('button', { name: 'Tôi đã đọc và sẽ áp dụng' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Bạn đã xác nhận thông báo này.')).toBeVisible();

  await switchUser(page, 'admin.justice', `/notices/${id}`);
  await expect(page.getByRole('heading', { name: 'Theo dõi xác nhận' })).toBeVisible();
  await expect.poll(() => confirmedCount(page)).toBe(before + 1);
});

test('an officer cannot open the editor, and a pinned notice stays on every page until confirmed', async ({
  page,
}) => {
  await signIn(page, 'officer.vietyen', { path: '/notices/TB0002/edit' });
  await expect(
    page.getByRole('heading', { name: 'Bạn không có quyền xem trang này' }),
  ).toBeVisible();

  await page.goto('/');
  const banner = page.getByRole('alert').filter({ hasText: 'Thông báo cần đọc' });
  await expect(banner).toBeVisible();
  await banner.getByRole('link', { name: 'Đọc và xác nhận' }).click();
  await page.getByRole('button', { name: 'Tôi đã đọc và sẽ áp dụng' }).click();
  await expect(page.getByText('Bạn đã xác nhận thông báo này.')).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Thông báo cần đọc')).toHaveCount(0);
});

test('the print view lays the notice out as an official document on A4', async ({
  page,
}, testInfo) => {
  await signIn(page, 'admin.justice', { path: '/notices/TB0002/print' });
  await expect(page.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeVisible();
  await expect(page.getByText('Độc lập - Tự do - Hạnh phúc')).toBeVisible();
  await expect(page.getByText('Số: 112/TB-STP')).toBeVisible();
  await expect(page.getByText('Nơi nhận:')).toBeVisible();
  const font = await page
    .getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    .evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font).toMatch(/Times New Roman/);
  await expectNoAxeViolations(page);
  await snap(page, testInfo, 'notice-print');
  // The printed page is the document alone: no navigation, no buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'In', exact: true })).toBeHidden();
});

test('a notice for citizens opens from its public link without signing in', async ({
  page,
}, testInfo) => {
  await page.goto('/public/notices/TB0002');
  await expect(page.getByText(/lĩnh vực Tư pháp/).first()).toBeVisible();
  await expect(page.getByLabel('Tên đăng nhập')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await snap(page, testInfo, 'notice-public');
});

test.describe('hostile markup', () => {
  // The sanitiser and the editor parse the payloads into inert documents, where Chromium still
  // checks the inline handlers (and reports refusing them) though they could not run there. Those
  // reports are the policy working, expected in this test only; that nothing ran is checked below.
  test.use({
    expectedCspViolations:
      /^\[csp-violation\] script-src-attr blocked inline|^Executing inline event handler violates/,
  });

  test('hostile markup in the body, subject and file names stays inert in every view', async ({
    page,
  }) => {
    await signIn(page, 'admin.justice', { path: '/notices' });
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const payloads = [
      '<img src=x onerror="window.__xss=1">',
      '<svg onload="window.__xss=1"></svg>',
      '<a href="javascript:window.__xss=1">bấm</a>',
      '<iframe src="javascript:window.__xss=1"></iframe>',
      '<p style="background:url(javascript:window.__xss=1)">x</p>',
      '<details open ontoggle="window.__xss=1">y</details>',
    ];
    const id = await page.evaluate(
      async ({ api, payloads, pdf }) => {
        const json = async (res: Response) => (await res.json()) as { id: string };
        const created = await json(
          await fetch(`${api}/notices`, {
            method: 'POST',
            credentials: 'include',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({
              docType: 'thong_bao',
              subject: '<img src=x onerror="window.__xss=1">Thông báo thử',
              bodyHtml: payloads.join(''),
              audience: { staff: 'all', districtCodes: [], citizens: true, businesses: false },
            }),
          }),
        );
        const form = new FormData();
        form.append(
          'file',
          new File([pdf], '<img src=x onerror="window.__xss=1">.pdf', { type: 'application/pdf' }),
        );
        await fetch(`${api}/notices/${created.id}/attachments`, {
          method: 'POST',
          credentials: 'include',
          body: form,
        });
        await fetch(`${api}/notices/${created.id}/publish`, {
          method: 'POST',
          credentials: 'include',
        });
        return created.id;
      },
      { api: apiBase(), payloads, pdf: PDF.toString() },
    );
    for (const path of [
      `/notices/${id}`,
      `/notices/${id}/print`,
      `/notices/${id}/edit`,
      `/public/notices/${id}`,
    ]) {
      await page.goto(path);
      await expect(page.getByText('Thông báo thử').first()).toBeVisible();
      await imageErrorsHandled(page);
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
      await expect(page.locator('main img, main svg[onload], main iframe')).toHaveCount(0);
    }
    expect(dialogs).toBe(0);
  });
});

test('a draft being typed survives an expired session and a reload', async ({ page }) => {
  await signIn(page, 'admin.justice', { path: '/notices/TB0005/edit' });
  const body = page.getByRole('textbox', { name: 'Nội dung' });
  await expect(body).toBeVisible();
  // From now on the server answers 401 to every call that needs the session.
  await setDemoState(page, { scenario: 'expired-session' });
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Bổ sung: công chức mang theo CCCD gắn chíp.');
  // The autosave meets the expired session: off to sign-in, with the way back kept.
  await expect(page).toHaveURL(/\/login\?next=%2Fnotices%2FTB0005%2Fedit/, { timeout: 15_000 });
  await page.getByLabel(/^Tên đăng nhập/).fill('admin.justice');
  await page.getByLabel(/^Mật khẩu/).fill('demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/notices\/TB0005\/edit$/);
  await expect(page.getByText('Đã khôi phục bản nháp chưa lưu từ máy này.')).toBeVisible();
  await expect(body).toContainText('mang theo CCCD gắn chíp');
  // Typing on saves it to the server; after a reload it comes from there.
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Hết.');
  await expect(page.getByRole('status').filter({ hasText: /Đã lưu lúc/ })).toBeVisible({
    timeout: 15_000,
  });
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Nội dung' })).toContainText(
    'mang theo CCCD gắn chíp. Hết.',
  );
});

test('two people saving the same draft: the second sees both versions and chooses', async ({
  page,
}, testInfo) => {
  await signIn(page, 'admin.justice', { path: '/notices/TB0005/edit' });
  const body = page.getByRole('textbox', { name: 'Nội dung' });
  await expect(body).toBeVisible();
  // A colleague saves the same draft from another desk while this editor is open.
  const theirSubject = 'Hướng dẫn (bản của đồng nghiệp)';
  await page.evaluate(
    async ({ api, subject }) => {
      const current = (await (
        await fetch(`${api}/notices/TB0005`, { credentials: 'include' })
      ).json()) as Record<string, unknown>;
      const keys = [
        'docType',
        'subject',
        'bodyHtml',
        'number',
        'signerAuthority',
        'signerTitle',
        'signerName',
        'recipients',
        'related',
        'audience',
        'pinned',
        'effectiveFrom',
        'effectiveUntil',
      ];
      const input = Object.fromEntries(keys.map((k) => [k, current[k]]));
      const res = await fetch(`${api}/notices/TB0005`, {
        method: 'PUT',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...input, subject, baseVersion: current.version }),
      });
      if (!res.ok) throw new Error(`colleague's save: ${res.status}`);
    },
    { api: apiBase(), subject: theirSubject },
  );

  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Thêm: mang theo điện thoại đã cài VNeID.');
  // The autosave meets the newer version: nothing is overwritten, both are shown side by side.
  await expect(page.getByText('Người khác đã lưu thông báo này trong lúc bạn sửa')).toBeVisible({
    timeout: 15_000,
  });
  const theirs = page.getByRole('region', { name: 'Bản trên máy chủ' });
  const mine = page.getByRole('region', { name: 'Bản của bạn' });
  await expect(theirs).toContainText(theirSubject);
  await expect(mine).toContainText('mang theo điện thoại đã cài VNeID');
  await expect(mine).not.toContainText(theirSubject);
  await expectNoAxeViolations(page);
  await snap(page, testInfo, 'notice-conflict');

  // Keeping one's own version saves it over the newer one, knowingly.
  await page.getByRole('button', { name: 'Ghi đè bằng bản của tôi' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Đã lưu lúc/ })).toBeVisible({
    timeout: 15_000,
  });
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Nội dung' })).toContainText(
    'mang theo điện thoại đã cài VNeID',
  );
  await expect(page.getByLabel('Trích yếu')).not.toHaveValue(theirSubject);
});

test('a published notice is revised on request; its readers see what changed and confirm again', async ({
  page,
}, testInfo) => {
  await signIn(page, 'admin.justice', { path: '/notices/TB0002/edit' });
  await expect(page.getByText('Thông báo này đã ban hành.', { exact: false })).toBeVisible();
  // At the end of the closing paragraph, a sentence more.
  await page.getByRole('textbox', { name: 'Nội dung' }).locator('p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Bộ phận một cửa cấp huyện báo cáo kết quả trước ngày 28/06/2024.');
  // Typing alone changes nothing for readers: it stays on this device until the revision is saved.
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu tạm trên máy' })).toBeVisible();
  await page.getByRole('button', { name: 'Lưu bản sửa' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Đã lưu lúc/ })).toBeVisible();

  // officer.center had confirmed the first version.
  await switchUser(page, 'officer.center', '/notices/TB0002');
  const changes = page.getByRole('alert').filter({ hasText: 'Thông báo đã được sửa' });
  await expect(changes).toContainText('bản sửa lần 2');
  await expect(changes.locator('ins')).toContainText('báo cáo kết quả trước ngày 28/06/2024');
  await expect(page.getByText('Bạn chưa xác nhận thông báo này.')).toBeVisible();
  await expectNoAxeViolations(page);
  await snap(page, testInfo, 'notice-revised');
  await changes.getByText('Xem toàn văn bản trước khi sửa').click();
  await expect(changes.locator('details')).toHaveAttribute('open', '');
});

test('the issuer withdraws a notice after saying so in a dialog; readers no longer see it', async ({
  page,
}) => {
  await signIn(page, 'admin.justice', { path: '/notices/TB0002' });
  await page.getByRole('button', { name: 'Lưu trữ (thu hồi)' }).click();
  const ask = page.getByRole('dialog', { name: 'Thu hồi thông báo này?' });
  await expect(ask.getByRole('button', { name: 'Hủy' })).toBeFocused();
  await expectNoAxeViolations(page);
  await ask.getByRole('button', { name: 'Lưu trữ (thu hồi)' }).click();
  await expect(
    page.getByText('Thông báo đã được thu hồi và lưu trữ', { exact: false }),
  ).toBeVisible();

  await switchUser(page, 'officer.vietyen', '/notices');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Chuyển đổi, sử dụng tài khoản VNeID trong giải quyết')).toHaveCount(
    0,
  );
});

test('the notices search keeps every key, however fast, and the address follows it', async ({
  page,
}) => {
  await signIn(page, 'officer.vietyen', { path: '/notices' });
  const box = page.getByRole('searchbox', { name: 'Tìm trong thông báo' });
  await box.click();
  // Each key rewrites the address, and the list renders again: no key may be lost meanwhile.
  await page.keyboard.type('chuyen doi tai khoan', { delay: 0 });
  await expect(box).toHaveValue('chuyen doi tai khoan');
  await expect(page).toHaveURL(/\/notices\?q=chuyen\+doi\+tai\+khoan$/);
  await expect(
    page.getByRole('link', { name: /Chuyển đổi, sử dụng tài khoản VNeID/ }),
  ).toBeVisible();
});
