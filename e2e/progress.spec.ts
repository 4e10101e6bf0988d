import { readFileSync } from 'node:fs';
import { expect, test } from './support/test';
import { signIn } from './support/auth';
import { gotoOnDemoDay } from './support/demo';
import { expectNoAxeViolations } from './support/axe';
import { snap } from './support/screens';

test.describe('a head follows the rollout', () => {
  test('head.ict drills from the province to a district and a commune, and climbs back', async ({
    page,
  }, testInfo) => {
    await signIn(page, 'head.ict');
    await expect(page.getByRole('heading', { name: /Tỉnh Bắc Giang/, level: 1 })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Theo huyện, thị xã, thành phố' })).toBeVisible();
    await expectNoAxeViolations(page);
    await snap(page, testInfo, 'progress-province');

    await page.getByRole('link', { name: 'Xem chi tiết Thị xã Việt Yên' }).click();
    await expect(page).toHaveURL(/\?district=222$/);
    await expect(page.getByRole('heading', { name: /Thị xã Việt Yên/, level: 1 })).toBeVisible();
    const communes = page.getByRole('table', { name: 'Theo xã, phường, thị trấn' });
    await expect(communes.getByRole('row')).toHaveCount(18);

    await communes.getByRole('link', { name: 'Xem chi tiết Phường Bích Động' }).click();
    await expect(page).toHaveURL(/\?district=222&commune=\d{5}$/);
    await expect(page.getByRole('heading', { name: /Phường Bích Động/, level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);

    const crumbs = page.getByRole('navigation', { name: 'Đơn vị đang xem' });
    await crumbs.getByRole('link', { name: 'Thị xã Việt Yên' }).click();
    await expect(page).toHaveURL(/\?district=222$/);
    await crumbs.getByRole('link', { name: 'Toàn tỉnh' }).click();
    await expect(page.getByRole('heading', { name: /Tỉnh Bắc Giang/, level: 1 })).toBeVisible();
  });

  test('head.luc-ngan sees only Lục Ngạn, on a phone', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'head.luc-ngan');
    await expect(page.getByRole('heading', { name: /Huyện Lục Ngạn/, level: 1 })).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Theo xã, phường, thị trấn' }).getByRole('row'),
    ).toHaveCount(30);
    await expect(page.getByRole('link', { name: 'Toàn tỉnh' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await snap(page, testInfo, 'progress-district-head');
  });

  test('on a phone the daily chart is drawn at the width of its box, never at a guess first', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    // Every width the chart's drawing is given, from the page's first moment.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { chartWidths: string[] }).chartWidths = seen;
      new MutationObserver((records) => {
        for (const r of records) {
          const nodes = r.type === 'attributes' ? [r.target] : [...r.addedNodes];
          for (const n of nodes) {
            const svgs = n instanceof Element ? [n, ...n.querySelectorAll('svg[role="img"]')] : [];
            for (const svg of svgs)
              if (svg.matches('svg[role="img"]')) seen.push(svg.getAttribute('width') ?? '');
          }
        }
      }).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['width'],
      });
    });
    await signIn(page, 'head.luc-ngan');
    const chart = page.getByRole('img', { name: /Diễn biến theo ngày/ });
    await expect(chart).toBeVisible();
    const box = await chart
      .locator('..')
      .evaluate((b) => Math.round(b.getBoundingClientRect().width));
    expect(box).toBeLessThan(390);
    const widths = await page.evaluate(
      () => (window as unknown as { chartWidths: string[] }).chartWidths,
    );
    expect(widths.length).toBeGreaterThan(0);
    expect(new Set(widths)).toEqual(new Set([String(box)]));
  });

  test('moving the demo clock moves the figures', async ({ page }) => {
    await signIn(page, 'head.ict', { demoDate: '2024-06-10' });
    const converted = page
      .getByRole('region', { name: 'Số liệu chính' })
      .getByRole('group', { name: 'Đã chuyển đổi sang VNeID' })
      .getByRole('paragraph')
      .first();
    const early = Number((await converted.textContent())!.replace(/\./g, ''));
    // (The meeting report, printed from the same page, says it too, off screen.)
    await expect(page.getByText('Còn 21 ngày').filter({ visible: true })).toBeVisible();
    await gotoOnDemoDay(page, '/', '2024-07-05');
    await expect(page.getByText('Đã qua 4 ngày').filter({ visible: true })).toBeVisible();
    const late = Number((await converted.textContent())!.replace(/\./g, ''));
    expect(late).toBeGreaterThan(early);
  });

  test('the table downloads as CSV with a BOM and a heading naming the scope and date', async ({
    page,
  }) => {
    await signIn(page, 'head.ict', { path: '/?district=219' });
    await expect(page.getByRole('table', { name: 'Theo xã, phường, thị trấn' })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải CSV' }).click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Huyện Lục Ngạn – số liệu đến ngày 20/06/2024');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(1 + 1 + 29);
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải Excel' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  });

  test('the report prints on A4 without the app shell', async ({ page }, testInfo) => {
    await signIn(page, 'head.ict');
    await expect(page.getByRole('table', { name: 'Theo huyện, thị xã, thành phố' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'In báo cáo' })).toBeHidden();
    const body = await page.screenshot({ fullPage: true });
    await testInfo.attach('progress-print', { body, contentType: 'image/png' });
  });
});
