/**
 * Notice bodies as both backends store them (src/lib/notice-html.ts, the module the server uses
 * too): cleaned without a DOM, and refused before parsing when too long or nested too deep.
 */
import { describe, expect, it } from 'vitest';
import { api } from '../../src/api/client';
import { ApiError } from '../../src/api/errors';
import { unsafeParts } from '../../src/features/notices/lib/sanitize';
import { xssPayloads } from '../../src/features/notices/test/xss-payloads';
import { cleanNoticeHtml } from '../../src/lib/notice-html';
import { NOTICE_HTML_MAX_DEPTH } from '../../src/lib/notice-limits';

const DANGEROUS =
  /<script|<iframe|<object|<embed|<svg|<math|<style|<img|<frame|<meta|<link|<input|<body|<details|\son\w+\s*=|href="(?:javascript|vbscript|data):/i;

const clean = (html: string) => {
  const r = cleanNoticeHtml(html);
  if (!r.ok) throw new Error(r.problem);
  return r.html;
};

describe('cleaning a notice body on save', () => {
  it.each(xssPayloads)('neutralises %s', (payload) => {
    const out = clean(`<p>a</p>${payload}<p>b</p>`);
    expect(unsafeParts(out)).toEqual([]);
    expect(out).not.toMatch(DANGEROUS);
    expect(out).toContain('<p>a</p>');
  });

  it('keeps the editor’s structure as the editor writes it, and makes links safe', () => {
    expect(
      clean(
        '<h3 style="color:red" class="MsoNormal">T</h3><p>a &amp; b &lt; c<br>d</p><ul><li><p><strong>x</strong></p></li></ul><table><tbody><tr><td colspan="2" onclick="x()">1</td></tr></tbody></table>',
      ),
    ).toBe(
      '<h3>T</h3><p>a &amp; b &lt; c<br>d</p><ul><li><p><strong>x</strong></p></li></ul><table><tbody><tr><td colspan="2">1</td></tr></tbody></table>',
    );
    expect(
      clean(
        '<p><a href="https://dichvucong.gov.vn" target="_top" rel="opener">DVC</a> <a href="javascript:alert(1)">x</a> <a href="/tuong-doi">y</a> <a href="mailto:stp@bacgiang.gov.vn">z</a></p>',
      ),
    ).toBe(
      '<p><a href="https://dichvucong.gov.vn" rel="noopener noreferrer" target="_blank">DVC</a> <a>x</a> <a>y</a> <a href="mailto:stp@bacgiang.gov.vn" rel="noopener noreferrer" target="_blank">z</a></p>',
    );
    // What a script or a drawing holds goes with it.
    expect(clean('<p>k</p><script>alert(1)</script><svg><text>t</text></svg><!-- c -->')).toBe(
      '<p>k</p>',
    );
  });
});

describe('the demo backend refuses a pathological body', () => {
  it('answers 400 naming bodyHtml for 33,333 nested <i> tags, at once', async () => {
    await api.POST('/auth/login', { body: { username: 'admin.justice', password: 'demo' } });
    const bodyHtml = '<i>'.repeat(33_333) + 'x'; // 99,999 + 1 characters, within the length limit
    const started = performance.now();
    const error = await api
      .POST('/notices', {
        body: {
          docType: 'thong_bao',
          subject: 'Thử',
          bodyHtml,
          audience: { staff: 'none', districtCodes: [], citizens: false, businesses: false },
        },
      })
      .catch((e: unknown) => e);
    const ms = performance.now() - started;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toMatchObject({
      status: 400,
      errors: [{ field: 'bodyHtml', code: 'too_deep' }],
    });
    console.info(`demo backend: pathological body refused in ${ms.toFixed(0)} ms`);
    // Just inside the limit is stored.
    const ok = await api.POST('/notices', {
      body: {
        docType: 'thong_bao',
        subject: 'Thử',
        bodyHtml: `<p>${'<i>'.repeat(NOTICE_HTML_MAX_DEPTH - 1)}x</p>`,
        audience: { staff: 'none', districtCodes: [], citizens: false, businesses: false },
      },
    });
    expect(ok.response.status).toBe(201);
    expect(ok.data!.bodyHtml).toBe(
      `<p>${'<i>'.repeat(NOTICE_HTML_MAX_DEPTH - 1)}x${'</i>'.repeat(NOTICE_HTML_MAX_DEPTH - 1)}</p>`,
    );
  });
});
