import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { QueryError } from '../../../components/QueryError';
import { Working } from '../../../components/Working';
import { useI18n } from '../../../lib/i18n';
import { exportAccounts, type ExportFormat, type ExportOptions } from '../api/export-accounts';
import type { AccountListQuery } from '../api/list-accounts';

/** The server's minimum for a reason (see the contract's `fullNumbersReason`). */
const REASON_MIN = 5;

/** Masked (preselected) or full numbers with a reason; then the download (`formatLabel`). */
export function ExportChoiceDialog({
  format,
  formatLabel,
  query,
  onClose,
}: {
  format: ExportFormat;
  formatLabel: string;
  query: AccountListQuery;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const titleId = useId();
  const numbersId = useId();
  const [numbers, setNumbers] = useState<'masked' | 'full'>('masked');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const exporting = useMutation({
    mutationFn: (options: ExportOptions) => exportAccounts(query, format, options),
  });
  const reasonShort = numbers === 'full' && reason.trim().length < REASON_MIN;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (reasonShort) return;
    exporting.mutate(
      numbers === 'full'
        ? { lang, numbers, fullNumbersReason: reason.trim() }
        : { lang, numbers: 'masked' },
      { onSuccess: onClose },
    );
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth>
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id={titleId}>{t('accounts.exportDialog.title')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <Typography>{t('accounts.exportDialog.rows')}</Typography>
          <FormControl>
            <FormLabel id={numbersId}>{t('accounts.exportDialog.numbers')}</FormLabel>
            <RadioGroup
              aria-labelledby={numbersId}
              value={numbers}
              onChange={(e) => setNumbers(e.target.value as 'masked' | 'full')}
            >
              <FormControlLabel
                value="masked"
                control={<Radio />}
                label={t('accounts.exportDialog.masked')}
              />
              <FormControlLabel
                value="full"
                control={<Radio />}
                label={t('accounts.exportDialog.full')}
              />
            </RadioGroup>
          </FormControl>
          {numbers === 'full' ? (
            <TextField
              label={t('accounts.exportDialog.reason')}
              value={reason}
              required
              error={touched && reasonShort}
              helperText={t('accounts.exportDialog.reasonHint')}
              onChange={(e) => setReason(e.target.value)}
              multiline
              minRows={2}
              slotProps={{ htmlInput: { maxLength: 300 } }}
            />
          ) : null}
          <div aria-live="polite">
            {exporting.isPending ? <Working label={t('common.export.building')} /> : null}
            {exporting.isError ? <QueryError error={exporting.error} /> : null}
          </div>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="submit"
            variant="contained"
            startIcon={<DownloadOutlined />}
            disabled={exporting.isPending}
          >
            {formatLabel}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
