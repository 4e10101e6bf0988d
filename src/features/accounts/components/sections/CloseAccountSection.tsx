import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { QueryError } from '../../../../components/QueryError';
import { useT } from '../../../../lib/i18n';
import {
  closeReasons,
  useCloseAccount,
  useReopenAccount,
  type CloseReason,
} from '../../api/clean-account';
import { Section, type SectionProps } from './Section';

/** System admins close an account that cannot be converted; a close can be undone for 30 days. */
export function CloseAccountSection({ account, level }: SectionProps) {
  const t = useT();
  const close = useCloseAccount(account.id);
  const reopen = useReopenAccount(account.id);
  const [reason, setReason] = useState<CloseReason>('no_longer_used');
  const [note, setNote] = useState('');
  const [asking, setAsking] = useState(false);
  if (account.status === 'merged') return null;
  return (
    <Section title={t('accounts.clean.title')} level={level} gap={1.5}>
      {account.status === 'closed' ? (
        <>
          <Typography color="text.secondary">{t('accounts.clean.closedNote')}</Typography>
          <div>
            <Button variant="outlined" onClick={() => reopen.mutate()} disabled={reopen.isPending}>
              {t('accounts.clean.reopen')}
            </Button>
          </div>
          {reopen.error ? <QueryError error={reopen.error} /> : null}
        </>
      ) : (
        <Box
          component="form"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            setAsking(true);
          }}
          sx={{ display: 'grid', gap: 1.5 }}
        >
          <TextField
            select
            size="small"
            label={t('accounts.clean.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value as CloseReason)}
          >
            {closeReasons.map((r) => (
              <MenuItem key={r} value={r}>
                {t(`accounts.clean.reasons.${r}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            label={t('accounts.actions.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 500 } }}
          />
          <div>
            <Button type="submit" color="error" variant="outlined" disabled={close.isPending}>
              {t('accounts.clean.close')}
            </Button>
          </div>
          {close.error ? <QueryError error={close.error} /> : null}
          <ConfirmDialog
            open={asking}
            danger
            title={t('accounts.clean.closeTitle', { id: account.id })}
            confirmLabel={t('accounts.clean.close')}
            onConfirm={() => close.mutate({ reason, note: note.trim() || undefined })}
            onClose={() => setAsking(false)}
          >
            <Typography>{t('accounts.clean.closeConfirm', { id: account.id })}</Typography>
          </ConfirmDialog>
        </Box>
      )}
    </Section>
  );
}
