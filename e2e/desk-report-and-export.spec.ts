import { readFileSync } from 'node:fs';
import { demoSyncConfirms } from '../src/lib/desk-report';
import { expect, test, type Page } from './support/test';
import { signIn, switchUser } from './support/auth';
import { apiBase, setDemoState } from './support/demo';
import { expectNoAxeViolations } from './support/axe';
import { snap } from './support/screens';

const DAY = '2024-06-20';
/** Each full page load starts the demo backend again (339,000 rows): allow for a busy machine. */
const LOADED = { timeout: 30_000 };

/** Two unconverted accounts in the officer's district that the demo's sync will confirm. */
async function accountsTheSyncConfirms(page: Page): Promise<{ id: string; displayName: string }[]> {
  const items = await page.evaluate(async (api) => {
    const res = await fetch(
      `${api}/accounts?status=unconverted&reason=verified_not_linked&pageSize=50`,
      { credentials: 'include' },
    );
    return ((await res.json()) as { items: { id: string; displayName: string }[] }).items;
  }, apiBase());
  return items.filter((a) => demoSyncConfirms(a.id, DAY)).slice(0, 2);
}

test('an officer reports a link at the desk: it waits for VNeID, can be withdrawn, and counts once confirmed', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page, 'officer.vietyen', { path: '/accounts', demoDate: DAY });
  const [mistaken, linked] = await accountsTheSyncConfirms(page);

  // A mistaken report, withdrawn by its author with a reason.
  await page.goto(`/accounts/${mistaken!.id}`);
  const outcomes = page.getByRole('radiogroup', { name: 'Kết quả khi công dân đến quầy' });
  await expect(outcomes).toBeVisible(LOADED);
  // Nothing is chosen in advance: one press records nothing.
  for (const radio of await outcomes.getByRole('radio').all())
    await expect(radio).not.toBeChecked();
  await page.getByRole('button', { name: 'Ghi nhận kết quả' }).click();
  await expect(page.getByText('Hãy chọn một kết quả.')).toBeVisible();
  await outcomes.getByRole('radio', { name: 'Công dân đã liên kết VNeID tại quầy' }).check();
  await page.getByRole('button', { name: 'Ghi nhận kết quả' }).click();
  const confirm = page.getByRole('dialog', { name: 'Xác nhận công dân đã liên kết VNeID' });
  await expect(confirm).toContainText(`${mistaken!.displayName} (${mistaken!.id})`);
  await expectNoAxeViolations(page);
  await snap(page, testInfo, 'desk-report-confirm');
  await confirm
    .getByRole('button', { name: `Xác nhận ${mistaken!.displayName} đã liên kết` })
    .click();
  await expect(
    page.getByText('Đã ghi nhận: tài khoản chờ đối soát với dữ liệu VNeID.'),
  ).toBeVisible();
  await expect(page.getByText(/^Người báo: officer\.vietyen, lúc/)).toBeVisible();
  await page.getByRole('button', { name: 'Rút báo cáo' }).click();
  const withdraw = page.getByRole('dialog', { name: /^Rút báo cáo liên kết của/ });
  await withdraw.getByRole('textbox', { name: /Lý do rút/ }).fill('Chọn nhầm tài khoản');
  await withdraw.getByRole('button', { name: 'Rút báo cáo' }).click();
  await expect(
    page.getByText('Đã rút báo cáo. Tài khoản trở lại “Chưa chuyển đổi”.'),
  ).toBeVisible();
  await expect(page.getByText('Lý do: Chọn nhầm tài khoản').first()).toBeVisible();

  // A real one, reported with the keyboard.
  await page.goto(`/accounts/${linked!.id}`);
  await page.getByRole('radio', { name: 'Công dân đã liên kết VNeID tại quầy' }).check(LOADED);
  await page.getByRole('button', { name: 'Ghi nhận kết quả' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Báo tại quầy, chờ đối soát').first()).toBeVisible();
  await expect(page.getByText(/^Chờ đối soát: tài khoản chỉ được tính/)).toBeVisible();
  await expectNoAxeViolations(page);
  await snap(page, testInfo, 'desk-report-pending');

  // The list shows it apart, under its own status.
  await page.goto('/accounts?status=reported_at_desk');
  const table = page.getByRole('region', { name: /tài khoản$/ });
  await expect(
    table.getByRole('link', { name: new RegExp(`^${linked!.displayName}`) }),
  ).toBeVisible(LOADED);
  await expect(table.getByText('Báo tại quầy, chờ đối soát')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await snap(page, testInfo, 'desk-report-list');

  // The next day, VNeID's sync has found the link: converted, on the sync's day.
  await setDemoState(page, { today: '2024-06-21' });
  await page.goto(`/accounts/${linked!.id}`);
  await expect(page.getByText('Đã chuyển đổi').first()).toBeVisible(LOADED);
  await expect(page.getByText('Dữ liệu VNeID đã xác nhận liên kết ngày 21/06/2024.')).toBeVisible();
  // The withdrawn one stayed unconverted.
  await page.goto(`/accounts/${mistaken!.id}`);
  await expect(page.getByText('Chưa chuyển đổi').first()).toBeVisible(LOADED);
});

/** The CSV's rows (BOM dropped), each as its text line. */
function csvLines(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return text.slice(1).split('\r\n');
}

test('exports are masked unless full numbers are chosen with a reason, and say what they hold', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  // A head downloads at once: masked, with the statements of scope, filter, time and author.
  await signIn(page, 'head.luc-ngan', { path: '/accounts?reason=cmnd_only', demoDate: DAY });
  await expect(page.getByRole('heading', { name: /\d tài khoản$/ })).toBeVisible(LOADED);
  const [headFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải CSV' }).click(),
  ]);
  const head = csvLines(await headFile.path());
  expect(head[1]).toBe('Phạm vi,Huyện Lục Ngạn');
  expect(head[2]).toContain('Lý do chưa chuyển đổi: Chỉ có CMND 9 số');
  expect(head[4]).toBe('Người xuất,Hoàng Văn Sơn (head.luc-ngan)');
  expect(head.join('\n')).not.toMatch(/,12\d{7},/);
  expect(head.slice(9).join('\n')).toMatch(/,Công dân,/);

  // An officer who may reveal numbers chooses: masked is preselected.
  await switchUser(page, 'officer.vietyen', '/accounts?reason=cmnd_only');
  await expect(page.getByRole('heading', { name: /\d tài khoản$/ })).toBeVisible(LOADED);
  await page.getByRole('button', { name: 'Tải CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tải danh sách tài khoản' });
  await expect(dialog.getByRole('radio', { name: /^Che số/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await snap(page, testInfo, 'export-choice');
  const [masked] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Tải CSV' }).click(),
  ]);
  const maskedLines = csvLines(await masked.path());
  expect(maskedLines[6]).toContain('Đã che');
  expect(maskedLines.join('\n')).not.toMatch(/,12\d{7},/);

  // Full numbers need a reason; the file then says it and holds them.
  await page.getByRole('button', { name: 'Tải CSV' }).click();
  await dialog.getByRole('radio', { name: 'Số đầy đủ' }).check();
  await dialog.getByRole('button', { name: 'Tải CSV' }).click();
  await expect(dialog.getByRole('textbox', { name: /Lý do cần số đầy đủ/ })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await dialog
    .getByRole('textbox', { name: /Lý do cần số đầy đủ/ })
    .fill('Đối soát danh sách với công an xã');
  const [full] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Tải CSV' }).click(),
  ]);
  const fullLines = csvLines(await full.path());
  expect(fullLines[6]).toContain('lý do: Đối soát danh sách với công an xã');
  expect(fullLines.join('\n')).toMatch(/,12\d{7},/);
  await expect(dialog).toBeHidden();
});
