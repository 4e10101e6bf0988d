import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app';
import { demoBackend } from '../../test/demo';

let t: TestApp;
const demo = demoBackend();
let admin = '';
let demoAdmin = '';

interface Entry {
  id: string;
  at: string;
  username: string;
  role: string | null;
  unitCode: string | null;
  action: string;
  targets: string[];
  details?: Record<string, unknown>;
  outcome: string;
}
type Page = { items: Entry[]; total: number; page: number; pageSize: number };

const notice = {
  docType: 'thong_bao',
  subject: 'Lịch tiếp dân',
  bodyHtml: '<p>Nội dung</p>',
  audience: { staff: 'desks', districtCodes: [], citizens: false, businesses: false },
};

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('admin.ict');
  demoAdmin = await demo.signIn('admin.ict');
  // The same actions on both backends: a notice written, published, its readers reminded.
  const justice = await t.signIn('admin.justice');
  const demoJustice = await demo.signIn('admin.justice');
  const created = (await t.call('POST', '/notices', { cookie: justice, body: notice })).json<{
    id: string;
  }>();
  const demoCreated = (await demo.call('POST', '/notices', { cookie: demoJustice, body: notice }))
    .json as {
    id: string;
  };
  const steps: [
    (m: string, p: string, o: { cookie: string }) => Promise<unknown>,
    string,
    string,
  ][] = [
    [(m, p, o) => t.call(m, p, o), justice, created.id],
    [(m, p, o) => demo.call(m, p, o), demoJustice, demoCreated.id],
  ];
  for (const [call, cookie, id] of steps) {
    await call('POST', `/notices/${id}/publish`, { cookie });
    await call('POST', '/notices/TB0002/reminders', { cookie });
  }
  // Failed sign-ins: by a user that exists, and by a name that is a formula.
  for (const username of ['officer.center', '=HYPERLINK("http://evil.example","x")']) {
    await t.call('POST', '/auth/login', { body: { username, password: 'wrong' } });
  }
});
afterAll(() => t.close());

/** What two backends must agree on (ids and instants are made at run time on each). */
const comparable = (e: Entry) => ({ ...e, id: '<id>', at: e.at.slice(0, 10) });

describe('the audit log', () => {
  it('filters by an action and those under it, as the demo does', async () => {
    for (const path of [
      '/audit?action=notice.',
      '/audit?action=notice.publish',
      '/audit?action=notice&username=admin.justice&from=2024-06-20&to=2024-06-20',
      '/audit?action=notice.&page=2&pageSize=1',
      '/audit?action=notice.&to=2024-06-19',
    ]) {
      const server = await t.call('GET', path, { cookie: admin });
      const d = await demo.call('GET', path, { cookie: demoAdmin });
      expect(server.statusCode, path).toBe(200);
      const s = server.json<Page>();
      const dj = d.json as Page;
      expect({ ...s, items: s.items.map(comparable) }, path).toEqual({
        ...dj,
        items: dj.items.map(comparable),
      });
    }
    const page = (await t.call('GET', '/audit?action=notice.', { cookie: admin })).json<Page>();
    expect(page.items.map((e) => e.action)).toEqual([
      'notice.remind',
      'notice.publish',
      'notice.create',
    ]);
    expect(page.items[0]).toMatchObject({
      username: 'admin.justice',
      role: 'dept_admin',
      unitCode: 'STP',
      targets: ['TB0002'],
      outcome: 'ok',
    });
    expect(t.mismatches).toEqual([]);
  });

  it('keeps failed sign-ins by any username, without a role or unit', async () => {
    const page = (
      await t.call('GET', '/audit?action=auth.sign-in.failed', { cookie: admin })
    ).json<Page>();
    expect(page.items.map((e) => [e.username, e.role, e.unitCode, e.outcome])).toEqual([
      ['=HYPERLINK("http://evil.example","x")', null, null, 'refused'],
      ['officer.center', null, null, 'refused'],
    ]);
    const one = (
      await t.call('GET', '/audit?username=officer.center', { cookie: admin })
    ).json<Page>();
    expect(one.items.every((e) => e.username === 'officer.center')).toBe(true);
    expect(one.total).toBe(one.items.length);
    expect(t.mismatches).toEqual([]);
  });

  it('pages newest first and shows nothing after the business day', async () => {
    // An entry dated after 20/06/2024 (the log is append-only: inserting is what it allows).
    await t.services.db
      .insertInto('audit_log')
      .values({
        at: '2024-06-21T01:00:00.000Z',
        username: 'admin.ict',
        role: 'sys_admin',
        unit_code: 'STTTT',
        action: 'notice.publish',
        targets: ['TB9998'],
        details: '{}',
        outcome: 'ok',
      })
      .execute();
    const all = (await t.call('GET', '/audit?pageSize=100', { cookie: admin })).json<Page>();
    expect(all.items.some((e) => e.targets.includes('TB9998'))).toBe(false);
    const ats = all.items.map((e) => e.at);
    expect(ats).toEqual([...ats].sort().reverse());
    const p1 = (await t.call('GET', '/audit?pageSize=2', { cookie: admin })).json<Page>();
    const p2 = (await t.call('GET', '/audit?pageSize=2&page=2', { cookie: admin })).json<Page>();
    expect(p1.total).toBe(all.total);
    expect([...p1.items, ...p2.items].map((e) => e.id)).toEqual(
      all.items.slice(0, 4).map((e) => e.id),
    );
    expect(t.mismatches).toEqual([]);
  });

  it('is for system admins only, and asks for a session', async () => {
    expect((await t.call('GET', '/audit')).statusCode).toBe(401);
    const head = await t.signIn('head.ict');
    expect((await t.call('GET', '/audit', { cookie: head })).statusCode).toBe(403);
    expect((await t.call('GET', '/audit/export?format=csv', { cookie: head })).statusCode).toBe(
      403,
    );
    expect(t.mismatches).toEqual([]);
  });
});

describe('the audit export', () => {
  it('streams the filtered entries as CSV with a BOM, Excel-safe, and is itself audited', async () => {
    const res = await t.call('GET', '/audit/export?format=csv&action=auth.sign-in.failed', {
      cookie: admin,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="nhat-ky-2024-06-20.csv"',
    );
    const text = res.rawPayload.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'Thời gian,Người thực hiện,Vai trò,Mã đơn vị,Đơn vị,Mã thao tác,Thao tác,Đối tượng,Kết quả,Chi tiết',
    );
    expect(lines).toHaveLength(3);
    // A username that is a formula is written as text.
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(lines[1]).toMatch(/^20\/06\/2024 \d\d:\d\d,/);
    expect(lines[1]).toContain(',,,,auth.sign-in.failed,Đăng nhập không thành công,,Bị từ chối,');
    const audited = (
      await t.call('GET', '/audit?action=audit.export', { cookie: admin })
    ).json<Page>();
    expect(audited.items[0]).toMatchObject({
      username: 'admin.ict',
      details: { rows: 2, format: 'csv', filter: 'action=auth.sign-in.failed' },
    });
    expect(t.mismatches).toEqual([]);
  });

  it('answers the same file as the demo for the same entries', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const server = await t.call('GET', `/audit/export?format=${format}&action=notice.`, {
        cookie: admin,
      });
      const d = await demo.call('GET', `/audit/export?format=${format}&action=notice.`, {
        cookie: demoAdmin,
      });
      expect(server.statusCode).toBe(d.status);
      if (format === 'csv') {
        const times = (s: string) => s.replace(/\d\d:\d\d/g, '<time>');
        expect(times(server.rawPayload.toString('utf8'))).toBe(times(String(d.json)));
      } else {
        const sheet = unzipSync(new Uint8Array(server.rawPayload))['xl/worksheets/sheet1.xml'];
        expect(sheet).toBeDefined();
        const xml = strFromU8(sheet!);
        expect(xml).toContain('Ban hành thông báo');
        expect(xml).toContain('notice.remind');
        expect(xml).toContain('Nhắc cán bộ đọc thông báo');
      }
    }
    expect(t.mismatches).toEqual([]);
  });

  it('streams a large log in batches', async () => {
    const n = 12_000;
    await t.services.database.query(
      `insert into audit_log (at, username, role, unit_code, action, targets, details, outcome)
       select timestamptz '2024-06-19T03:00:00Z' + make_interval(secs => g), 'officer.vietyen',
              'officer', '222', 'account.reveal', array['TK' || lpad(g::text, 7, '0')], '{}', 'ok'
       from generate_series(1, $1::int) g`,
      [n],
    );
    const started = performance.now();
    const res = await t.call('GET', '/audit/export?format=csv&action=account.reveal', {
      cookie: admin,
    });
    const csvMs = performance.now() - started;
    const lines = res.rawPayload.toString('utf8').split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(n + 1);
    expect(lines[1]).toContain('TK0012000');
    expect(lines[n]).toContain('TK0000001');
    const started2 = performance.now();
    const xlsx = await t.call('GET', '/audit/export?format=xlsx&action=account.reveal', {
      cookie: admin,
    });
    const xlsxMs = performance.now() - started2;
    const xml = strFromU8(unzipSync(new Uint8Array(xlsx.rawPayload))['xl/worksheets/sheet1.xml']!);
    expect(xml.match(/<row /g)).toHaveLength(n + 1);
    console.info(
      `server: audit export of ${n} entries: CSV ${csvMs.toFixed(0)} ms (${res.rawPayload.length} bytes), XLSX ${xlsxMs.toFixed(0)} ms (${xlsx.rawPayload.length} bytes)`,
    );
    const list = await t.call('GET', '/audit?action=account.reveal&page=3&pageSize=100', {
      cookie: admin,
    });
    expect(list.json<Page>()).toMatchObject({ total: n, page: 3, pageSize: 100 });
    expect(t.mismatches).toEqual([]);
  });
});
