import { describe, expect, it } from 'vitest';
import { api } from '../../src/api/client';
import type { components } from '../../src/api/schema';
import { sanitizeNoticeHtml, unsafeParts } from '../../src/features/notices/lib/sanitize';
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
    expect(a.items.map((n) => n.id)).toContain('TB0004');
    expect(a.items.length).toBeGreaterThan(0);
    const c = (await api.GET('/notices', { params: { query: { q: 'khong co gi nhu vay' } } }))
      .data!;
    expect(c.items).toHaveLength(0);
    expect(b.items.map((n) => n.id)).toContain('TB0004');
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
});
