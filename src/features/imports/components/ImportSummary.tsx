import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { components } from '../../../api/schema';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { I18nValue } from '../../../lib/i18n/I18nProvider';
import type { ImportJob } from '../api/imports';

type Rejection = components['schemas']['ImportRejection'];
type FileProblem = components['schemas']['ImportFileProblem'];
type T = I18nValue['t'];

/** A rejected row as a sentence naming the file, the row and the column. */
export function rejectionText(t: T, file: string, r: Rejection): string {
  const reason = t(`imports.reasons.${r.code}`, { value: r.value });
  return r.column && r.field
    ? t('imports.rejected.message', {
        file,
        row: r.row,
        column: r.column,
        field: t(`imports.fields.${r.field}`),
        reason,
      })
    : t('imports.rejected.messageRow', { file, row: r.row, reason });
}

/** What is wrong with a whole file, naming it (and the row and column where there is one). */
export function problemText(t: T, file: string, p: FileProblem): string {
  const detail =
    p.code === 'missing_fields'
      ? (p.detail ?? '')
          .split(', ')
          .map((f) => t(`imports.fields.${f as ImportJob['columns'][number]['field'] & string}`))
          .join(', ')
      : (p.detail ?? '');
  if (p.code === 'not_spreadsheet' && p.detail === 'xls')
    return t('imports.problems.not_spreadsheet_xls', { file });
  return t(`imports.problems.${p.code}`, {
    file,
    row: p.row ?? '',
    column: p.column ?? '',
    detail,
  });
}

export function ImportSummary({ job, onDownload }: { job: ImportJob; onDownload: () => void }) {
  const t = useT();
  const fmt = useFormat();
  const s = job.summary!;
  const figures = [
    ['rowsRead', s.rowsRead],
    ['new', s.new],
    ['changed', s.changed],
    ['unchanged', s.unchanged],
    ['rejected', s.rejected],
  ] as const;
  const shown = job.rejected.length;
  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 2 }}>
      <Typography variant="h2" sx={{ fontSize: '1.25rem' }}>
        {t('imports.summary.title')}
      </Typography>
      <Typography variant="body2">
        {t('imports.file', { file: job.fileName, size: `${fmt.number(job.size)} B` })}
        {job.encoding ? ` · ${t('imports.encoding', { encoding: job.encoding })}` : ''}
      </Typography>
      <Box
        component="dl"
        sx={{
          m: 0,
          display: 'grid',
          gap: 1,
          gridTemplateColumns: 'repeat(auto-fit, minmax(8rem, 1fr))',
        }}
      >
        {figures.map(([key, value]) => (
          <Box key={key}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {t(`imports.summary.${key}`)}
            </Typography>
            <Typography
              component="dd"
              sx={{ m: 0, fontSize: '1.5rem', fontWeight: 600 }}
              data-figure={key}
            >
              {fmt.number(value)}
            </Typography>
          </Box>
        ))}
      </Box>
      {s.converted !== undefined && s.converted > 0 && (
        <Typography variant="body2">
          {t('imports.summary.converted', { count: fmt.number(s.converted) })}
        </Typography>
      )}
      {job.formulaCells > 0 && (
        <Typography variant="body2">
          {t('imports.formulas', { count: fmt.number(job.formulaCells) })}
        </Typography>
      )}
      {shown > 0 && (
        <>
          <Typography variant="h3" sx={{ fontSize: '1.1rem' }}>
            {t('imports.rejected.title')}
          </Typography>
          <Box
            component="ul"
            aria-label={t('imports.rejected.caption')}
            sx={{ m: 0, pl: 3, maxHeight: '20rem', overflow: 'auto' }}
            tabIndex={0}
          >
            {job.rejected.map((r, i) => (
              <li key={i}>{rejectionText(t, job.fileName, r)}</li>
            ))}
          </Box>
          <div>
            <Button variant="outlined" onClick={onDownload}>
              {t('imports.rejected.download')}
            </Button>
          </div>
        </>
      )}
    </Paper>
  );
}
