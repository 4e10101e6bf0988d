import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import type { AccountDetail } from '../../../../api/accounts';
import { QueryError } from '../../../../components/QueryError';
import { useFormat } from '../../../../lib/format';
import { useT } from '../../../../lib/i18n';
import { useWithdrawDeskReport } from '../../api/withdraw-desk-report';

/**
 * The latest "linked at the desk" report: who made it and when, where its reconciliation with
 * VNeID's data stands, and (its author or an admin, while pending) a withdrawal with a reason.
 */
export function DeskReport({ account }: { account: AccountDetail }) {
  const t = useT();
  const f = useFormat();
  const report = account.deskReport!;
  const withdraw = useWithdrawDeskReport(account.id);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [done, setDone] = useState(false);
  const missing = touched && !reason.trim();
  const close = () => {
    setAsking(false);
    setTouched(false);
  };
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 1 }}>
      <Alert severity={report.state === 'pending' ? 'warning' : 'info'}>
        <Typography sx={{ fontWeight: 600 }}>{t('accounts.deskReport.title')}</Typography>
        <Typography variant="body2">
          {t('accounts.deskReport.by', {
            user: report.reportedBy,
            time: f.dateTime(report.reportedAt),
          })}
        </Typography>
        <Typography variant="body2">
          {t(`accounts.deskReport.states.${report.state}`, {
            date: report.resolvedOn ? f.date(report.resolvedOn) : '',
          })}
        </Typography>
        {report.withdrawReason ? (
          <Typography variant="body2">
            {t('accounts.detail.reasonNote', { reason: report.withdrawReason })}
          </Typography>
        ) : null}
      </Alert>
      {report.canWithdraw ? (
        <div>
          <Button variant="outlined" color="error" onClick={() => setAsking(true)}>
            {t('accounts.deskReport.withdraw')}
          </Button>
        </div>
      ) : null}
      <div aria-live="polite">
        {done ? <Alert severity="success">{t('accounts.deskReport.withdrawn')}</Alert> : null}
      </div>
      {withdraw.error ? <QueryError error={withdraw.error} /> : null}
      <Dialog open={asking} onClose={close} aria-labelledby={`${account.id}-withdraw`} fullWidth>
        <Box
          component="form"
          noValidate
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            setTouched(true);
            if (!reason.trim()) return;
            withdraw.mutate(reason.trim(), {
              onSuccess: () => {
                close();
                setReason('');
                setDone(true);
              },
            });
          }}
        >
          <DialogTitle id={`${account.id}-withdraw`}>
            {t('accounts.deskReport.withdrawTitle', { name: account.displayName, id: account.id })}
          </DialogTitle>
          <DialogContent sx={{ display: 'grid', gap: 2 }}>
            <Typography>{t('accounts.deskReport.withdrawBody')}</Typography>
            <TextField
              autoFocus
              label={t('accounts.deskReport.withdrawReason')}
              value={reason}
              required
              error={missing}
              helperText={missing ? t('errors.field.required') : ' '}
              onChange={(e) => setReason(e.target.value)}
              multiline
              minRows={2}
              slotProps={{ htmlInput: { maxLength: 500 } }}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" variant="contained" color="error" disabled={withdraw.isPending}>
              {t('accounts.deskReport.withdraw')}
            </Button>
          </DialogActions>
        </Box>
      </Dialog>
    </Box>
  );
}
