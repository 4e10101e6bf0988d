import { cleanNoticeHtml } from '../../src/lib/notice-html';

/**
 * How the demo backend cleans a notice body before storing it: as the server does (the same
 * module, src/lib/notice-html.ts), with no DOM, so the demo's Web Worker needs no help from the page.
 */
export const sanitizeOnServer = cleanNoticeHtml;
