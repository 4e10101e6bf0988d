/**
 * What a notice body may be, for every place that handles one: the page's sanitiser
 * (src/features/notices/lib/sanitize.ts), the demo backend and the server (src/lib/notice-html.ts).
 * No React, no MSW, no DOM.
 *
 * Limits, checked before any parsing so that a pathological body is refused at once (a body of
 * 33,333 nested `<i>` tags used to keep a DOM-based sanitiser busy for minutes):
 * - at most NOTICE_HTML_MAX_LENGTH characters (the contract's `maxLength`);
 * - at most NOTICE_HTML_MAX_DEPTH elements open inside one another, as `noticeHtmlDepth` counts them.
 */

export const NOTICE_HTML_MAX_LENGTH = 100_000;
/** Enough for a table in a list in a quotation; the editor's own output stays far below. */
export const NOTICE_HTML_MAX_DEPTH = 32;

/** The only elements a notice body may hold: the editor's headings, text, lists, links, tables. */
export const NOTICE_TAGS = [
  'h2',
  'h3',
  'h4',
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'ul',
  'ol',
  'li',
  'a',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
] as const;

/** Attributes a user may write: a link's target, a cell's span. `rel`/`target` are set by us. */
export const NOTICE_ATTRIBUTES = ['href', 'colspan', 'rowspan'] as const;

/** Links go to the web or to mail; anything else (javascript:, data:, relative) loses its href. */
export const SAFE_NOTICE_URL = /^(?:https?:|mailto:)/i;

/** Attributes every kept link gets. */
export const NOTICE_LINK_ATTRIBUTES = { rel: 'noopener noreferrer', target: '_blank' } as const;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

const BLOCKS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'div'];
/** A start tag that ends the open element(s) named, as HTML parsers do (`<li>` ends an open `<li>`). */
const ENDS: Record<string, ReadonlySet<string>> = {
  li: new Set(['li']),
  td: new Set(['td', 'th']),
  th: new Set(['td', 'th']),
  tr: new Set(['tr', 'td', 'th']),
  thead: new Set(['thead', 'tbody', 'tr', 'td', 'th']),
  tbody: new Set(['thead', 'tbody', 'tr', 'td', 'th']),
  ...Object.fromEntries(BLOCKS.map((b) => [b, new Set(['p'])])),
};

const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/g;

/**
 * How deeply elements nest in a piece of HTML, in one pass over its tags without building a tree:
 * a start tag opens an element (void elements and `<x/>` do not), an end tag closes the nearest
 * open element of its name (and those inside it), an unmatched end tag closes nothing, and
 * `<li>`, `<td>`, `<tr>`, a block after `<p>`… end the open one as parsers do. Anything that looks
 * like a tag counts, in comments too: the count is never below what a parser builds.
 *
 * Stops counting once past `limit` (the answer is then `limit + 1`), so it takes linear time
 * whatever the input.
 */
export function noticeHtmlDepth(html: string, limit = NOTICE_HTML_MAX_DEPTH): number {
  const open: string[] = [];
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    if (VOID.has(name) || m[0].endsWith('/>')) continue;
    const ends = ENDS[name];
    if (ends) while (open.length && ends.has(open[open.length - 1]!)) open.pop();
    open.push(name);
    if (open.length > max) {
      max = open.length;
      if (max > limit) return limit + 1;
    }
  }
  return max;
}

export type NoticeHtmlProblem = 'too_long' | 'too_deep';

/** Why a body may not be stored, or null: what both backends answer as a 400 on `bodyHtml`. */
export function noticeHtmlProblem(html: string): NoticeHtmlProblem | null {
  if (html.length > NOTICE_HTML_MAX_LENGTH) return 'too_long';
  if (noticeHtmlDepth(html) > NOTICE_HTML_MAX_DEPTH) return 'too_deep';
  return null;
}

/** Plain text from sanitised HTML (for search and previews). */
export function noticeText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}
