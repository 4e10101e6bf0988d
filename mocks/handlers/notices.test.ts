import { describe, expect, it } from 'vitest';
import { api } from '../../src/api/client';
import type { components } from '../../src/api/schema';
import {
  noticeText,
  sanitizeNoticeHtml,
  unsafeParts,
} from '../../src/features/notices/lib/sanitize';
import { citedDocumentDates, seedNotices } from '../db/notices-seed';
import { xssPayloads } from '../../src/features/notices/test/xss-payloads';

type NoticeInput = components['schemas']['NoticeInput'];

async function signIn(username: string) {
  await api.POST('/auth/login', { body: { username, password: 'demo' } });
}

const input = (over: Partial<NoticeInput> = {}): NoticeInput => ({
  docType: 'thong_bao',
  subject: 'Thông báo thử',
  bodyHtml: '<p>Nội dung</p>',
  audience: { staff: 'districts', districtCodes: ['222'], citizens: false, businesses: false },
  ...over,
});

/** Markup that must never survive sanitising (text such as "javascript:" outside a tag is inert). */
const DANGEROUS =
  /<script|<iframe|<object|<embed|<svg|<math|<style|<img|<frame|<meta|<link|<input|<body|<details|\son\w+\s*=|href="(?:javascript|vbscript|data):/i;

describe('notice sanitising', () => {
  it('has at least 30 OWASP payloads', () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(30);
  });

  it.each(xssPayloads)('neutralises %s', (payload) => {
    const out = sanitizeNoticeHtml(`<p>a</p>${payload}<p>b</p>`);
    expect(unsafeParts(out)).toEqual([]);
    expect(out).not.toMatch(DANGEROUS);
    expect(out).toContain('<p>a</p>');
  });

  it('keeps the allowed structure and adds rel to links', () => {
    const out = sanitizeNoticeHtml(
      '<h3 style="color:red" class="MsoNormal">T</h3><ul><li><strong>x</strong></li></ul><table><tbody><tr><td>1</td></tr></tbody></table><a href="https://dichvucong.gov.vn">l</a>',
    );
    expect(out).toContain('<h3>T</h3>');
    expect(out).toContain('<ul><li><strong>x</strong></li></ul>');
    expect(out).toContain('<td>1</td>');
    expect(out).toMatch(/<a href="https:\/\/dichvucong.gov.vn" rel="noopener noreferrer"/);
  });
});

describe('notices API', () => {
  it('lets admin.justice publish, officer.vietyen see and confirm, and the count moves', async () => {
    await signIn('admin.justice');
    const draft = (await api.POST('/notices', { body: input() })).data!;
    expect(draft.status).toBe('draft');
    const published = (
      await api.POST('/notices/{id}/publish', { params: { path: { id: draft.id } } })
    ).data!;
    expect(published.status).toBe('published');
    expect(published.number).toMatch(/\/TB-STP$/);
    const before = (await api.GET('/notices/{id}/tracking', { params: { path: { id: draft.id } } }))
      .data!;
    const unit = before.units.find((u) => u.unitCode === '222')!;
    expect(before.units).toHaveLength(1);
    expect(before.pending.map((p) => p.username)).toContain('officer.vietyen');

    await signIn('officer.vietyen');
    const list = (await api.GET('/notices')).data!;
    const mine = list.items.find((n) => n.id === draft.id)!;
    expect(mine.confirmed).toBe(false);
    // Unread first.
    expect(list.items.findIndex((n) => !n.confirmed)).toBe(0);
    const confirmed = (
      await api.POST('/notices/{id}/confirm', { params: { path: { id: draft.id } } })
    ).data!;
    expect(confirmed.confirmed).toBe(true);

    await signIn('admin.justice');
    const after = (await api.GET('/notices/{id}/tracking', { params: { path: { id: draft.id } } }))
      .data!;
    expect(after.units[0]!.confirmed).toBe(unit.confirmed + 1);
    expect(after.pending.map((p) => p.username)).not.toContain('officer.vietyen');
  });

  it('refuses officers who try to write or publish (403)', async () => {
    await signIn('officer.vietyen');
    await expect(api.POST('/notices', { body: input() })).rejects.toMatchObject({ status: 403 });
    await expect(
      api.POST('/notices/{id}/publish', { params: { path: { id: 'TB0002' } } }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      api.PUT('/notices/{id}', {
        params: { path: { id: 'TB0002' } },
        body: { ...input(), baseVersion: 1 },
      }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('hides drafts from readers and another department cannot edit', async () => {
    await signIn('officer.center');
    await expect(
      api.GET('/notices/{id}', { params: { path: { id: 'TB0005' } } }),
    ).rejects.toMatchObject({ status: 404 });
    await signIn('head.ict');
    const list = (await api.GET('/notices')).data!;
    expect(list.items.some((n) => n.status === 'draft')).toBe(false);
  });

  it('answers a stale save with 409 and the current copy', async () => {
    await signIn('admin.justice');
    const draft = (await api.POST('/notices', { body: input() })).data!;
    const first = (
      await api.PUT('/notices/{id}', {
        params: { path: { id: draft.id } },
        body: { ...input({ subject: 'Bản của người thứ nhất' }), baseVersion: draft.version },
      })
    ).data!;
    expect(first.version).toBe(draft.version + 1);
    await expect(
      api.PUT('/notices/{id}', {
        params: { path: { id: draft.id } },
        body: { ...input({ subject: 'Bản của người thứ hai' }), baseVersion: draft.version },
      }),
    ).rejects.toMatchObject({
      status: 409,
      problem: { current: { subject: 'Bản của người thứ nhất' } },
    });
  });

  it('sanitises every payload on save through the API', async () => {
    await signIn('admin.justice');
    const draft = (
      await api.POST('/notices', { body: input({ bodyHtml: xssPayloads.join('<p>-</p>') }) })
    ).data!;
    expect(unsafeParts(draft.bodyHtml)).toEqual([]);
    expect(draft.bodyHtml).not.toMatch(DANGEROUS);
  });

  it('finds notices ignoring tone marks', async () => {
    await signIn('officer.vietyen');
    const a = (await api.GET('/notices', { params: { query: { q: 'to chuc doanh nghiep' } } }))
      .data!;
    const b = (await api.GET('/notices', { params: { query: { q: 'Tổ chức, doanh nghiệp' } } }))
      .data!;
    expect(a.items.map((n) => n.id)).toContain('TB0002');
    expect(a.items.length).toBeGreaterThan(0);
    const c = (await api.GET('/notices', { params: { query: { q: 'khong co gi nhu vay' } } }))
      .data!;
    expect(c.items).toHaveLength(0);
    expect(b.items.map((n) => n.id)).toContain('TB0002');
  });

  it('shows a notice only from its date on: nothing the demo day has not reached yet', async () => {
    await signIn('admin.ict');
    await api.PUT('/demo/state', { body: { today: '2024-06-10' } });
    const early = (await api.GET('/notices')).data!;
    expect(early.items.every((n) => n.issuedOn <= '2024-06-10')).toBe(true);
    expect(early.items.map((n) => n.id)).toEqual(expect.arrayContaining(['TB0001', 'TB0002']));
    expect(early.items.map((n) => n.id)).not.toContain('TB0003');
    const later = await api
      .GET('/notices/{id}', { params: { path: { id: 'TB0003' } } })
      .catch((e: unknown) => e);
    expect(later).toMatchObject({ status: 404 });
    const publicLater = await api
      .GET('/public/notices/{id}', { params: { path: { id: 'TB0003' } } })
      .catch((e: unknown) => e);
    expect(publicLater).toMatchObject({ status: 404 });
    await api.PUT('/demo/state', { body: { today: '2024-07-05' } });
    const july = (await api.GET('/notices')).data!;
    expect(july.items.map((n) => n.id)).toContain('TB0004');
  });

  it('tracks each unit once, without the issuer, furthest behind first', async () => {
    await signIn('admin.justice');
    const tr = (await api.GET('/notices/{id}/tracking', { params: { path: { id: 'TB0002' } } }))
      .data!;
    const codes = tr.units.map((u) => u.unitCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).not.toContain('STP');
    expect(codes).toContain('TTPVHCC');
    const shares = tr.units.map((u) => u.confirmed / u.intended);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    // The issuing department is not asked to confirm its own notice.
    const own = (await api.GET('/notices/{id}', { params: { path: { id: 'TB0002' } } })).data!;
    expect(own.addressedToMe).toBe(false);
    expect(own.governingBodyName).toBe('UBND TỈNH BẮC GIANG');
    await signIn('admin.ict');
    const ubnd = (await api.GET('/notices/{id}', { params: { path: { id: 'TB0001' } } })).data!;
    expect(ubnd.governingBodyName).toBeNull();
  });

  it('seeds notices that cite only documents signed by their date', () => {
    for (const n of seedNotices) {
      for (const ref of n.related) {
        const signed = citedDocumentDates[ref];
        expect(signed, `${n.number} cites ${ref}`).toBeDefined();
        expect((signed ?? '9999') <= n.issuedOn, `${n.number} cites ${ref}`).toBe(true);
      }
      for (const [ref, signed] of Object.entries(citedDocumentDates)) {
        if (noticeText(n.bodyHtml).includes(ref)) {
          expect(signed <= n.issuedOn, `${n.number} mentions ${ref}`).toBe(true);
        }
      }
    }
  });

  it('serves public notices without sign-in only when addressed to citizens or businesses', async () => {
    await api.POST('/auth/logout');
    const pub = (await api.GET('/public/notices/{id}', { params: { path: { id: 'TB0002' } } }))
      .data!;
    expect(pub.subject).toMatch(/Tư pháp/);
    await expect(
      api.GET('/public/notices/{id}', { params: { path: { id: 'TB0005' } } }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('archives a published notice: readers lose it, the issuer keeps it, its pin stops', async () => {
    await signIn('admin.justice');
    const draft = (await api.POST('/notices', { body: input({ pinned: true }) })).data!;
    await expect(
      api.POST('/notices/{id}/archive', { params: { path: { id: draft.id } } }),
    ).rejects.toMatchObject({ status: 409 });
    await api.POST('/notices/{id}/publish', { params: { path: { id: draft.id } } });
    await signIn('officer.vietyen');
    expect((await api.GET('/notices')).data!.items.find((n) => n.id === draft.id)?.pinned).toBe(
      true,
    );
    await expect(
      api.POST('/notices/{id}/archive', { params: { path: { id: draft.id } } }),
    ).rejects.toMatchObject({ status: 403 });
    await signIn('admin.justice');
    const archived = (
      await api.POST('/notices/{id}/archive', { params: { path: { id: draft.id } } })
    ).data!;
    expect(archived.status).toBe('archived');
    const own = (await api.GET('/notices')).data!.items;
    expect(own.at(-1)!.id).toBe(draft.id);
    expect(own.at(-1)!.pinned).toBe(false);
    await signIn('officer.vietyen');
    expect((await api.GET('/notices')).data!.items.some((n) => n.id === draft.id)).toBe(false);
  });

  it('refuses a validity that ends before it starts, naming the field', async () => {
    await signIn('admin.justice');
    await expect(
      api.POST('/notices', {
        body: input({ effectiveFrom: '2024-06-20', effectiveUntil: '2024-06-10' }),
      }),
    ).rejects.toMatchObject({
      status: 400,
      fieldErrors: { effectiveUntil: { code: 'date_order' } },
    });
  });

  it('refuses to publish to "some districts" with none chosen', async () => {
    await signIn('admin.justice');
    const draft = (
      await api.POST('/notices', {
        body: input({
          audience: { staff: 'districts', districtCodes: [], citizens: false, businesses: false },
        }),
      })
    ).data!;
    await expect(
      api.POST('/notices/{id}/publish', { params: { path: { id: draft.id } } }),
    ).rejects.toMatchObject({
      status: 400,
      fieldErrors: { 'audience.districtCodes': { code: 'required' } },
    });
  });
});

describe('notice attachments', () => {
  const PDF = new TextEncoder().encode('%PDF-1.4\n%demo\n');
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

  /**
   * The multipart body a browser sends, built by hand: under jsdom the global FormData is jsdom's,
   * which Node's fetch cannot serialise.
   */
  async function attach(id: string, bytes: Uint8Array, name: string, type: string) {
    const boundary = 'vneid-test-boundary';
    const head = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name.replace(/"/g, '%22')}"\r\nContent-Type: ${type}\r\n\r\n`,
    );
    const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`);
    const body = new Uint8Array(head.length + bytes.length + tail.length);
    body.set(head);
    body.set(bytes, head.length);
    body.set(tail, head.length + bytes.length);
    return api.POST('/notices/{id}/attachments', {
      params: { path: { id } },
      body: { file: '' },
      bodySerializer: () => body,
      headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    });
  }

  async function newDraft() {
    await signIn('admin.justice');
    return (await api.POST('/notices', { body: input() })).data!;
  }

  it('keeps a PDF and an image, serves them back byte for byte, and removes one', async () => {
    const draft = await newDraft();
    const withPdf = (await attach(draft.id, PDF, 'Hướng dẫn VNeID.pdf', 'application/pdf')).data!;
    expect(withPdf.attachments).toEqual([
      {
        id: `${draft.id}-1`,
        name: 'Hướng dẫn VNeID.pdf',
        type: 'application/pdf',
        size: PDF.length,
      },
    ]);
    // Attaching does not make the editor's copy stale.
    expect(withPdf.version).toBe(draft.version);
    const withPng = (await attach(draft.id, PNG, 'so-do.png', 'image/png')).data!;
    expect(withPng.attachments.map((a) => a.type)).toEqual(['application/pdf', 'image/png']);

    const file = await api.GET('/notices/{id}/attachments/{attachmentId}', {
      params: { path: { id: draft.id, attachmentId: `${draft.id}-1` } },
      parseAs: 'arrayBuffer',
    });
    expect([...new Uint8Array(file.data as ArrayBuffer)]).toEqual([...PDF]);
    expect(file.response.headers.get('content-type')).toBe('application/pdf');
    expect(file.response.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''H%C6%B0%E1%BB%9Bng",
    );

    const after = (
      await api.DELETE('/notices/{id}/attachments/{attachmentId}', {
        params: { path: { id: draft.id, attachmentId: `${draft.id}-1` } },
      })
    ).data!;
    expect(after.attachments.map((a) => a.name)).toEqual(['so-do.png']);
  });

  it('decides the type from the bytes, not the name, and limits size and count', async () => {
    const draft = await newDraft();
    const html = new TextEncoder().encode('<script>alert(1)</script>');
    await expect(attach(draft.id, html, 'tai-lieu.pdf', 'application/pdf')).rejects.toMatchObject({
      status: 400,
      fieldErrors: { file: { code: 'file_type' } },
    });
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(PDF);
    await expect(attach(draft.id, big, 'lon.pdf', 'application/pdf')).rejects.toMatchObject({
      status: 400,
      fieldErrors: { file: { code: 'file_size' } },
    });
    for (let i = 0; i < 5; i++) await attach(draft.id, PDF, `tep-${i}.pdf`, 'application/pdf');
    await expect(attach(draft.id, PDF, 'tep-6.pdf', 'application/pdf')).rejects.toMatchObject({
      status: 400,
      fieldErrors: { file: { code: 'file_count' } },
    });
  });

  it('keeps a hostile file name as plain text and lets only editors attach', async () => {
    const draft = await newDraft();
    const name = '<img src=x onerror=alert(1)>/../"evil".pdf';
    const saved = (await attach(draft.id, PDF, name, 'application/pdf')).data!;
    expect(saved.attachments[0]!.name).toBe('<img src=x onerror=alert(1)>_.._"evil".pdf');
    const file = await api.GET('/notices/{id}/attachments/{attachmentId}', {
      params: { path: { id: draft.id, attachmentId: saved.attachments[0]!.id } },
      parseAs: 'arrayBuffer',
    });
    expect(file.response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="[^"]*"; filename\*=UTF-8''/,
    );
    await signIn('officer.vietyen');
    await expect(attach(draft.id, PDF, 'x.pdf', 'application/pdf')).rejects.toMatchObject({
      status: 403,
    });
    // A draft's files are as hidden as the draft.
    await expect(
      api.GET('/notices/{id}/attachments/{attachmentId}', {
        params: { path: { id: draft.id, attachmentId: saved.attachments[0]!.id } },
      }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
