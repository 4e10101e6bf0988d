/**
 * How a backend cleans a notice body before storing it: the server and the demo backend both call
 * `cleanNoticeHtml`, so they store the same HTML for the same input. sanitize-html (htmlparser2,
 * no DOM) keeps only the elements and attributes of ./notice-limits.ts; the page sanitises again
 * when it renders (DOMPurify, src/features/notices/lib/sanitize.ts).
 *
 * Not for the page's bundle: only backends import this module.
 */
import sanitizeHtml from 'sanitize-html';
import {
  NOTICE_HTML_MAX_LENGTH,
  NOTICE_LINK_ATTRIBUTES,
  NOTICE_TAGS,
  SAFE_NOTICE_URL,
  noticeHtmlProblem,
  type NoticeHtmlProblem,
} from './notice-limits';

const SPAN = ['colspan', 'rowspan'];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...NOTICE_TAGS],
  allowedAttributes: { a: ['href', 'rel', 'target'], td: SPAN, th: SPAN },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Elements removed with what they hold (as DOMPurify does), not just their tags.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'title',
    'template',
    'iframe',
    'noembed',
    'noframes',
    'xmp',
    'plaintext',
    'svg',
    'math',
    'audio',
    'video',
    'head',
  ],
  selfClosing: ['br'],
  transformTags: {
    // A link keeps its href only to the web or to mail, and then opens apart from the app.
    a: (tagName, attribs) => {
      const href = (attribs.href ?? '').trim();
      return SAFE_NOTICE_URL.test(href)
        ? { tagName, attribs: { href, ...NOTICE_LINK_ATTRIBUTES } }
        : { tagName, attribs: {} };
    },
  },
};

/** A cleaned body, or why it may not be stored (checked before it is parsed). */
export function cleanNoticeHtml(
  html: string,
): { ok: true; html: string } | { ok: false; problem: NoticeHtmlProblem } {
  const problem = noticeHtmlProblem(html);
  if (problem) return { ok: false, problem };
  // `<br>` as browsers (and the editor) write it; text never holds a raw `<`.
  const clean = sanitizeHtml(html, OPTIONS).replace(/<br \/>/g, '<br>');
  // What is stored keeps the limit too (links gain rel and target).
  if (clean.length > NOTICE_HTML_MAX_LENGTH) return { ok: false, problem: 'too_long' };
  return { ok: true, html: clean };
}
