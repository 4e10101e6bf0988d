import { expect, test, type Page } from './support/test';
import { signIn } from './support/auth';
import { expectNoAxeViolations } from './support/axe';

const sizes = [
  { name: 'laptop', width: 1366, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Wholly inside the first screen (no scrolling) and not covered by anything at its centre. */
async function expectAboveFold(page: Page, locator: ReturnType<Page['locator']>) {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y, 'top inside the screen').toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, 'bottom above the fold').toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width, 'no sideways scrolling').toBeLessThanOrEqual(viewport.width);
  // Each line box's centre (a wrapped link's bounding box centre can fall between its lines).
  const onTop = await locator.evaluate((el) =>
    [...el.getClientRects()].every((r) => {
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return hit !== null && (el === hit || el.contains(hit));
    }),
  );
  expect(onTop, 'not covered').toBe(true);
}

for (const size of sizes) {
  test(`a head sees the situation against the deadline without scrolling (${size.name})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await signIn(page, 'head.ict');
    const situation = page.getByRole('region', { name: 'Đã chuyển đổi so với hạn 01/07/2024' });
    await expect(situation).toBeVisible();
    // The share converted is the largest figure of the page.
    const share = situation.getByText(/^\d{1,3},\d%$/);
    await expectAboveFold(page, share);
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => el.children.length === 0 && el.textContent?.trim())
        .map((el) => ({
          text: el.textContent.trim(),
          px: parseFloat(getComputedStyle(el).fontSize),
        })),
    );
    const largest = sizes.reduce((a, b) => (b.px > a.px ? b : a));
    expect(largest.text).toMatch(/^\d{1,3},\d%$/);
    await expectAboveFold(page, situation.getByText(/Hạn 01\/07\/2024: Còn 11 ngày/));
    await expectAboveFold(
      page,
      situation.getByRole('link', { name: /^Còn [\d.]+ tài khoản chưa chuyển đổi$/ }),
    );
    await expectAboveFold(page, situation.getByText('Cần để kịp hạn'));
    await expectAboveFold(page, situation.getByText('Đạt được (7 ngày qua)'));
    // The three units furthest behind, each with its gap and a link to it.
    const behind = situation.getByRole('list', { name: 'Chậm nhất' }).getByRole('listitem');
    await expect(behind).toHaveCount(3);
    for (const item of await behind.all()) {
      await expectAboveFold(page, item.getByRole('link'));
      await expectAboveFold(
        page,
        item.getByText(/thiếu [\d.]+ TK\/ngày · còn [\d.]+ TK|còn [\d.]+ TK/),
      );
    }
    // Officer-only banners are not on a head's screen.
    await expect(page.getByRole('region', { name: 'Thông báo về chính sách' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.screenshot({
      path: `test-results/screens/head-situation-${test.info().project.name}-${size.name}.png`,
    });
  });
}

test('the furthest-behind units are the table’s slowest, and the province finishes no earlier than they do', async ({
  page,
}) => {
  await signIn(page, 'head.ict');
  const situation = page.getByRole('region', { name: 'Đã chuyển đổi so với hạn 01/07/2024' });
  const first = situation.getByRole('list', { name: 'Chậm nhất' }).getByRole('link').first();
  const name = (await first.textContent())!;
  const table = page.getByRole('table', { name: 'Theo huyện, thị xã, thành phố' });
  const forecasts = (await table.getByRole('row').allTextContents())
    .map((r) => /(\d{2})\/(\d{2})\/(\d{4})/.exec(r))
    .filter((m) => m !== null)
    .map((m) => `${m[3]}-${m[2]}-${m[1]}`)
    .sort();
  const forecast = /Dự kiến đạt 100% vào ngày (\d{2})\/(\d{2})\/(\d{4})/.exec(
    (await situation.textContent())!,
  )!;
  expect(`${forecast[3]}-${forecast[2]}-${forecast[1]}`).toBe(forecasts.at(-1));
  // Each unit also says how it moved since the previous week.
  const row = table.getByRole('row').filter({ hasText: name });
  await expect(row.getByRole('cell').filter({ hasText: /^[+−]?\d+,\d điểm %$/ })).toHaveCount(1);
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(name) })).toBeVisible();
});
