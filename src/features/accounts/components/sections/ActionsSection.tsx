import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useId, useState, type FormEvent } from 'react';
import { QueryError } from '../../../../components/QueryError';
import { VisitOutcomeForm } from '../../../../components/VisitOutcomeForm';
import { useFormat } from '../../../../lib/format';
import { useT } from '../../../../lib/i18n';
import { reminderMessage } from '../../../../lib/reminder-messages';
import { useSendReminder } from '../../api/send-reminder';
import { IdentityCheck } from './IdentityCheck';
import { Section, type SectionProps } from './Section';

/** What an officer does for an unconverted account: a visit's outcome, a reminder, a check. */
export function ActionsSection({ account, level }: SectionProps) {
  const t = useT();
  const f = useFormat();
  const channelId = useId();
  const remind = useSendReminder(account.id);
  const [channel, setChannel] = useState<'sms' | 'portal'>(account.phoneMasked ? 'sms' : 'portal');
  const [done, setDone] = useState<string | null>(null);
  const open = account.status === 'unconverted';

  return (
    <Section title={t('accounts.actions.title')} level={level} gap={3}>
      <VisitOutcomeForm
        accountId={account.id}
        accountName={account.displayName}
        open={open}
        closedText={t('accounts.actions.notActionable')}
      />
      {open ? (
        <Box
          component="form"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            setDone(null);
            remind.mutate({ channel }, { onSuccess: () => setDone(t('accounts.actions.sent')) });
          }}
          sx={{ display: 'grid', gap: 1.5 }}
        >
          <FormControl>
            <FormLabel id={channelId}>{t('accounts.actions.remind')}</FormLabel>
            <RadioGroup
              row
              aria-labelledby={channelId}
              value={channel}
              onChange={(e) => setChannel(e.target.value as 'sms' | 'portal')}
            >
              <FormControlLabel
                value="sms"
                control={<Radio />}
                label={t('accounts.actions.channels.sms')}
                disabled={!account.phoneMasked}
              />
              <FormControlLabel
                value="portal"
                control={<Radio />}
                label={t('accounts.actions.channels.portal')}
              />
            </RadioGroup>
          </FormControl>
          <Box>
            <Typography variant="body2" color="text.secondary">
              {t('accounts.actions.preview')}
            </Typography>
            <Typography
              component="blockquote"
              sx={{ m: 0, p: 1.5, bgcolor: 'action.hover', borderRadius: 1 }}
              lang="vi"
            >
              {reminderMessage(account.reason)}
            </Typography>
          </Box>
          {account.lastReminderOn ? (
            <Typography variant="body2" color="text.secondary">
              {t('accounts.actions.remindedOn', { date: f.date(account.lastReminderOn) })}
            </Typography>
          ) : null}
          <div>
            <Button type="submit" variant="outlined" disabled={remind.isPending}>
              {t('accounts.actions.send')}
            </Button>
          </div>
          {remind.error ? <QueryError error={remind.error} /> : null}
        </Box>
      ) : null}
      {open && account.reason === 'id_mismatch' ? (
        <IdentityCheck account={account} level={level} onDone={setDone} />
      ) : null}
      <div aria-live="polite">{done ? <Alert severity="success">{done}</Alert> : null}</div>
    </Section>
  );
}
