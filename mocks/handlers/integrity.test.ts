/**
 * Figures heads can trust (issue 18): a desk report is not a conversion until VNeID's sync shows
 * the link; exports are masked by default, say what they are and are audited with what they held;
 * organisation accounts opened at the desk are found like the others.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../src/api/client';
import { addDays } from '../../src/lib/dates';
import { demoSyncConfirms } from '../../src/lib/desk-report';
import { dataset } from '../db';

async function signIn(username: string) {
  await api.POST('/auth/login', { body: { username, password: 'demo' } });
}
const list = async (query: Record<string, string | number>) =>
  (await api.GET('/accounts', { params: { query } })).data!;
const account = async (id: string) =>
  (await api.GET('/accounts/{id}', { params: { path: { id } } })).data!;
const summary = async () => (await api.GET('/stats/summary')).data!;
const setDay = (today: string) => api.PUT('/demo/state', { body: { today } });
const report = (id: string) =>
  api.POST('/accounts/{id}/visits', {
    params: { path: { id } },
    body: { outcome: 'linked', confirmAccountId: id },
  });
const withdraw = (id: string, reason: string) =>
  api.POST('/accounts/{id}/desk-report/withdraw', { params: { path: { id } }, body: { reason } });
const statusOf = (e: unknown) => (e as { status?: number }).status;

const TODAY = '2024-06-20';

beforeAll(async () => {
  await dataset();
}, 60_000);

/** Unconverted citizen accounts in Việt Yên that the demo's sync will, or will not, confirm. */
async function candidates() {
  const page = await list({ status: 'unconverted', reason: 'verified_not_linked', pageSize: 100 });
  const confirmed = page.items.filter((a) => demoSyncConfirms(a.id, TODAY));
  const refused = page.items.filter((a) => !demoSyncConfirms(a.id, TODAY));
  expect(confirmed.length).toBeGreaterThan(1);
  expect(refused.length).toBeGreaterThan(0);
  return { confirmed, refused };
}

describe('counted as converted only with evidence', () => {
  it('refuses "linked" unless the account is named in the confirmation', async () => {
    await signIn('officer.vietyen');
    const { confirmed } = await candidates();
    const id = confirmed[0]!.id;
    const path = { path: { id } };
    for (const body of [
      { outcome: 'linked' as const },
      { outcome: 'linked' as const, confirmAccountId: confirmed[1]!.id },
    ]) {
      const error: unknown = await api
        .POST('/accounts/{id}/visits', { params: path, body })
        .catch((e: unknown) => e);
      expect(statusOf(error)).toBe(400);
    }
    expect((await account(id)).status).toBe('unconverted');
  });

  it('shows a report apart (list, account, figures) until the next day, then as the sync found it', async () => {
    await signIn('officer.vietyen');
    const before = await summary();
    const rowsBefore = (await api.GET('/stats/by-unit')).data!.rows;
    const { confirmed, refused } = await candidates();
    const yes = confirmed[0]!;
    const no = refused[0]!;
    for (const a of [yes, no]) {
      const after = (await report(a.id)).data!;
      expect(after.status).toBe('reported_at_desk');
      expect(after.convertedOn).toBeNull();
      expect(after.deskReport).toMatchObject({
        state: 'pending',
        reportedBy: 'officer.vietyen',
        reportedOn: TODAY,
        canWithdraw: true,
      });
    }
    // The figures: a separate count, not converted.
    const during = await summary();
    expect(during.citizens.converted).toBe(before.citizens.converted);
    expect(during.citizens.convertedToday).toBe(before.citizens.convertedToday);
    expect(during.citizens.reported).toBe(before.citizens.reported + 2);
    expect(during.citizens.unconverted).toBe(before.citizens.unconverted - 2);
    expect(during.citizens.total).toBe(
      during.citizens.converted + during.citizens.reported + during.citizens.unconverted,
    );
    const commune = (await api.GET('/stats/by-unit')).data!.rows.find(
      (r) => r.code === yes.communeCode,
    )!;
    const communeBefore = rowsBefore.find((r) => r.code === yes.communeCode)!;
    expect(commune.reported).toBeGreaterThanOrEqual(1);
    expect(commune.converted).toBe(communeBefore.converted);
    // The list: its own status and filter.
    const reported = await list({ status: 'reported_at_desk' });
    expect(reported.items.map((a) => a.id).sort()).toEqual([yes.id, no.id].sort());
    expect(
      (await list({ status: 'unconverted', q: yes.displayName })).items.map((a) => a.id),
    ).not.toContain(yes.id);

    // The next day the sync has run: about 9 in 10 confirmed, the rest back to unconverted.
    await setDay(addDays(TODAY, 1));
    const linked = await account(yes.id);
    expect(linked.status).toBe('converted');
    expect(linked.convertedOn).toBe(addDays(TODAY, 1));
    expect(linked.deskReport).toMatchObject({ state: 'confirmed', canWithdraw: false });
    expect(linked.history.some((e) => e.type === 'desk-report-confirmed')).toBe(true);
    const notLinked = await account(no.id);
    expect(notLinked.status).toBe('unconverted');
    expect(notLinked.reason).toBe('verified_not_linked');
    expect(notLinked.deskReport).toMatchObject({ state: 'not_confirmed' });
    expect(notLinked.history.some((e) => e.type === 'desk-report-not-confirmed')).toBe(true);
    const nextDay = await summary();
    expect(nextDay.citizens.reported).toBe(0);

    // Back on the report's day, the story is the same as it was.
    await setDay(TODAY);
    expect((await account(yes.id)).status).toBe('reported_at_desk');
  });

  it('lets the author or an admin withdraw a pending report, with a reason, audited', async () => {
    await signIn('officer.vietyen');
    const { confirmed } = await candidates();
    const [first, second] = confirmed;
    await report(first!.id);
    await report(second!.id);

    // Another officer (who may act on the account) and a head may not.
    for (const username of ['officer.center', 'head.ict']) {
      await signIn(username);
      expect((await account(first!.id)).deskReport?.canWithdraw).toBe(false);
      expect(statusOf(await withdraw(first!.id, 'nhầm').catch((e: unknown) => e))).toBe(403);
    }
    // The author, with a reason.
    await signIn('officer.vietyen');
    expect(statusOf(await withdraw(first!.id, '   ').catch((e: unknown) => e))).toBe(400);
    const back = (await withdraw(first!.id, 'Ghi nhầm tài khoản')).data!;
    expect(back.status).toBe('unconverted');
    expect(back.deskReport).toMatchObject({
      state: 'withdrawn',
      withdrawReason: 'Ghi nhầm tài khoản',
      canWithdraw: false,
    });
    expect(back.history.at(-1)).toMatchObject({
      type: 'desk-report-withdrawn',
      username: 'officer.vietyen',
      details: { reason: 'Ghi nhầm tài khoản' },
    });
    expect(statusOf(await withdraw(first!.id, 'lần hai').catch((e: unknown) => e))).toBe(409);
    // A system admin may withdraw anyone's.
    await signIn('admin.ict');
    expect((await account(second!.id)).deskReport?.canWithdraw).toBe(true);
    await withdraw(second!.id, 'Công dân chưa đăng nhập VNeID');

    // A withdrawn report is not confirmed by the next sync.
    await setDay(addDays(TODAY, 1));
    expect((await account(first!.id)).status).toBe('unconverted');
    expect((await account(second!.id)).status).toBe('unconverted');

    const log = (
      await api.GET('/audit', { params: { query: { action: 'account.desk-report.withdraw' } } })
    ).data!.items;
    expect(
      log
        .filter((e) => e.outcome === 'refused')
        .map((e) => e.username)
        .sort(),
    ).toEqual(['head.ict', 'officer.center']);
    const done = log.filter((e) => e.outcome === 'ok');
    expect(done).toHaveLength(2);
    expect(done.find((e) => e.username === 'officer.vietyen')).toMatchObject({
      targets: [first!.id],
      details: { reportedBy: 'officer.vietyen', reason: 'Ghi nhầm tài khoản' },
    });
  });
});

/** CSV text (BOM dropped) as rows of cells, with RFC 4180 quoting. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

/** The rows of a CSV export, each split into its cells: 7 statements, headings, data. */
async function csvOf(query: string, headers?: Record<string, string>) {
  const r = await fetch(`${location.origin}/api/accounts/export?${query}`, { headers });
  expect(r.status).toBe(200);
  // The empty row between the statements and the headings is left out.
  return parseCsv((await r.text()).replace(/^\uFEFF/, '')).filter((row) => row.join('') !== '');
}

async function sha256(text: string) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

describe('exports are masked by default and say what they hold', () => {
  it('masks numbers for every role unless full numbers are asked for with a reason', async () => {
    for (const username of ['officer.vietyen', 'head.luc-ngan', 'admin.ict']) {
      await signIn(username);
      const rows = await csvOf('format=csv&reason=cmnd_only&kind=citizen');
      const data = rows.slice(8);
      expect(data.length).toBeGreaterThan(0);
      for (const row of data) expect(row[3]).toMatch(/^12\d•+\d{4}$/);
    }
    // A head may not have full numbers at all; the attempt is audited.
    await signIn('head.luc-ngan');
    const refused = await fetch(
      `${location.origin}/api/accounts/export?format=csv&numbers=full&fullNumbersReason=Cần đối soát`,
    );
    expect(refused.status).toBe(403);
    // An officer may, with a reason only.
    await signIn('officer.vietyen');
    const noReason = await fetch(`${location.origin}/api/accounts/export?format=csv&numbers=full`);
    expect(noReason.status).toBe(400);
    const full = await csvOf(
      'format=csv&reason=cmnd_only&numbers=full&fullNumbersReason=Đối soát với công an xã',
    );
    expect(full[6]![1]).toContain('Đối soát với công an xã');
    for (const row of full.slice(8)) expect(row[3]).toMatch(/^12\d{7}$/);

    await signIn('admin.ict');
    const log = (await api.GET('/audit', { params: { query: { action: 'account.export' } } })).data!
      .items;
    expect(
      log.find((e) => e.username === 'head.luc-ngan' && e.outcome === 'refused'),
    ).toBeDefined();
    expect(
      log.find((e) => e.username === 'officer.vietyen' && e.details?.numbers === 'full'),
    ).toMatchObject({ details: { reason: 'Đối soát với công an xã' } });
  });

  it('states scope, filter, date and who exported it; audits the filter, rows and a hash of the ids', async () => {
    await signIn('officer.vietyen');
    const rows = await csvOf('format=csv&status=unconverted&reason=no_id&q=nguyen');
    expect(rows[0]![0]).toContain('Danh sách tài khoản');
    expect(rows[1]).toEqual(['Phạm vi', 'Thị xã Việt Yên']);
    expect(rows[2]![1]).toContain('Trạng thái: Chưa chuyển đổi');
    expect(rows[2]![1]).toContain('Lý do chưa chuyển đổi: Chưa có số định danh cá nhân');
    expect(rows[2]![1]).toContain('Tìm: nguyen');
    expect(rows[3]![1]).toMatch(/^20\/06\/2024 \d{2}:\d{2}$/);
    expect(rows[4]).toEqual(['Người xuất', 'Thân Văn Long (officer.vietyen)']);
    const data = rows.slice(8);
    expect(rows[5]).toEqual(['Số tài khoản', String(data.length)]);
    expect(rows[7]).toContain('Loại tài khoản');
    // Labels, not code values; dates as the screen shows them.
    expect(data[0]![1]).toBe('Công dân');
    expect(data[0]![11]).toBe('Chưa chuyển đổi');
    expect(data[0]![12]).toBe('Chưa có số định danh cá nhân');
    expect(data[0]![9]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);

    await signIn('admin.ict');
    const entry = (
      await api.GET('/audit', { params: { query: { action: 'account.export' } } })
    ).data!.items.find((e) => e.username === 'officer.vietyen')!;
    expect(entry.details).toMatchObject({
      format: 'csv',
      numbers: 'masked',
      lang: 'vi',
      rows: data.length,
      filter: 'district=222&q=nguyen&reason=no_id&status=unconverted',
      idsSha256: await sha256(data.map((r) => r[0]).join('\n')),
    });
  });

  it('speaks English when asked to, by parameter or by Accept-Language', async () => {
    await signIn('head.ict');
    for (const [query, headers] of [
      ['format=csv&reason=no_id&district=220&lang=en', undefined],
      ['format=csv&reason=no_id&district=220', { 'Accept-Language': 'en-GB,en;q=0.8' }],
    ] as const) {
      const rows = await csvOf(query, headers);
      expect(rows[1]).toEqual(['Scope', 'Tỉnh Bắc Giang']);
      expect(rows[7]![0]).toBe('Account ID');
      expect(rows[8]![1]).toBe('Citizen');
      expect(rows[8]![11]).toBe('Not converted');
    }
  });

  it('keeps the heading rows and cells safe to open in Excel (XLSX too)', async () => {
    await signIn('officer.vietyen');
    const r = await fetch(`${location.origin}/api/accounts/export?format=xlsx&q=-nguyen`);
    const sheet = strFromU8(
      unzipSync(new Uint8Array(await r.arrayBuffer()))['xl/worksheets/sheet1.xml']!,
    );
    expect(sheet).toContain('<t xml:space="preserve">Phạm vi</t>');
    expect(sheet).not.toMatch(/<t xml:space="preserve">[=+\-@]/);
  });
});

describe('organisation accounts opened at the desk', () => {
  it('appear in the list, the search, the account page and the organisations lane', async () => {
    await signIn('officer.vietyen');
    const before = await summary();
    const commune = (await list({ pageSize: 1 })).items[0]!.communeCode;
    const created = (
      await api.POST('/accounts/organisations', {
        body: {
          taxCode: '2400123456',
          name: 'Công ty TNHH Thiết bị Vạn Xuân Lộc',
          address: 'Khu công nghiệp Quang Châu',
          communeCode: commune,
          representative: {
            name: 'Ngô Văn Bình',
            identityNumber: '024090001234',
            phone: '0912345678',
          },
        },
      })
    ).data!;
    const byName = await list({ q: 'thiet bi van xuan loc' });
    expect(byName.items.map((a) => a.id)).toEqual([created.id]);
    expect(byName.items[0]).toMatchObject({
      kind: 'organisation',
      status: 'awaiting_guidance',
      source: 'desk',
      identityNumberMasked: '024•••••1234',
    });
    expect(
      (await list({ kind: 'organisation', source: 'desk', sort: '-registeredOn' })).items.map(
        (a) => a.id,
      ),
    ).toContain(created.id);
    expect((await list({ q: '1234', commune })).items.map((a) => a.id)).toContain(created.id);
    const page = await account(created.id);
    expect(page).toMatchObject({
      displayName: 'Công ty TNHH Thiết bị Vạn Xuân Lộc',
      taxCode: '2400123456',
    });
    const after = await summary();
    expect(after.awaiting.organisation).toBe(before.awaiting.organisation + 1);
    // Outside the district it stays unseen.
    await signIn('head.luc-ngan');
    expect(
      statusOf(
        await api
          .GET('/accounts/{id}', { params: { path: { id: created.id } } })
          .catch((e: unknown) => e),
      ),
    ).toBe(404);
  });
});
