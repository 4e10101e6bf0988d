import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, type ReactNode } from 'react';
import { useT } from '../lib/i18n';

/** One page frame: title (also the document title), optional breadcrumbs and actions, content. */
export function PageContainer({
  title,
  breadcrumbs,
  actions,
  children,
}: {
  title: string;
  breadcrumbs?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const t = useT();
  useEffect(() => {
    document.title = `${title} · ${t('common.appShort')}`;
  }, [title, t]);
  return (
    <Box
      component="section"
      aria-labelledby="page-title"
      sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}
    >
      {breadcrumbs}
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' } }}
      >
        <Typography id="page-title" variant="h5" component="h1" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        {actions ? (
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
            {actions}
          </Stack>
        ) : null}
      </Stack>
      {children}
    </Box>
  );
}
