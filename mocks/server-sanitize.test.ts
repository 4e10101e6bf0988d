// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeNoticeHtml, useSanitizerWindow } from '../src/features/notices/lib/sanitize';

describe('notice sanitising in the Node API server (no DOM of its own)', () => {
  it('says what is missing without a window, and sanitises once one is handed in', () => {
    expect(typeof window).toBe('undefined');
    expect(() => sanitizeNoticeHtml('<p>x</p>')).toThrow(/useSanitizerWindow/);
    useSanitizerWindow(new JSDOM('').window);
    expect(
      sanitizeNoticeHtml(
        '<p onclick="x()">Đọc <a href="javascript:alert(1)">đây</a> <a href="https://dichvucong.gov.vn">DVC</a></p><script>alert(1)</script>',
      ),
    ).toBe(
      '<p>Đọc <a>đây</a> <a href="https://dichvucong.gov.vn" rel="noopener noreferrer" target="_blank">DVC</a></p>',
    );
  });
});
