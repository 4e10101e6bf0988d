import { sanitizeNoticeHtml } from './sanitize';

const BLOCKS = new Set(['P', 'H2', 'H3', 'H4', 'LI', 'TR', 'BLOCKQUOTE', 'UL', 'OL', 'TABLE']);

/**
 * A notice body as plain text, one line per paragraph, heading, list item (bulleted or numbered as in the list) or table row (cells
 * separated by " | "), for comparing two revisions. Parsed from the sanitised HTML, never rendered.
 */
export function noticeText(html: string): string {
  const doc = new DOMParser().parseFromString(sanitizeNoticeHtml(html), 'text/html');
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.tagName === 'BR') {
      out += '\n';
      return;
    }
    if (node.tagName === 'TD' || node.tagName === 'TH') {
      if (node.previousElementSibling) out += ' | ';
    }
    if (node.tagName === 'LI') {
      const list = node.parentElement;
      out += list?.tagName === 'OL' ? `${[...list.children].indexOf(node) + 1}. ` : '• ';
    }
    node.childNodes.forEach(walk);
    if (BLOCKS.has(node.tagName)) out += '\n';
  };
  doc.body.childNodes.forEach(walk);
  return out
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
