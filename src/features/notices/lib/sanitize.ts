import DOMPurify from 'dompurify';
import {
  NOTICE_ATTRIBUTES,
  NOTICE_LINK_ATTRIBUTES,
  NOTICE_TAGS,
  SAFE_NOTICE_URL,
} from '../../../lib/notice-limits';

/**
 * The only HTML a notice body may hold (src/lib/notice-limits.ts): the editor's headings,
 * paragraphs, emphasis, lists, links and tables. Everything else (scripts, event handlers, styles,
 * iframes, objects, SVG, forms) is dropped. The backends clean a body on save with the same lists
 * (src/lib/notice-html.ts); the page cleans it again here on render, so a body is safe twice over.
 */
const ALLOWED_TAGS: string[] = [...NOTICE_TAGS];
const ALLOWED_ATTR: string[] = [...NOTICE_ATTRIBUTES];
const SAFE_URL = SAFE_NOTICE_URL;

type Purifier = ReturnType<typeof DOMPurify>;

let purifierInstance: Purifier | null = null;

function withLinkRule(p: Purifier): Purifier {
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!SAFE_URL.test(href.trim())) node.removeAttribute('href');
      else {
        node.setAttribute('rel', NOTICE_LINK_ATTRIBUTES.rel);
        node.setAttribute('target', NOTICE_LINK_ATTRIBUTES.target);
      }
    }
  });
  return p;
}

/**
 * DOMPurify needs a DOM. The browser (and jsdom in tests) has one; code run in plain Node hands
 * one in here first.
 */
export function useSanitizerWindow(win: Parameters<typeof DOMPurify>[0]): void {
  purifierInstance = withLinkRule(DOMPurify(win));
}

function purifier(): Purifier {
  if (!purifierInstance) {
    if (!DOMPurify.isSupported) {
      throw new Error('No DOM to sanitise HTML with: call useSanitizerWindow() first.');
    }
    purifierInstance = withLinkRule(DOMPurify);
  }
  return purifierInstance;
}

export function sanitizeNoticeHtml(html: string): string {
  return purifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'rel', 'target'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
  });
}

export { noticeText } from '../../../lib/notice-limits';

const ALLOWED = new Set(ALLOWED_TAGS.map((t) => t.toUpperCase()));

/** What in a piece of HTML could run code: for tests and a last check. Empty means inert. */
export function unsafeParts(html: string): string[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const found: string[] = [];
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (!ALLOWED.has(el.tagName)) found.push(`<${el.tagName.toLowerCase()}>`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name) || attr.name === 'style' || attr.name === 'src')
        found.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
      if (attr.name === 'href' && !SAFE_URL.test(attr.value.trim()))
        found.push(`href=${attr.value}`);
    }
  }
  return found;
}
