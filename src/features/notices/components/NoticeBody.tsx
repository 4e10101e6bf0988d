import Box from '@mui/material/Box';
import { useMemo } from 'react';
import { sanitizeNoticeHtml } from '../lib/sanitize';

/**
 * The body's closing mark (Decree 30/2020): "./." right after its last word, or "/." after a final
 * full stop. Added as text to the last paragraph or list item of the sanitised body.
 */
export function withClosingMark(cleanHtml: string): string {
  const template = document.createElement('template');
  template.innerHTML = cleanHtml;
  const blocks = template.content.querySelectorAll('p, li, h2, h3, h4, td');
  const last = blocks[blocks.length - 1];
  if (!last) return cleanHtml;
  const text = (last.textContent ?? '').trimEnd();
  if (text.endsWith('./.')) return cleanHtml;
  last.append(text.endsWith('.') ? '/.' : './.');
  return template.innerHTML;
}

/** A notice body, sanitised again on render (the server already sanitised it on save). */
export function NoticeBody({
  html,
  print = false,
  closing = false,
}: {
  html: string;
  print?: boolean;
  /** End with the closing mark "./.", as the document does. */
  closing?: boolean;
}) {
  const clean = useMemo(() => {
    const safe = sanitizeNoticeHtml(html);
    return closing ? withClosingMark(safe) : safe;
  }, [html, closing]);
  return (
    <Box
      className="notice-body"
      sx={{
        '& table': { borderCollapse: 'collapse', my: 1 },
        '& th, & td': { border: '1px solid', borderColor: print ? '#000' : 'divider', p: 0.5 },
        '& h2, & h3, & h4': { fontSize: print ? '14pt' : '1.1rem', mb: 0.5 },
        '& p': { my: print ? 0.75 : 1, textAlign: print ? 'justify' : undefined },
        overflowWrap: 'anywhere',
      }}
      // Sanitised with an allow-list just above; nothing in it can run.
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
