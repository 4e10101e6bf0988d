import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import { useT } from '../lib/i18n';
import { QueryError } from './QueryError';
import { Working } from './Working';

export type ExportFormat = 'csv' | 'xlsx';
const formats = ['csv', 'xlsx'] as const;

/**
 * CSV and XLSX download buttons for a file the server builds: progress while it comes, the error
 * with a retry if it fails. `run` fetches and saves the file.
 */
export function ExportButtons({ run }: { run: (format: ExportFormat) => Promise<void> }) {
  const t = useT();
  const statusId = useId();
  const exporting = useMutation({ mutationFn: run });
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
        {formats.map((format) => (
          <Button
            key={format}
            variant="outlined"
            startIcon={<DownloadOutlined />}
            disabled={exporting.isPending}
            aria-describedby={exporting.isPending ? statusId : undefined}
            onClick={() => exporting.mutate(format)}
          >
            {t(format === 'csv' ? 'common.export.csv' : 'common.export.xlsx')}
          </Button>
        ))}
      </Stack>
      <div id={statusId} aria-live="polite">
        {exporting.isPending ? <Working label={t('common.export.building')} /> : null}
        {exporting.isError ? (
          <QueryError
            error={exporting.error}
            onRetry={() => exporting.variables && exporting.mutate(exporting.variables)}
          />
        ) : null}
      </div>
    </Box>
  );
}
