import { describe, expect, it } from 'vitest';
import {
  NOTICE_HTML_MAX_DEPTH,
  NOTICE_HTML_MAX_LENGTH,
  noticeHtmlDepth,
  noticeHtmlProblem,
} from './notice-limits';

const nested = (n: number, tag = 'i') => `<${tag}>`.repeat(n) + 'x' + `</${tag}>`.repeat(n);

describe('notice body limits', () => {
  it('counts how deeply elements nest, as a parser would build them', () => {
    expect(noticeHtmlDepth('plain text')).toBe(0);
    expect(noticeHtmlDepth('<p>a</p><p>b</p>')).toBe(1);
    expect(noticeHtmlDepth('<ul><li><p><strong>x</strong></p></li></ul>')).toBe(4);
    // Void and self-closed elements open nothing; an end tag closes what it holds.
    expect(noticeHtmlDepth('<p>a<br>b<br/>c<img src=x></p>')).toBe(1);
    expect(noticeHtmlDepth('<b><i><u>x</b><p>y</p>')).toBe(3);
    // Items, cells and paragraphs left open end at the next one, as HTML parsers do.
    expect(noticeHtmlDepth('<ul><li>a<li>b<li>c</ul>')).toBe(2);
    expect(noticeHtmlDepth('<table><tbody><tr><td>1<td>2<tr><td>3</table>')).toBe(4);
    expect(noticeHtmlDepth('<p>a<p>b<p>c')).toBe(1);
    // An end tag that matches nothing closes nothing: misnesting only counts more.
    expect(noticeHtmlDepth('<b><i></x>'.repeat(3))).toBe(6);
  });

  it('refuses nesting past the limit, and a body past the length, before any parsing', () => {
    expect(noticeHtmlProblem(nested(NOTICE_HTML_MAX_DEPTH))).toBeNull();
    expect(noticeHtmlProblem(nested(NOTICE_HTML_MAX_DEPTH + 1))).toBe('too_deep');
    expect(noticeHtmlProblem(`<p>${'a'.repeat(NOTICE_HTML_MAX_LENGTH)}</p>`)).toBe('too_long');
    // Tags left open count as open: 33,333 of them inside the length limit.
    expect(noticeHtmlProblem('<i>'.repeat(33_333))).toBe('too_deep');
    expect(noticeHtmlProblem(nested(33_333).slice(0, NOTICE_HTML_MAX_LENGTH))).toBe('too_deep');
  });

  it('stops counting at the limit, so the deepest body is checked in linear time', () => {
    expect(noticeHtmlDepth(nested(33_333))).toBe(NOTICE_HTML_MAX_DEPTH + 1);
    expect(noticeHtmlDepth(nested(50), 100)).toBe(50);
  });
});
