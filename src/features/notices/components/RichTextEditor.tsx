import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId } from 'react';
import { useT } from '../../../lib/i18n';
import { sanitizeNoticeHtml } from '../lib/sanitize';

/**
 * The notice body editor (TipTap): headings, bold, italic, lists, links, tables, with toolbar buttons
 * so nobody needs markup. Pasted HTML (e.g. from Word) is reduced to the allowed structure.
 */
export default function RichTextEditor({
  value,
  onChange,
  label,
  autoFocus = false,
}: {
  value: string;
  onChange: (html: string) => void;
  label: string;
  /** Put the caret at the end on mount (the user was typing here before the page changed). */
  autoFocus?: boolean;
}) {
  const t = useT();
  const labelId = useId();
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        link: {
          openOnClick: false,
          protocols: ['http', 'https', 'mailto'],
          isAllowedUri: (url) => /^(?:https?:|mailto:)/i.test(url.trim()),
          HTMLAttributes: { rel: 'noopener noreferrer', target: '_blank' },
        },
        codeBlock: false,
        code: false,
        horizontalRule: false,
      }),
      Table.configure({ resizable: false }),
      TableRow,
      TableHeader,
      TableCell,
    ],
    content: sanitizeNoticeHtml(value),
    autofocus: autoFocus ? 'end' : false,
    editorProps: {
      attributes: {
        'aria-labelledby': labelId,
        'aria-multiline': 'true',
        role: 'textbox',
        class: 'notice-editor',
      },
      transformPastedHTML: (html) => sanitizeNoticeHtml(html),
    },
    onUpdate: ({ editor: e }) => onChange(e.getHTML()),
  });
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      heading: e?.isActive('heading', { level: 3 }) ?? false,
      bullet: e?.isActive('bulletList') ?? false,
      ordered: e?.isActive('orderedList') ?? false,
      link: e?.isActive('link') ?? false,
    }),
  });
  // Replace the content when the value is swapped from outside (restore, conflict choice).
  useEffect(() => {
    if (!editor || editor.isDestroyed || !editor.isInitialized) return;
    if (value !== editor.getHTML()) editor.commands.setContent(sanitizeNoticeHtml(value));
  }, [editor, value]);

  const chain = () => editor.chain().focus();
  const buttons: { key: string; label: string; active: boolean; run: () => void }[] = [
    {
      key: 'b',
      label: t('notices.form.bold'),
      active: !!state?.bold,
      run: () => chain().toggleBold().run(),
    },
    {
      key: 'i',
      label: t('notices.form.italic'),
      active: !!state?.italic,
      run: () => chain().toggleItalic().run(),
    },
    {
      key: 'h',
      label: t('notices.form.heading'),
      active: !!state?.heading,
      run: () => chain().toggleHeading({ level: 3 }).run(),
    },
    {
      key: 'ul',
      label: t('notices.form.bulletList'),
      active: !!state?.bullet,
      run: () => chain().toggleBulletList().run(),
    },
    {
      key: 'ol',
      label: t('notices.form.orderedList'),
      active: !!state?.ordered,
      run: () => chain().toggleOrderedList().run(),
    },
    {
      key: 'a',
      label: t('notices.form.link'),
      active: !!state?.link,
      run: () => {
        const url = window.prompt(t('notices.form.linkPrompt'));
        if (url === null) return;
        if (!url.trim()) chain().unsetLink().run();
        else if (/^(?:https?:|mailto:)/i.test(url.trim()))
          chain().extendMarkRange('link').setLink({ href: url.trim() }).run();
      },
    },
    {
      key: 't',
      label: t('notices.form.table'),
      active: false,
      run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    },
  ];

  return (
    <Box>
      <Typography id={labelId} component="span" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Stack
        role="toolbar"
        aria-label={t('notices.form.toolbar')}
        direction="row"
        useFlexGap
        sx={{ flexWrap: 'wrap', gap: 0.5, my: 0.5 }}
      >
        {buttons.map((b) => (
          <Button
            key={b.key}
            size="small"
            variant={b.active ? 'contained' : 'outlined'}
            aria-pressed={b.active}
            onClick={b.run}
            disabled={!editor}
          >
            {b.label}
          </Button>
        ))}
      </Stack>
      <Box
        sx={{
          border: '1px solid',
          borderColor: 'divider',
          borderRadius: 1,
          '& .notice-editor': { minHeight: 240, p: 1.5, outline: 'none' },
          '& .notice-editor:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' },
          '& table': { borderCollapse: 'collapse' },
          '& th, & td': { border: '1px solid', borderColor: 'divider', p: 0.5, minWidth: 60 },
        }}
      >
        <EditorContent editor={editor} />
      </Box>
    </Box>
  );
}
