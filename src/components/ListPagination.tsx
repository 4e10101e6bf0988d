import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useT } from '../lib/i18n';
import { SelectInput } from './inputs';

/**
 * Pagination under a server-paginated table whose page (counted from 1) and size live in the URL.
 * Without `pageSizes` the size is fixed. (Not MUI's TablePagination: that module builds an Intl
 * number formatter as it loads, a cost on a phone's first screen; the range here is written with
 * the app's own number format.)
 */
export function ListPagination({
  total,
  page,
  pageSize,
  pageSizes,
  onChange,
}: {
  total: number;
  page: number;
  pageSize: number;
  pageSizes?: readonly number[];
  onChange: (next: { page?: number; pageSize?: number }) => void;
}) {
  const t = useT();
  const last = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.max(1, Math.min(page, last));
  const from = total === 0 ? 0 : (current - 1) * pageSize + 1;
  const to = Math.min(total, current * pageSize);
  return (
    <Box
      component="nav"
      aria-label={t('common.pagination.label')}
      sx={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'flex-end',
        flexWrap: 'wrap',
        gap: 1,
        px: 2,
        py: 1,
      }}
    >
      {pageSizes && pageSizes.length > 1 ? (
        <SelectInput
          size="small"
          label={t('common.pagination.pageSize')}
          value={String(pageSize)}
          onChange={(v) => onChange({ pageSize: Number(v) })}
          options={pageSizes.map((n) => ({ value: String(n), label: String(n) }))}
          sx={{ minWidth: 150, mr: 1 }}
        />
      ) : null}
      <Typography variant="body2" sx={{ mx: 1 }}>
        {t('common.pagination.range', { from, to, count: total })}
      </Typography>
      <IconButton
        aria-label={t('common.pagination.previous')}
        disabled={current <= 1}
        onClick={() => onChange({ page: current - 1 })}
      >
        <ChevronLeft />
      </IconButton>
      <IconButton
        aria-label={t('common.pagination.next')}
        disabled={current >= last}
        onClick={() => onChange({ page: current + 1 })}
      >
        <ChevronRight />
      </IconButton>
    </Box>
  );
}
