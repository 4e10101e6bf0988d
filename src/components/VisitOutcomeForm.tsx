import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../lib/i18n';
import { useRecordVisit, visitOutcomes, type VisitOutcome } from '../lib/record-visit';
import { QueryError } from './QueryError';

/**
 * The counter-visit outcome: what happened when the citizen came to the desk, with an optional
 * note. Used on the account (page and side panel) and in the counter guide. When the account can
 * take no visit (`open` false, e.g. just linked) it shows `closedText`, and still the confirmation
 * of what was just recorded.
 */
export function VisitOutcomeForm({
  accountId,
  open,
  closedText,
}: {
  accountId: string;
  open: boolean;
  closedText: string;
}) {
  const t = useT();
  const legendId = useId();
  const visit = useRecordVisit(accountId);
  const [outcome, setOutcome] = useState<VisitOutcome>('linked');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    visit.mutate(
      { outcome, note: note.trim() || undefined },
      {
        onSuccess: () => {
          setNote('');
          setSaved(true);
        },
      },
    );
  };

  const confirmation = (
    <div aria-live="polite">
      {saved ? <Alert severity="success">{t('common.visit.saved')}</Alert> : null}
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
      <FormControl>
        <FormLabel id={legendId}>{t('common.visit.legend')}</FormLabel>
        <RadioGroup
          aria-labelledby={legendId}
          value={outcome}
          onChange={(e) => setOutcome(e.target.value as VisitOutcome)}
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
    </Box>
  );
}
