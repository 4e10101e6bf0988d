import { mkdirSync } from 'node:fs';
import { expect, test } from './support/test';
import { signIn } from './support/auth';

/**
 * Each seeded notice printed in the form of Decree 30/2020/NĐ-CP: the governing body above the
 * issuer, no header line broken inside a name, "Kính gửi" for a công văn, "./." closing the body,
 * the signature block on its own lines. The printed page is kept as a PDF and a PNG of print media
 * in test-results/screens/ for people to look at.
 */
const seeded = [
  { id: 'TB0001', governing: null, issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH BẮC GIANG'], letter: true },
  { id: 'TB0002', governing: 'UBND TỈNH BẮC GIANG', issuer: ['SỞ TƯ PHÁP'], letter: false },
  { id: 'TB0003', governing: 'UBND TỈNH BẮC GIANG', issuer: ['SỞ TƯ PHÁP'], letter: false },
  { id: 'TB0004', governing: 'UBND TỈNH BẮC GIANG', issuer: ['SỞ TƯ PHÁP'], letter: false },
  { id: 'TB0005', governing: 'UBND TỈNH BẮC GIANG', issuer: ['SỞ TƯ PHÁP'], letter: false },
];

/** The rendered lines of an element's text, as the browser laid them out (spaces normalised). */
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

for (const doc of seeded) {
  test(`${doc.id} prints as an official document`, async ({ page }, testInfo) => {
    // 05/07/2024: every seeded notice exists (125/TB-STP is dated 02/07/2024).
    await signIn(page, 'admin.ict', { path: `/notices/${doc.id}/print`, demoDate: '2024-07-05' });
    const sheet = page.locator('#notice-print');
    await expect(sheet).toBeVisible();
    await page.emulateMedia({ media: 'print' });

    const headerLines = lines(await sheet.locator('[data-part="issuer"]').innerText());
    const expected = doc.governing ? [doc.governing, ...doc.issuer] : doc.issuer;
    // Each line exactly as a whole: no name broken across two lines.
    expect(headerLines.slice(0, expected.length)).toEqual(expected);

    // And each line laid out on one line of the page, on paper and on a phone.
    const wrapped = () =>
      sheet.locator('[data-part="issuer"] div:not(:has(div))').evaluateAll((els) =>
        els
          .filter((el) => {
            const range = document.createRange();
            range.selectNodeContents(el);
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            return tops.size > 1;
          })
          .map((el) => el.textContent),
      );
    // (After a resize the page lays itself out again: asked until it has.)
    await expect.poll(wrapped).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(wrapped).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.emulateMedia({ media: 'print' });

    const text = await sheet.innerText();
    if (doc.letter) {
      expect(text).toMatch(/Kính gửi:/);
      expect(text).toMatch(/- Như trên;/);
    } else {
      expect(text).not.toMatch(/Kính gửi:/);
    }
    const body = await sheet.locator('.notice-body').innerText();
    expect(body.trimEnd()).toMatch(/\.\/\.$/);
    const signature = lines(await sheet.locator('[data-part="signature"]').innerText());
    expect(signature.length).toBeGreaterThanOrEqual(3);

    mkdirSync('test-results/screens', { recursive: true });
    const name = `test-results/screens/print-${doc.id}${testInfo.project.name === 'http' ? '-http' : ''}`;
    await page.screenshot({ path: `${name}.png`, fullPage: true });
    await page.pdf({ path: `${name}.pdf`, format: 'A4', preferCSSPageSize: true });
  });
}

test('the screen view of a notice puts the signature block on its lines and closes the body', async ({
  page,
}) => {
  await signIn(page, 'officer.center', { path: '/notices/TB0002' });
  const signature = page.locator('[data-part="signature"]');
  await expect(signature).toBeVisible();
  expect(lines(await signature.innerText())).toEqual([
    'KT. GIÁM ĐỐC',
    'PHÓ GIÁM ĐỐC',
    'Trương Ngọc Bích',
  ]);
  await expect(page.locator('.notice-body')).toContainText('./.');
});

test('the screen view of a công văn names its addressees', async ({ page }) => {
  await signIn(page, 'officer.center', { path: '/notices/TB0001' });
  await expect(page.getByText('Kính gửi:')).toBeVisible();
  await expect(page.getByText('- Trung tâm Phục vụ hành chính công;')).toBeVisible();
});
