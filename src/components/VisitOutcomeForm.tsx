import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../lib/i18n';
import { useRecordVisit, visitOutcomes, type VisitOutcome } from '../api/accounts';
import { ConfirmDialog } from './ConfirmDialog';
import { QueryError } from './QueryError';

/**
 * The counter-visit outcome: what happened when the citizen came to the desk, with an optional
 * note. Used on the account (page and side panel) and in the counter guide. No outcome is chosen
 * in advance; "linked" asks for a confirmation that names the account, and then records a report
 * that waits for VNeID's data (never a conversion by itself). When the account can take no visit
 * (`open` false, e.g. just reported) it shows `closedText`, and still the confirmation of what was
 * just recorded.
 */
export function VisitOutcomeForm({
  accountId,
  accountName,
  open,
  closedText,
}: {
  accountId: string;
  /** The account's name, said in the confirmation of a link. */
  accountName: string;
  open: boolean;
  closedText: string;
}) {
  const t = useT();
  const legendId = useId();
  const errorId = useId();
  const visit = useRecordVisit(accountId);
  const [outcome, setOutcome] = useState<VisitOutcome | null>(null);
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<VisitOutcome | null>(null);

  const record = (chosen: VisitOutcome) => {
    setSaved(null);
    visit.mutate(
      {
        outcome: chosen,
        note: note.trim() || undefined,
        ...(chosen === 'linked' ? { confirmAccountId: accountId } : {}),
      },
      {
        onSuccess: () => {
          setNote('');
          setOutcome(null);
          setSaved(chosen);
        },
      },
    );
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!outcome) {
      setMissing(true);
      return;
    }
    if (outcome === 'linked') setConfirming(true);
    else record(outcome);
  };

  const confirmation = (
    <div aria-live="polite">
      {saved ? (
        <Alert severity="success">
          {t(saved === 'linked' ? 'common.visit.savedReported' : 'common.visit.saved')}
        </Alert>
      ) : null}
    </div>
  );
  if (!open) {
    return (
      <Box sx={{ display: 'grid', gap: 1.5 }}>
        <Typography color="text.secondary">{closedText}</Typography>
        {confirmation}
      </Box>
    );
  }

  return (
    <Box component="form" onSubmit={submit} sx={{ display: 'grid', gap: 1.5 }}>
      <FormControl error={missing}>
        <FormLabel id={legendId}>{t('common.visit.legend')}</FormLabel>
        <RadioGroup
          aria-labelledby={legendId}
          aria-describedby={missing ? errorId : undefined}
          value={outcome ?? ''}
          onChange={(e) => {
            setOutcome(e.target.value as VisitOutcome);
            setMissing(false);
          }}
        >
          {visitOutcomes.map((o) => (
            <FormControlLabel
              key={o}
              value={o}
              control={<Radio />}
              label={t(`common.visit.outcomes.${o}`)}
            />
          ))}
        </RadioGroup>
        {missing ? <FormHelperText id={errorId}>{t('common.visit.pick')}</FormHelperText> : null}
      </FormControl>
      <TextField
        label={t('common.visit.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        multiline
        minRows={2}
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
      <div>
        <Button type="submit" variant="contained" disabled={visit.isPending}>
          {t('common.visit.save')}
        </Button>
      </div>
      {visit.error ? <QueryError error={visit.error} /> : null}
      {confirmation}
      <ConfirmDialog
        open={confirming}
        title={t('common.visit.confirmTitle')}
        confirmLabel={t('common.visit.confirmAction', { name: accountName })}
        onConfirm={() => record('linked')}
        onClose={() => setConfirming(false)}
      >
        <Typography>
          {t('common.visit.confirmBody', { name: accountName, id: accountId })}
        </Typography>
      </ConfirmDialog>
    </Box>
  );
}
