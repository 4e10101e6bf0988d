import Box from '@mui/material/Box';
import { useMemo } from 'react';
import { sanitizeNoticeHtml } from '../lib/sanitize';

/** A notice body, sanitised again on render (the server already sanitised it on save). */
export function NoticeBody({ html, print = false }: { html: string; print?: boolean }) {
  const clean = useMemo(() => sanitizeNoticeHtml(html), [html]);
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
