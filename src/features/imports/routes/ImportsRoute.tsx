import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState } from 'react';
import { PageContainer } from '../../../components/PageContainer';
import { QueryError } from '../../../components/QueryError';
import { env } from '../../../config/env';
import { useFormat } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { MAX_IMPORT_BYTES } from '../../../lib/import/fields';
import { errorText } from '../../../lib/problem';
import {
  downloadRejected,
  useCancelImport,
  useCommitImport,
  useImportJob,
  useStartImport,
} from '../api/imports';
import { ImportHistory } from '../components/ImportHistory';
import { ColumnMapping } from '../components/ColumnMapping';
import { ImportSummary, problemText } from '../components/ImportSummary';
import { TemplateButtons } from '../components/TemplateButtons';

/** Import the account lists the province's systems export (system admins). */
export default function ImportsRoute() {
  const t = useT();
  const { lang } = useI18n();
  const fmt = useFormat();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState<File | null>(null);
  const [skip, setSkip] = useState(false);
  const start = useStartImport();
  const job = useImportJob(jobId);
  const cancel = useCancelImport();
  const commit = useCommitImport();
  const j = job.data;

  const choose = (file: File | undefined) => {
    if (!file) return;
    setSkip(false);
    start.reset();
    commit.reset();
    if (file.size > MAX_IMPORT_BYTES) {
      setTooLarge(file);
      setJobId(null);
      return;
    }
    setTooLarge(null);
    start.mutate(file, { onSuccess: (started) => setJobId(started.id) });
    if (input.current) input.current.value = '';
  };
  const size = (bytes: number) => `${fmt.decimal(bytes / 1024 / 1024, 1)} MB`;
  const reading = j?.status === 'reading';

  return (
    <PageContainer title={t('imports.title')}>
      <Typography>{t('imports.intro')}</Typography>
      {env.VITE_DEMO && <Alert severity="info">{t('imports.demoLocal')}</Alert>}
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ alignItems: { sm: 'center' } }}
      >
        <Button
          variant="contained"
          component="label"
          htmlFor={inputId}
          disabled={reading || start.isPending}
        >
          {t('imports.chooseFile')}
          <input
            id={inputId}
            ref={input}
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            hidden
            onChange={(e) => choose(e.target.files?.[0])}
          />
        </Button>
        <TemplateButtons />
      </Stack>

      <Box aria-live="polite" sx={{ display: 'grid', gap: 2 }}>
        {tooLarge && (
          <Alert severity="error">
            {t('imports.problems.too_large', { file: tooLarge.name, size: size(tooLarge.size) })}
          </Alert>
        )}
        {start.isError && <Alert severity="error">{errorText(t, start.error)}</Alert>}
        {job.isError && <QueryError error={job.error} onRetry={() => void job.refetch()} />}
        {j && reading && (
          <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 1 }}>
            <Typography id={`${inputId}-progress`}>
              {t('imports.progress.label', { file: j.fileName })}
            </Typography>
            <LinearProgress
              variant="determinate"
              aria-labelledby={`${inputId}-progress`}
              value={
                j.progress.totalBytes ? (100 * j.progress.bytesRead) / j.progress.totalBytes : 0
              }
            />
            <Stack
              direction="row"
              spacing={2}
              sx={{ alignItems: 'center', justifyContent: 'space-between' }}
            >
              <Typography variant="body2">
                {t('imports.progress.rows', {
                  rows: fmt.number(j.progress.rowsRead),
                  rate: fmt.number(j.progress.rowsPerSecond),
                })}
              </Typography>
              <Button onClick={() => cancel.mutate(j.id)} disabled={cancel.isPending}>
                {t('imports.progress.cancel')}
              </Button>
            </Stack>
          </Paper>
        )}
        {j && j.status === 'cancelled' && <Alert severity="info">{t('imports.cancelled')}</Alert>}
        {j && j.status === 'refused' && j.fileProblem && (
          <Alert severity="error">{problemText(t, j.fileName, j.fileProblem)}</Alert>
        )}
        {j && j.status === 'committed' && j.snapshot && (
          <Alert severity="success">
            {t('imports.committed', {
              date: fmt.date(j.snapshot.asOf),
              new: fmt.number(j.snapshot.counts.new),
              changed: fmt.number(j.snapshot.counts.changed),
            })}
          </Alert>
        )}
        {commit.isError && <Alert severity="error">{errorText(t, commit.error)}</Alert>}
      </Box>

      {j && (j.status === 'validated' || j.status === 'committed') && j.summary && (
        <ImportSummary
          job={j}
          onDownload={() =>
            void downloadRejected(j.id, lang, `${t('imports.rejected.fileName')}.csv`)
          }
        />
      )}
      {j &&
        !reading &&
        j.columns.length > 0 &&
        j.status !== 'cancelled' &&
        j.status !== 'committed' && <ColumnMapping job={j} />}
      {j && j.status === 'validated' && j.summary && (
        <Stack spacing={1}>
          {j.summary.rejected > 0 && (
            <Alert severity="warning">
              <AlertTitle>
                {t('imports.rejected.refusedTitle', { count: fmt.number(j.summary.rejected) })}
              </AlertTitle>
              {t('imports.rejected.refusedBody')}
              <Box>
                <FormControlLabel
                  control={<Checkbox checked={skip} onChange={(e) => setSkip(e.target.checked)} />}
                  label={t('imports.rejected.skip')}
                />
              </Box>
            </Alert>
          )}
          <Typography variant="body2">{t('imports.summary.nothingWritten')}</Typography>
          <Stack direction="row" spacing={1}>
            <Button
              variant="contained"
              disabled={commit.isPending || (j.summary.rejected > 0 && !skip)}
              onClick={() => commit.mutate({ id: j.id, skipRejected: skip })}
            >
              {commit.isPending ? t('imports.actions.committing') : t('imports.actions.commit')}
            </Button>
            <Button onClick={() => cancel.mutate(j.id)} disabled={cancel.isPending}>
              {t('imports.actions.discard')}
            </Button>
          </Stack>
        </Stack>
      )}
      <ImportHistory />
    </PageContainer>
  );
}
