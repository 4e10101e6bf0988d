/**
 * The accounts read side on the seeded database, against the demo backend on the same data (the
 * MSW handlers in this process through msw's getResponse, as mocks/server.ts serves them): the
 * same list pages, account pages and export files for the same queries, as every demo user who
 * may see the list; scope; search without a number oracle; the export's masking, audit and
 * streaming.
 */
import { createHash } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../../mocks/db';
import {
  KIND_CITIZEN,
  R_VERIFIED,
  accountId,
  identityNumber,
  phoneNumber,
  type Dataset,
} from '../../../mocks/db/dataset';
import { dayOf } from '../../../mocks/db/days';
import { resetStore } from '../../../mocks/db/storage';
import { communes } from '../../../mocks/db/units';
import { handlers } from '../../../mocks/handlers';
import { startTestApp, type TestApp } from '../../test/app';
import { demoSessionCookie } from '../../test/demo';

const TODAY = dayOf('2024-06-20');
const LIST_USERS = ['officer.center', 'officer.vietyen', 'head.ict', 'head.luc-ngan', 'admin.ict'];
const SCOPED = { 'officer.vietyen': '222', 'head.luc-ngan': '219' } as const;

/** The demo backend in this process, on its store reset to the default day (20/06/2024). */
function demoBackend() {
  const request = (method: string, path: string, cookie?: string, body?: unknown) =>
    getResponse(
      handlers,
      new Request(`http://localhost/api${path}`, {
        method,
        headers: {
          origin: 'http://localhost',
          ...(cookie ? { cookie } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
  return {
    async call(method: string, path: string, cookie?: string, body?: unknown) {
      const res = await request(method, path, cookie, body);
      if (!res) throw new Error(`demo: no handler for ${method} ${path}`);
      const text = await res.text();
      return {
        status: res.status,
        text,
        json: (text.startsWith('{') ? JSON.parse(text) : null) as unknown,
      };
    },
    async signIn(username: string) {
      const res = await request('POST', '/auth/login', undefined, { username, password: 'demo' });
      return demoSessionCookie(res, username);
    },
  };
}

type Page = { items: { id: string; districtCode: string }[]; total: number };
type Views = { items: { id: string; name: string; query: Record<string, string> }[] };

let t: TestApp;
let demo: ReturnType<typeof demoBackend>;
let ds: Dataset;
const cookies: Record<string, { server: string; demo: string }> = {};

beforeAll(async () => {
  resetStore({ everything: true });
  demo = demoBackend();
  // The demo backend runs in this process too: its work must not count as the server's lag.
  [t, ds] = await Promise.all([startTestApp({ underPressure: false }), dataset()]);
  for (const u of [...LIST_USERS, 'admin.justice']) {
    cookies[u] = { server: await t.signIn(u), demo: await demo.signIn(u) };
  }
}, 600_000);

afterAll(async () => {
  await t?.close();
});

const districtOfRow = (row: number) => communes[ds.commune[row]!]!.districtCode;

/** The first seeded row matching a test, from `from` on. */
function findRow(test: (row: number) => boolean, from = 0): number {
  for (let i = from; i < ds.size; i++) if (test(i)) return i;
  throw new Error('no such row');
}

async function both(username: string, path: string) {
  const [server, other] = await Promise.all([
    t.call('GET', path, { cookie: cookies[username]!.server }),
    demo.call('GET', path, cookies[username]!.demo),
  ]);
  return { server, demo: other };
}

async function expectSameList(username: string, path: string) {
  const { server, demo: other } = await both(username, path);
  expect(`${username} ${path}: ${server.statusCode}`).toBe(`${username} ${path}: ${other.status}`);
  if (other.status === 200) {
    const answer = server.json<Page>();
    expect(answer, `${username} ${path}`).toEqual(other.json);
    return answer;
  }
  return null;
}

describe('the accounts list equals the demo backend', () => {
  it('for search, filters, sorts and pages, as every user with the list', async () => {
    const vietyen = findRow((i) => districtOfRow(i) === '222' && ds.kind[i] === KIND_CITIZEN);
    const lucNgan = findRow((i) => districtOfRow(i) === '219' && ds.kind[i] === KIND_CITIZEN);
    const id = identityNumber(ds, vietyen)!;
    const phone = phoneNumber(
      ds,
      findRow((i) => districtOfRow(i) === '219' && !!phoneNumber(ds, i)),
    )!;
    const cmnd = identityNumber(
      ds,
      findRow((i) => identityNumber(ds, i)?.length === 9),
    )!;
    const communeVietyen = communes.find((c) => c.districtCode === '222')!.code;
    const queries = [
      '',
      '?pageSize=50&page=2',
      '?q=nguyen van&status=unconverted&pageSize=50',
      '?q=hoà&sort=-registeredOn',
      '?q=Hòa',
      '?q=đặng thị&sort=lastSeenOn',
      '?q=NGUYỄN Văn A',
      '?q=ng',
      '?q=cong ty&sort=-name',
      '?q=tnhh&kind=organisation',
      '?kind=organisation&sort=-name&page=3',
      '?kind=foreigner',
      '?status=converted&sort=commune&page=2',
      '?sort=-commune&pageSize=100&page=4',
      '?reason=id_mismatch&sort=lastSeenOn',
      '?reason=duplicate&status=converted',
      '?sort=desk&pageSize=50',
      '?sort=desk&page=40&pageSize=100',
      '?status=awaiting_guidance&sort=desk',
      '?regFrom=2024-05-01&regTo=2024-06-20&sort=-registeredOn',
      '?seenBefore=2023-01-01&source=desk&sort=-lastSeenOn',
      '?status=reported_at_desk',
      '?status=closed',
      `?q=${id}`,
      `?q=${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6, 9)} ${id.slice(9)}`,
      `?q=${id.slice(-4)}`,
      `?q=${phone}`,
      `?q=${phone.slice(0, 4)}.${phone.slice(4, 7)}.${phone.slice(7)}`,
      `?q=${cmnd}`,
      `?q=${id.slice(0, 6)}`,
      `?q=${identityNumber(ds, lucNgan)!.slice(-4)}&district=219`,
      '?district=222&q=le&sort=name',
      `?commune=${communeVietyen}&sort=-name`,
      '?district=219',
    ];
    for (const username of LIST_USERS) {
      for (const q of queries) {
        const answer = await expectSameList(username, `/accounts${q}`);
        const scope = SCOPED[username as keyof typeof SCOPED];
        if (answer && scope) for (const item of answer.items) expect(item.districtCode).toBe(scope);
      }
    }
    expect(t.mismatches).toEqual([]);
  }, 900_000);
});

describe('scope', () => {
  it('never returns another district: list (403 audited), account, reveal, duplicates', async () => {
    const c = cookies['officer.vietyen']!.server;
    const other = communes.find((x) => x.districtCode === '219')!.code;
    expect((await t.call('GET', '/accounts?district=219', { cookie: c })).statusCode).toBe(403);
    expect((await t.call('GET', `/accounts?commune=${other}`, { cookie: c })).statusCode).toBe(403);
    const refused = await t.services.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('username', '=', 'officer.vietyen')
      .where('action', '=', 'access.refused')
      .execute();
    expect(refused.length).toBeGreaterThanOrEqual(2);

    const outside = accountId(findRow((i) => districtOfRow(i) === '219'));
    expect((await t.call('GET', `/accounts/${outside}`, { cookie: c })).statusCode).toBe(404);
    expect((await t.call('POST', `/accounts/${outside}/reveal`, { cookie: c })).statusCode).toBe(
      404,
    );
    // An account in Việt Yên whose duplicates lie partly in other districts.
    const row = findRow((i) => {
      if (districtOfRow(i) !== '222') return false;
      const original = ds.dupOf[i]! >= 0 ? ds.dupOf[i]! : -1;
      return original >= 0 && districtOfRow(original) !== '222';
    });
    for (const username of ['officer.vietyen', 'officer.center']) {
      const path = `/accounts/${accountId(row)}`;
      const server = await t.call('GET', path, { cookie: cookies[username]!.server });
      const other = await demo.call('GET', path, cookies[username]!.demo);
      expect(server.statusCode).toBe(200);
      expect(server.json()).toEqual(other.json);
      const dups = server.json<{ duplicates: { districtCode: string }[] }>().duplicates;
      if (username === 'officer.vietyen') for (const d of dups) expect(d.districtCode).toBe('222');
      else expect(dups.some((d) => d.districtCode !== '222')).toBe(true);
    }
    expect(t.mismatches).toEqual([]);
  }, 300_000);
});

describe('the account page equals the demo backend', () => {
  it('for converted, unconverted, duplicate, organisation and foreigner accounts', async () => {
    const rows = [
      findRow(
        (i) =>
          ds.kind[i] === KIND_CITIZEN &&
          ds.convertedDay[i]! <= TODAY &&
          ds.reason[i] === R_VERIFIED,
      ),
      findRow((i) => ds.dupOf[i]! >= 0),
      findRow((i) => ds.kind[i] === 1),
      findRow((i) => ds.kind[i] === 2),
      0,
      1,
      2,
    ];
    for (const username of LIST_USERS) {
      for (const row of rows) {
        const path = `/accounts/${accountId(row)}`;
        const server = await t.call('GET', path, { cookie: cookies[username]!.server });
        const other = await demo.call('GET', path, cookies[username]!.demo);
        expect(`${username} ${path} ${server.statusCode}`).toBe(
          `${username} ${path} ${other.status}`,
        );
        if (other.status === 200) expect(server.json()).toEqual(other.json);
      }
    }
    expect(t.mismatches).toEqual([]);
  }, 300_000);

  it('reveals to roles that may, audited; refuses others', async () => {
    const row = findRow((i) => districtOfRow(i) === '222' && !!identityNumber(ds, i));
    const path = `/accounts/${accountId(row)}/reveal`;
    const ok = await t.call('POST', path, { cookie: cookies['officer.vietyen']!.server });
    expect(ok.json()).toEqual({
      identityNumber: identityNumber(ds, row),
      phone: phoneNumber(ds, row),
    });
    const audit = await t.services.db
      .selectFrom('audit_log')
      .select(['action', 'targets'])
      .where('action', '=', 'account.reveal')
      .where('username', '=', 'officer.vietyen')
      .execute();
    expect(audit).toEqual([{ action: 'account.reveal', targets: [accountId(row)] }]);
    expect((await t.call('POST', path, { cookie: cookies['head.ict']!.server })).statusCode).toBe(
      403,
    );
    expect(t.mismatches).toEqual([]);
  });
});

describe('search without a number oracle', () => {
  it('no part of a masked number finds its account, for any role; whole numbers audited without reveal', async () => {
    const row = findRow(
      (i) =>
        districtOfRow(i) === '219' && identityNumber(ds, i)?.length === 12 && !!phoneNumber(ds, i),
    );
    const id = accountId(row);
    for (const number of [identityNumber(ds, row)!, phoneNumber(ds, row)!]) {
      const attempts = new Set<string>();
      for (let len = 3; len < number.length; len++) {
        for (let from = 0; from + len <= number.length; from++) {
          const part = number.slice(from, from + len);
          // The visible last 4 digits are what the mask shows anyway.
          if (from + len === number.length && len === 4) continue;
          attempts.add(part);
        }
      }
      for (const username of ['head.luc-ngan', 'officer.center', 'head.ict']) {
        for (const q of attempts) {
          const res = await t.call('GET', `/accounts?q=${q}&district=219&pageSize=100`, {
            cookie: cookies[username]!.server,
          });
          expect(res.statusCode).toBe(200);
          const ids = res.json<Page>().items.map((i) => i.id);
          expect(ids, `${username} q=${q}`).not.toContain(id);
        }
      }
    }
    // The whole number finds it, and is audited for a role without reveal (never the number).
    const whole = identityNumber(ds, row)!;
    const res = await t.call('GET', `/accounts?q=${whole}`, {
      cookie: cookies['head.luc-ngan']!.server,
    });
    expect(res.json<Page>().items.map((i) => i.id)).toContain(id);
    await t.call('GET', `/accounts?q=${whole}`, { cookie: cookies['officer.center']!.server });
    const audit = await t.services.db
      .selectFrom('audit_log')
      .select(['username', 'targets', 'details'])
      .where('action', '=', 'account.search-number')
      .orderBy('id')
      .execute();
    // Officers may reveal: their searches are not audited; heads' whole-number searches are.
    expect(audit.filter((a) => a.username === 'officer.center')).toEqual([]);
    expect(audit.at(-1)).toEqual({
      username: 'head.luc-ngan',
      targets: [id],
      details: { kind: 'identity', matched: 1 },
    });
    expect(JSON.stringify(audit)).not.toContain(whole);
    expect(t.mismatches).toEqual([]);
  }, 600_000);
});

/** A CSV's lines, the export time's line left out (it differs by the second between backends). */
const csvLines = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((l) => !/^(Thời điểm xuất|Exported at)/.test(l));

describe('export', () => {
  it('gives the demo backend’s file, masked by default, audited with filter, rows and SHA-256', async () => {
    const commune = communes.find((c) => c.districtCode === '222')!.code;
    for (const [username, q] of [
      ['officer.vietyen', `commune=${commune}&sort=-name`],
      ['head.ict', `q=nguyen&status=unconverted&district=217&lang=en`],
    ] as const) {
      const path = `/accounts/export?format=csv&${q}`;
      const server = await t.call('GET', path, { cookie: cookies[username]!.server });
      const other = await demo.call('GET', path, cookies[username]!.demo);
      expect(server.statusCode).toBe(200);
      expect(server.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(server.body.startsWith('\uFEFF')).toBe(true);
      expect(csvLines(server.body)).toEqual(csvLines(other.text));
      // Masked: no whole 12-digit number in the file.
      expect(server.body).not.toMatch(/(^|,)\d{12}(,|$)/m);
      const ids = csvLines(server.body)
        .map((l) => l.split(',')[0]!)
        .filter((c) => /^(TK|DN|CD)\d{7}$/.test(c));
      const [entry] = await t.services.db
        .selectFrom('audit_log')
        .select(['details', 'targets'])
        .where('action', '=', 'account.export')
        .where('username', '=', username)
        .orderBy('id', 'desc')
        .limit(1)
        .execute();
      const sha = createHash('sha256').update(ids.join('\n')).digest('hex');
      expect(entry!.details).toMatchObject({
        format: 'csv',
        numbers: 'masked',
        rows: ids.length,
        idsSha256: sha,
      });
      expect(String((entry!.details as { filter: string }).filter)).toContain(
        username === 'head.ict' ? 'district=217' : 'district=222',
      );
    }
    expect(t.mismatches).toEqual([]);
  }, 300_000);

  it('full numbers only with accounts:reveal and a reason; XLSX with labels', async () => {
    const commune = communes.find((c) => c.districtCode === '222')!.code;
    const base = `/accounts/export?format=xlsx&commune=${commune}&numbers=full`;
    const head = await t.call('GET', `${base}&fullNumbersReason=checking%20records`, {
      cookie: cookies['head.ict']!.server,
    });
    expect(head.statusCode).toBe(403);
    const [refused] = await t.services.db
      .selectFrom('audit_log')
      .select(['outcome', 'details'])
      .where('action', '=', 'account.export')
      .where('username', '=', 'head.ict')
      .where('outcome', '=', 'refused')
      .execute();
    expect(refused!.details).toMatchObject({ numbers: 'full' });
    const noReason = await t.call('GET', base, { cookie: cookies['officer.vietyen']!.server });
    expect(noReason.statusCode).toBe(400);
    const ok = await t.call(
      'GET',
      `${base}&fullNumbersReason=${encodeURIComponent('  đối chiếu hồ sơ  ')}`,
      {
        cookie: cookies['officer.vietyen']!.server,
      },
    );
    expect(ok.statusCode).toBe(200);
    const files = unzipSync(new Uint8Array(ok.rawPayload));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const row = findRow(
      (i) =>
        ds.commune[i] === communes.findIndex((c) => c.code === commune) &&
        identityNumber(ds, i)?.length === 12,
    );
    expect(sheet).toContain(identityNumber(ds, row)!);
    expect(sheet).toContain('Chưa chuyển đổi');
    const [entry] = await t.services.db
      .selectFrom('audit_log')
      .select(['details'])
      .where('action', '=', 'account.export')
      .where('username', '=', 'officer.vietyen')
      .where('outcome', '=', 'ok')
      .orderBy('id', 'desc')
      .limit(1)
      .execute();
    expect(entry!.details).toMatchObject({
      format: 'xlsx',
      numbers: 'full',
      reason: 'đối chiếu hồ sơ',
    });
    expect(t.mismatches).toEqual([]);
  }, 300_000);

  it('a province export does not hold a list request', async () => {
    const cookie = cookies['officer.center']!.server;
    const started = performance.now();
    const exporting = t.call('GET', '/accounts/export?format=csv', { cookie });
    await new Promise((r) => setTimeout(r, 300));
    const listStart = performance.now();
    const list = await t.call(
      'GET',
      '/accounts?q=tran thi&status=unconverted&sort=name&pageSize=50',
      { cookie },
    );
    const listMs = performance.now() - listStart;
    const file = await exporting;
    const exportMs = performance.now() - started;
    expect(list.statusCode).toBe(200);
    expect(file.statusCode).toBe(200);
    const rows = csvLines(file.body).filter((l) => /^TK\d{7},/.test(l)).length;
    const total = (await t.call('GET', '/accounts?pageSize=1', { cookie })).json<Page>().total;
    expect(rows).toBe(total);
    // Timing is reported, not asserted (the machine is shared).
    console.log(
      `list during a province export (${rows} rows, ${Math.round(exportMs)} ms): ${Math.round(listMs)} ms`,
    );
    expect(t.mismatches).toEqual([]);
  }, 600_000);
});

describe('saved views', () => {
  it('are the user’s own: saved, listed newest first, deleted; another’s is 404', async () => {
    const mine = cookies['officer.vietyen']!.server;
    const saved = await t.call('POST', '/accounts/views', {
      cookie: mine,
      body: { name: ' Chưa chuyển đổi ', query: { status: 'unconverted' } },
    });
    expect(saved.statusCode).toBe(201);
    const second = await t.call('POST', '/accounts/views', {
      cookie: mine,
      body: { name: 'Lệch số', query: { reason: 'id_mismatch', kind: 'citizen' } },
    });
    const list = await t.call('GET', '/accounts/views', { cookie: mine });
    expect(list.json<Views>().items.map((v) => v.name)).toEqual(['Lệch số', 'Chưa chuyển đổi']);
    // The parameters in the order of the address they were saved from (it opens that address).
    expect(Object.keys(list.json<Views>().items[0]!.query)).toEqual(['reason', 'kind']);
    const other = await t.call('DELETE', `/accounts/views/${second.json<{ id: string }>().id}`, {
      cookie: cookies['officer.center']!.server,
    });
    expect(other.statusCode).toBe(404);
    expect(
      (
        await t.call('DELETE', `/accounts/views/${second.json<{ id: string }>().id}`, {
          cookie: mine,
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (await t.call('GET', '/accounts/views', { cookie: mine })).json<Views>().items,
    ).toHaveLength(1);
    expect(t.mismatches).toEqual([]);
  });
});
