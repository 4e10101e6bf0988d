import Alert from '@mui/material/Alert';
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
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { QueryError } from '../../../components/QueryError';
import { formatIsoDate } from '../../../lib/dates';
import { useT } from '../../../lib/i18n';
import {
  scenarios,
  useDemoState,
  useResetDemo,
  useSetDemoState,
  type DemoState,
  type Scenario,
} from '../api/demo-state';

const presets = ['2024-06-10', '2024-06-20', '2024-07-05'];

function PanelForm({ state, onClose }: { state: DemoState; onClose: () => void }) {
  const t = useT();
  const setState = useSetDemoState();
  const reset = useResetDemo();
  const [today, setToday] = useState(state.today);
  const [scenario, setScenario] = useState<Scenario>(state.scenario);
  const [message, setMessage] = useState<string | null>(null);

  const apply = () =>
    setState.mutate(
      { today, scenario },
      {
        onSuccess: (s) =>
          setMessage(
            t('demo.panel.applied', {
              date: formatIsoDate(s.today),
              scenario: t(`demo.scenarios.${s.scenario}`),
            }),
          ),
      },
    );

  const [askReset, setAskReset] = useState(false);
  const doReset = () => {
    setAskReset(false);
    reset.mutate(undefined, {
      onSuccess: (s) => {
        setToday(s.today);
        setScenario(s.scenario);
        setMessage(t('demo.panel.resetDone'));
      },
    });
  };

  return (
    <>
      <DialogContent>
        <Stack spacing={3} sx={{ pt: 1 }}>
          <TextField
            type="date"
            label={t('demo.panel.clock')}
            value={today}
            onChange={(e) => setToday(e.target.value)}
            slotProps={{
              inputLabel: { shrink: true },
              htmlInput: { min: state.minDate, max: state.maxDate },
            }}
            helperText={t('demo.panel.clockHelp', {
              min: formatIsoDate(state.minDate),
              max: formatIsoDate(state.maxDate),
            })}
          />
          <Stack direction="row" spacing={1} role="group" aria-label={t('demo.panel.presets')}>
            {presets.map((p) => (
              <Button
                key={p}
                size="small"
                variant={p === today ? 'contained' : 'outlined'}
                onClick={() => setToday(p)}
              >
                {formatIsoDate(p)}
              </Button>
            ))}
          </Stack>
          <FormControl>
            <FormLabel id="demo-scenario-label">{t('demo.panel.scenario')}</FormLabel>
            <RadioGroup
              aria-labelledby="demo-scenario-label"
              value={scenario}
              onChange={(e) => setScenario(e.target.value as Scenario)}
            >
              {scenarios.map((s) => (
                <FormControlLabel
                  key={s}
                  value={s}
                  control={<Radio />}
                  label={t(`demo.scenarios.${s}`)}
                />
              ))}
            </RadioGroup>
          </FormControl>
          <div aria-live="polite">
            {message ? <Alert severity="success">{message}</Alert> : null}
            {setState.error ? <QueryError error={setState.error} /> : null}
            {reset.error ? <QueryError error={reset.error} /> : null}
          </div>
        </Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button color="error" onClick={() => setAskReset(true)} disabled={reset.isPending}>
          {t('demo.panel.reset')}
        </Button>
        <Button onClick={onClose}>{t('common.close')}</Button>
        <Button variant="contained" onClick={apply} disabled={setState.isPending}>
          {t('demo.panel.apply')}
        </Button>
      </DialogActions>
      <ConfirmDialog
        open={askReset}
        danger
        title={t('demo.panel.resetTitle')}
        confirmLabel={t('demo.panel.reset')}
        onConfirm={doReset}
        onClose={() => setAskReset(false)}
      >
        {t('demo.panel.resetConfirm')}
      </ConfirmDialog>
    </>
  );
}

export default function DemoPanel({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const state = useDemoState();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby="demo-panel-title"
      fullWidth
      maxWidth="xs"
    >
      <DialogTitle id="demo-panel-title">{t('demo.panel.title')}</DialogTitle>
      {state.data ? (
        <PanelForm state={state.data} onClose={onClose} />
      ) : state.error ? (
        <DialogContent>
          <QueryError error={state.error} onRetry={() => void state.refetch()} />
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
