import DOMPurify from 'dompurify';

/**
 * The only HTML a notice body may hold: the editor's headings, paragraphs, emphasis, lists, links and
 * tables. Everything else (scripts, event handlers, styles, iframes, objects, SVG, forms) is dropped.
 * Used by the mock server on save and by the page on render, so a body is safe twice over.
 */
const ALLOWED_TAGS = [
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
];
const ALLOWED_ATTR = ['href', 'colspan', 'rowspan'];
const SAFE_URL = /^(?:https?:|mailto:)/i;

type Purifier = ReturnType<typeof DOMPurify>;

let purifierInstance: Purifier | null = null;

function withLinkRule(p: Purifier): Purifier {
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!SAFE_URL.test(href.trim())) node.removeAttribute('href');
      else {
        node.setAttribute('rel', 'noopener noreferrer');
        node.setAttribute('target', '_blank');
      }
    }
  });
  return p;
}

/**
 * DOMPurify needs a DOM. The browser (and jsdom in tests) has one; the demo backend served by Node
 * (`npm run api`) hands one in here before it answers anything.
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
