import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import type { AccountDetail } from '../../../../api/accounts';
import { QueryError } from '../../../../components/QueryError';
import { useFormat } from '../../../../lib/format';
import { useT } from '../../../../lib/i18n';
import { useRequestIdentityCheck } from '../../api/request-identity-check';
import type { HeadingLevel } from './Section';

/** Mismatched numbers go to the provincial police for checking, once, with what looks wrong. */
export function IdentityCheck({
  account,
  level,
  onDone,
}: {
  account: AccountDetail;
  level: HeadingLevel;
  onDone: (text: string) => void;
}) {
  const t = useT();
  const f = useFormat();
  const check = useRequestIdentityCheck(account.id);
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const requested = account.history.find((e) => e.type === 'identity-check');
  if (requested) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('accounts.actions.checkRequested', { date: f.dateTime(requested.at) })}
      </Typography>
    );
  }
  const missing = touched && !note.trim();
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        setTouched(true);
        if (!note.trim()) return;
        check.mutate(
          { note: note.trim() },
          { onSuccess: () => onDone(t('accounts.actions.checkSent')) },
        );
      }}
      sx={{ display: 'grid', gap: 1.5 }}
    >
      <Typography
        component={level === 2 ? 'h3' : 'h4'}
        variant="subtitle1"
        sx={{ fontWeight: 600 }}
      >
        {t('accounts.actions.check')}
      </Typography>
      <TextField
        label={t('accounts.actions.checkNote')}
        value={note}
        required
        error={missing}
        helperText={missing ? t('errors.field.required') : ' '}
        onChange={(e) => setNote(e.target.value)}
        multiline
        minRows={2}
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
      <div>
        <Button type="submit" variant="outlined" disabled={check.isPending}>
          {t('accounts.actions.checkSend')}
        </Button>
      </div>
      {check.error ? <QueryError error={check.error} /> : null}
    </Box>
  );
}
