import { sanitizeNoticeHtml } from '../../src/features/notices/lib/sanitize';

/**
 * How the mock server cleans a notice body before storing it. DOMPurify needs a DOM: the page and
 * jsdom (tests, `npm run api`) have one; the demo backend's Web Worker has none and asks the page.
 */
let clean: (html: string) => string | Promise<string> = sanitizeNoticeHtml;

export function useNoticeSanitizer(fn: (html: string) => Promise<string>): void {
  clean = fn;
}

export async function sanitizeOnServer(html: string): Promise<string> {
  return clean(html);
}
