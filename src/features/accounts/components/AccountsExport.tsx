import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useMutation } from '@tanstack/react-query';
import { lazy, Suspense, useId, useState } from 'react';
import { QueryError } from '../../../components/QueryError';
import { Working } from '../../../components/Working';
import { useI18n } from '../../../lib/i18n';
import { useCan } from '../../../lib/session';
import { exportAccounts, type ExportFormat } from '../api/export-accounts';
import type { AccountListQuery } from '../api/list-accounts';

const formats = ['csv', 'xlsx'] as const;
// The choice of numbers is for roles that may reveal them: its dialog loads when asked for.
const ExportChoiceDialog = lazy(() =>
  import('./ExportChoiceDialog').then((m) => ({ default: m.ExportChoiceDialog })),
);

/**
 * Downloads of the filtered list, masked by default. A role that may reveal numbers first chooses
 * in a dialog: masked (preselected) or full numbers with a reason, which the server writes to the
 * audit log. Other roles download the masked file at once.
 */
export function AccountsExport({ query }: { query: AccountListQuery }) {
  const { t, lang } = useI18n();
  const canReveal = useCan('accounts:reveal');
  const statusId = useId();
  const [choosing, setChoosing] = useState<ExportFormat | null>(null);
  const exporting = useMutation({
    mutationFn: (format: ExportFormat) => exportAccounts(query, format, { lang }),
  });
  const label = (format: ExportFormat) =>
    t(format === 'csv' ? 'common.export.csv' : 'common.export.xlsx');

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
            aria-haspopup={canReveal ? 'dialog' : undefined}
            onClick={() => (canReveal ? setChoosing(format) : exporting.mutate(format))}
          >
            {label(format)}
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
      {choosing ? (
        <Suspense fallback={null}>
          <ExportChoiceDialog
            format={choosing}
            formatLabel={label(choosing)}
            query={query}
            onClose={() => setChoosing(null)}
          />
        </Suspense>
      ) : null}
    </Box>
  );
}
