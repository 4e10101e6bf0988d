import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_HTML_MAX_DEPTH } from '../../../src/lib/notice-limits';
import { startTestApp, type TestApp } from '../../test/app';
import { demoBackend } from '../../test/demo';

const USERS = [
  'officer.center',
  'officer.vietyen',
  'head.ict',
  'head.luc-ngan',
  'admin.justice',
  'admin.ict',
] as const;

let t: TestApp;
const demo = demoBackend();
const cookies: Record<string, string> = {};
const demoCookies: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  for (const u of USERS) {
    cookies[u] = await t.signIn(u);
    demoCookies[u] = await demo.signIn(u);
  }
});
afterAll(() => t.close());

/** The same request to both backends: status and body (problems by status and type). */
async function both(
  user: (typeof USERS)[number] | null,
  method: string,
  path: string,
  body?: unknown,
) {
  const server = await t.call(method, path, { cookie: user ? cookies[user] : undefined, body });
  const d = await demo.call(method, path, { cookie: user ? demoCookies[user] : undefined, body });
  const shape = (status: number, json: unknown) =>
    status >= 400
      ? {
          status,
          type: (json as { type?: string } | null)?.type,
          errors: (json as { errors?: { field: string; code: string }[] } | null)?.errors?.map(
            (e) => `${e.field}:${e.code}`,
          ),
        }
      : { status, json };
  return {
    server: shape(server.statusCode, server.body ? server.json() : null),
    demo: shape(d.status, d.json),
  };
}

const input = {
  docType: 'thong_bao',
  subject: '  Thông báo thử nghiệm chuyển đổi tài khoản ',
  bodyHtml:
    '<p onclick="x()">Nội dung <strong>thử</strong> &amp; <a href="https://dichvucong.gov.vn">DVC</a>.</p><script>alert(1)</script>',
  number: '',
  recipients: ['UBND thị xã Việt Yên', ' '],
  audience: { staff: 'districts', districtCodes: ['222'], citizens: true, businesses: false },
};

describe('notices on the seeded data, as the demo answers', () => {
  it('lists, shows, tracks and publishes the seeded notices alike for every demo user', async () => {
    const reads = [
      '/notices',
      '/notices?q=vneid',
      '/notices?q=h%C6%B0%E1%BB%9Bng%20d%E1%BA%ABn',
      '/notices?q=TB-STP%20t%C3%A0i%20kho%E1%BA%A3n',
      '/notices/TB0001',
      '/notices/TB0002',
      '/notices/TB0003',
      '/notices/TB0004',
      '/notices/TB0005',
      '/notices/TB9999',
      '/notices/TB0001/tracking',
      '/notices/TB0002/tracking',
      '/notices/TB0005/tracking',
    ];
    for (const user of USERS) {
      for (const path of reads) {
        const { server, demo: d } = await both(user, 'GET', path);
        expect(server, `${user} GET ${path}`).toEqual(d);
      }
    }
    // Nothing dated after the business day: 125/TB-STP (02/07/2024) is in no list.
    const list = (await t.call('GET', '/notices', { cookie: cookies['admin.ict'] })).json<{
      items: { id: string; issuedOn: string }[];
    }>();
    expect(list.items.map((n) => n.id)).not.toContain('TB0004');
    expect(list.items.every((n) => n.issuedOn <= '2024-06-20')).toBe(true);
    expect(list.items.length).toBeGreaterThan(0);
    expect(t.mismatches).toEqual([]);
  });

  it('shows a public notice without a session, and nothing that is not public', async () => {
    for (const path of [
      '/public/notices/TB0002',
      '/public/notices/TB0003',
      '/public/notices/TB0001',
      '/public/notices/TB0004',
      '/public/notices/TB0005',
    ]) {
      const { server, demo: d } = await both(null, 'GET', path);
      expect(server, path).toEqual(d);
    }
    const pub = await t.call('GET', '/public/notices/TB0002');
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({ id: 'TB0002', confirmed: false, canEdit: false });
    // Addressed to staff only: not public.
    expect((await t.call('GET', '/public/notices/TB0001')).statusCode).toBe(404);
    expect(t.mismatches).toEqual([]);
  });

  it('creates, saves (stale versions refused), publishes, confirms, tracks, reminds and archives as the demo does', async () => {
    const steps: [(typeof USERS)[number], string, (id: string) => string, unknown?][] = [
      ['officer.vietyen', 'POST', () => '/notices', input],
      ['admin.justice', 'POST', () => '/notices', { ...input, subject: '   ' }],
      [
        'admin.justice',
        'POST',
        () => '/notices',
        { ...input, audience: { ...input.audience, districtCodes: ['999'] } },
      ],
      [
        'admin.justice',
        'POST',
        () => '/notices',
        { ...input, effectiveFrom: '2024-06-20', effectiveUntil: '2024-06-01' },
      ],
      ['admin.justice', 'POST', () => '/notices', input],
      ['admin.ict', 'PUT', (id) => `/notices/${id}`, { ...input, subject: 'Sửa', baseVersion: 1 }],
      [
        'admin.justice',
        'PUT',
        (id) => `/notices/${id}`,
        { ...input, subject: 'Sửa lần hai', baseVersion: 1 },
      ],
      ['officer.vietyen', 'GET', (id) => `/notices/${id}`],
      ['admin.justice', 'POST', (id) => `/notices/${id}/confirm`],
      ['admin.justice', 'POST', (id) => `/notices/${id}/publish`],
      ['admin.justice', 'POST', (id) => `/notices/${id}/publish`],
      ['officer.vietyen', 'GET', () => '/notices'],
      ['officer.center', 'POST', (id) => `/notices/${id}/confirm`],
      ['officer.vietyen', 'POST', (id) => `/notices/${id}/confirm`],
      ['officer.vietyen', 'POST', (id) => `/notices/${id}/confirm`],
      ['officer.vietyen', 'GET', () => '/notices'],
      ['head.luc-ngan', 'GET', (id) => `/notices/${id}`],
      ['admin.justice', 'GET', (id) => `/notices/${id}/tracking`],
      ['officer.vietyen', 'GET', (id) => `/notices/${id}/tracking`],
      ['admin.justice', 'POST', () => '/notices/TB0002/reminders'],
      ['admin.justice', 'POST', () => '/notices/TB0002/confirm'],
      ['officer.vietyen', 'POST', () => '/notices/TB0002/confirm'],
      ['admin.justice', 'GET', () => '/notices/TB0002/tracking'],
      // A new revision of a published body: readers confirm again.
      [
        'admin.justice',
        'PUT',
        (id) => `/notices/${id}`,
        { ...input, subject: 'Sửa lần hai', bodyHtml: '<p>Bản mới</p>', baseVersion: 3 },
      ],
      ['admin.justice', 'GET', (id) => `/notices/${id}/tracking`],
      ['officer.vietyen', 'GET', (id) => `/notices/${id}`],
      ['admin.justice', 'POST', (id) => `/notices/${id}/archive`],
      ['admin.justice', 'POST', (id) => `/notices/${id}/archive`],
      ['officer.vietyen', 'GET', () => '/notices'],
      ['admin.justice', 'GET', () => '/notices'],
      ['officer.vietyen', 'POST', () => '/notices/TB0005/publish'],
      ['head.ict', 'GET', () => '/notices/TB0005'],
    ];
    let serverId = '';
    let demoId = '';
    for (const [user, method, path, body] of steps) {
      const server = await t.call(method, path(serverId), { cookie: cookies[user], body });
      const d = await demo.call(method, path(demoId), { cookie: demoCookies[user], body });
      const label = `${user} ${method} ${path('<id>')}`;
      expect(server.statusCode, label).toBe(d.status);
      if (d.status >= 400) {
        const errors = (j: unknown) =>
          (j as { errors?: { field: string; code: string }[] }).errors?.map(
            (e) => `${e.field}:${e.code}`,
          );
        expect(errors(server.json()), label).toEqual(errors(d.json));
        continue;
      }
      if (method === 'POST' && path('') === '/notices') {
        serverId = server.json<{ id: string }>().id;
        demoId = (d.json as { id: string }).id;
        expect(serverId).toBe(demoId);
      }
      expect(server.json(), label).toEqual(d.json);
    }
    const created = (
      await t.call('GET', `/notices/${serverId}`, { cookie: cookies['admin.justice'] })
    ).json<{
      subject: string;
      bodyHtml: string;
      status: string;
      number: string;
      recipients: string[];
    }>();
    // Trimmed and cleaned.
    expect(created).toMatchObject({
      subject: 'Sửa lần hai',
      bodyHtml: '<p>Bản mới</p>',
      status: 'archived',
      recipients: ['UBND thị xã Việt Yên'],
    });
    // Confirmations are kept per user in the database.
    const confirmations = await t.services.db
      .selectFrom('notice_confirmations')
      .select(['notice_id', 'username'])
      .where('notice_id', '=', 'TB0002')
      .execute();
    expect(confirmations.map((c) => c.username).sort()).toEqual([
      'officer.center',
      'officer.vietyen',
    ]);
    // Changes are audited; the refusals too.
    const audited = await t.services.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'targets'])
      .where('action', 'like', 'notice.%')
      .orderBy('id')
      .execute();
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'notice.create',
        'notice.save',
        'notice.publish',
        'notice.remind',
        'notice.archive',
      ]),
    );
    const refused = await t.services.db
      .selectFrom('audit_log')
      .select(['action', 'targets'])
      .where('outcome', '=', 'refused')
      .where('action', '=', 'access.refused')
      .execute();
    expect(refused.length).toBeGreaterThan(0);
    expect(t.mismatches).toEqual([]);
  });
});

describe('a pathological notice body', () => {
  it('is refused with a 400 naming bodyHtml, at once', async () => {
    const bodyHtml = '<i>'.repeat(33_333) + 'x'; // 100,000 characters: within the length limit
    expect(bodyHtml.length).toBe(100_000);
    const started = performance.now();
    const res = await t.call('POST', '/notices', {
      cookie: cookies['admin.justice'],
      body: { ...input, bodyHtml },
    });
    const ms = performance.now() - started;
    console.info(`server: 33,333 nested <i> (100,000 characters) refused in ${ms.toFixed(1)} ms`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json()).toMatchObject({
      type: 'urn:problem:validation',
      errors: [{ field: 'bodyHtml', code: 'too_deep' }],
    });
    const closed = '<i>'.repeat(14_285) + 'x' + '</i>'.repeat(14_285);
    const started2 = performance.now();
    const res2 = await t.call('POST', '/notices', {
      cookie: cookies['admin.justice'],
      body: { ...input, bodyHtml: closed },
    });
    console.info(
      `server: 14,285 nested and closed <i> (${closed.length} characters) refused in ${(performance.now() - started2).toFixed(1)} ms`,
    );
    expect(res2.json()).toMatchObject({ errors: [{ field: 'bodyHtml', code: 'too_deep' }] });
    // Over the length limit: the contract's own 400.
    const long = await t.call('POST', '/notices', {
      cookie: cookies['admin.justice'],
      body: { ...input, bodyHtml: `<p>${'a'.repeat(100_000)}</p>` },
    });
    expect(long.statusCode).toBe(400);
    expect(long.json()).toMatchObject({ errors: [{ field: 'bodyHtml', code: 'too_long' }] });
    // The deepest body allowed is stored, and a large ordinary one is cleaned quickly.
    const deep = `<p>${'<i>'.repeat(NOTICE_HTML_MAX_DEPTH - 1)}x${'</i>'.repeat(NOTICE_HTML_MAX_DEPTH - 1)}</p>`;
    expect(
      (
        await t.call('POST', '/notices', {
          cookie: cookies['admin.justice'],
          body: { ...input, bodyHtml: deep },
        })
      ).statusCode,
    ).toBe(201);
    const unit =
      '<h3>Mục</h3><p>Đoạn <strong>đậm</strong> &amp; <a href="https://x.vn">liên kết</a></p><ul><li>Một</li><li>Hai</li></ul>';
    const big = unit.repeat(Math.floor(60_000 / unit.length));
    const started3 = performance.now();
    const ok = await t.call('POST', '/notices', {
      cookie: cookies['admin.justice'],
      body: { ...input, bodyHtml: big },
    });
    console.info(
      `server: an ordinary ${big.length}-character body created in ${(performance.now() - started3).toFixed(1)} ms`,
    );
    expect(ok.statusCode).toBe(201);
    // Links gain rel and target: a body that would grow past the limit is refused, not cut.
    const links = '<a href="https://x.vn">x</a>'.repeat(Math.floor(99_000 / 28));
    const grown = await t.call('POST', '/notices', {
      cookie: cookies['admin.justice'],
      body: { ...input, bodyHtml: links },
    });
    expect(grown.json()).toMatchObject({ errors: [{ field: 'bodyHtml', code: 'too_long' }] });
    expect(t.mismatches).toEqual([]);
  });
});

describe('attachments', () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
  const multipart = (name: string, type: string, bytes: Buffer) => {
    const boundary = 'notices-test-boundary';
    return {
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
        ),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    };
  };
  const upload = (
    id: string,
    name: string,
    type: string,
    bytes: Buffer,
    cookie = cookies['admin.justice'],
  ) => {
    const once = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/notices/${id}/attachments`,
        headers: {
          origin: 'http://app.test',
          cookie: cookie!,
          ...multipart(name, type, bytes).headers,
        },
        payload: multipart(name, type, bytes).payload,
      });
    return once();
  };

  it('stores a file in the database and gives it back, to readers and (public notices) to anyone', async () => {
    const res = await upload('TB0002', 'Hướng dẫn\u0007 chuyển/đổi.pdf', 'application/pdf', PDF);
    expect(res.statusCode).toBe(201);
    const notice = res.json<{
      attachments: { id: string; name: string; type: string; size: number }[];
    }>();
    expect(notice.attachments).toEqual([
      {
        id: 'TB0002-1',
        name: 'Hướng dẫn chuyển_đổi.pdf',
        type: 'application/pdf',
        size: PDF.length,
      },
    ]);
    const stored = await t.services.db
      .selectFrom('notice_attachments')
      .select(['bytes'])
      .where('id', '=', 'TB0002-1')
      .executeTakeFirstOrThrow();
    expect(Buffer.from(stored.bytes).equals(PDF)).toBe(true);
    // A public notice's file: without a session too.
    for (const cookie of [undefined, cookies['officer.vietyen']]) {
      const file = await t.call('GET', '/notices/TB0002/attachments/TB0002-1', { cookie });
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect(String(file.headers['content-disposition'])).toContain(
        `filename*=UTF-8''${encodeURIComponent('Hướng dẫn chuyển_đổi.pdf')}`,
      );
      expect(file.rawPayload.equals(PDF)).toBe(true);
    }
    const gone = await t.call('DELETE', '/notices/TB0002/attachments/TB0002-1', {
      cookie: cookies['admin.justice'],
    });
    expect(gone.statusCode).toBe(200);
    expect(gone.json<{ attachments: unknown[] }>().attachments).toEqual([]);
    expect((await t.call('GET', '/notices/TB0002/attachments/TB0002-1')).statusCode).toBe(404);
    expect(t.mismatches).toEqual([]);
  });

  it('keeps a draft’s files from anyone who may not read it, and refuses what is not a PDF, PNG or JPEG, too large, or one too many', async () => {
    expect((await upload('TB0005', 'a.pdf', 'application/pdf', PDF)).statusCode).toBe(201);
    expect((await t.call('GET', '/notices/TB0005/attachments/TB0005-1')).statusCode).toBe(404);
    expect(
      (
        await t.call('GET', '/notices/TB0005/attachments/TB0005-1', {
          cookie: cookies['officer.vietyen'],
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.call('GET', '/notices/TB0005/attachments/TB0005-1', {
          cookie: cookies['admin.justice'],
        })
      ).statusCode,
    ).toBe(200);
    const field = (r: { json: () => unknown }) => (r.json() as { errors: unknown[] }).errors;
    // A script named .pdf: the type comes from the bytes.
    const fake = await upload(
      'TB0005',
      'x.pdf',
      'application/pdf',
      Buffer.from('<script>alert(1)</script>'),
    );
    expect(fake.statusCode).toBe(400);
    expect(field(fake)).toEqual([{ field: 'file', code: 'file_type' }]);
    const big = await upload(
      'TB0005',
      'big.pdf',
      'application/pdf',
      Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]),
    );
    expect(big.statusCode).toBe(400);
    expect(field(big)).toEqual([{ field: 'file', code: 'file_size' }]);
    for (let i = 2; i <= 5; i++)
      expect((await upload('TB0005', `${i}.pdf`, 'application/pdf', PDF)).statusCode).toBe(201);
    const sixth = await upload('TB0005', '6.pdf', 'application/pdf', PDF);
    expect(field(sixth)).toEqual([{ field: 'file', code: 'file_count' }]);
    // Only the issuing department attaches; others are refused (and audited).
    expect(
      (await upload('TB0002', 'a.pdf', 'application/pdf', PDF, cookies['head.ict'])).statusCode,
    ).toBe(403);
    expect(t.mismatches).toEqual([]);
  });
});
