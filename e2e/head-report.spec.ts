import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from './support/test';
import { signIn } from './support/auth';

const MM = 96 / 25.4;

/** Each page's size in points, from the PDF's page objects ([0 0 width height]). */
function pageSizes(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  const sizes: { width: number; height: number }[] = [];
  for (const m of text.matchAll(
    /\/Type\s*\/Page\b[^s][\s\S]*?\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g,
  )) {
    sizes.push({ width: Number(m[1]), height: Number(m[2]) });
  }
  return sizes;
}

test('a head prints the meeting report: A4, the unit table whole on landscape pages, no links, a place to sign', async ({
  page,
}, testInfo) => {
  await signIn(page, 'head.ict');
  const table = page.getByRole('table', { name: 'Theo huyện, thị xã, thành phố' });
  await expect(table.getByRole('row')).toHaveCount(11);
  const slowest = await page
    .getByRole('region', { name: 'Đã chuyển đổi so với hạn 01/07/2024' })
    .getByRole('list', { name: 'Chậm nhất' })
    .getByRole('link')
    .first()
    .textContent();

  await page.emulateMedia({ media: 'print' });
  const report = page.getByTestId('progress-report');
  await expect(report).toBeVisible();
  // No app shell, no screen page.
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'In báo cáo' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  // The issuing unit, the date of the figures, the scope; the headline and the deadline position.
  await expect(report.getByText('Sở Thông tin và Truyền thông')).toBeVisible();
  await expect(report.getByText('Số liệu đến ngày 20/06/2024')).toBeVisible();
  await expect(report.getByText('Phạm vi: Tỉnh Bắc Giang')).toBeVisible();
  await expect(report.getByText('Bắc Giang, ngày 20 tháng 6 năm 2024')).toBeVisible();
  await expect(report).toContainText(
    'Hạn hoàn thành chuyển đổi tài khoản công dân là ngày 01/07/2024 (Còn 11 ngày)',
  );
  await expect(report.getByRole('row', { name: /Tài khoản công dân\s+312\.000/ })).toBeVisible();
  await expect(report.getByText('THỦ TRƯỞNG ĐƠN VỊ')).toBeVisible();
  await expect(report.getByRole('link')).toHaveCount(0);
  // The whole unit table, sorted by lag: the furthest behind first.
  const units = report.getByRole('table').last();
  await expect(units.getByRole('row')).toHaveCount(11);
  await expect(units.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText(slowest!);
  await expect(units.getByRole('columnheader').last()).toHaveText('Đánh giá');

  // The table fits the width of an A4 landscape page (297 mm less its margins): no column cut.
  const fit = await units.evaluate((el) => ({
    table: el.scrollWidth,
    section: el.parentElement!.getBoundingClientRect().width,
  }));
  expect(Math.round(fit.section)).toBe(Math.round(267 * MM));
  expect(fit.table).toBeLessThanOrEqual(fit.section);

  // The PDF: the first page portrait, the unit table on landscape pages.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  mkdirSync('test-results/screens', { recursive: true });
  const file = `test-results/screens/progress-report-${testInfo.project.name}.pdf`;
  writeFileSync(file, pdf);
  await testInfo.attach('progress-report.pdf', { body: pdf, contentType: 'application/pdf' });
  const sizes = pageSizes(pdf);
  expect(sizes.length).toBeGreaterThanOrEqual(2);
  expect(sizes[0]!.height).toBeGreaterThan(sizes[0]!.width);
  expect(sizes.at(-1)!.width).toBeGreaterThan(sizes.at(-1)!.height);
  // A4: 595 × 842 points either way.
  for (const s of sizes)
    expect([
      Math.round(Math.min(s.width, s.height)),
      Math.round(Math.max(s.width, s.height)),
    ]).toEqual([595, 842]);
});
