import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import type { components } from '../../../api/schema';
import { PageContainer } from '../../../components/PageContainer';
import { QueryError } from '../../../components/QueryError';
import { paths } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useCan } from '../../../lib/session';
import { unitName, useUnits } from '../../../lib/units';
import {
  closeReasons,
  useCloseAccount,
  useMergeAccounts,
  useReopenAccount,
  type CloseReason,
} from '../api/clean-account';
import { useAccount, type AccountDetail } from '../api/get-account';
import { useRecordVisit } from '../api/record-visit';
import { useRequestIdentityCheck } from '../api/request-identity-check';
import { useRevealAccount } from '../api/reveal-account';
import { useSendReminder } from '../api/send-reminder';
import { StatusLabel } from '../components/StatusLabel';

type Outcome = components['schemas']['VisitOutcome'];
const outcomes: Outcome[] = ['linked', 'referred_police', 'declined', 'come_back_later'];

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, fontWeight: 500 }}>
        {children}
      </Typography>
    </Box>
  );
}

function Identity({ account }: { account: AccountDetail }) {
  const t = useT();
  const f = useFormat();
  const units = useUnits();
  const reveal = useRevealAccount();
  const numbers = reveal.data;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="identity-title" sx={{ p: 2 }}>
      <Typography id="identity-title" variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('accounts.detail.identity')}
      </Typography>
      <Box
        component="dl"
        sx={{
          m: 0,
          display: 'grid',
          gap: 1.5,
          gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', md: 'repeat(3, 1fr)' },
        }}
      >
        <Field label={t('accounts.detail.idNumber')}>
          <span style={{ fontFamily: 'monospace' }}>
            {(numbers ? numbers.identityNumber : account.identityNumberMasked) ??
              t('accounts.detail.none')}
          </span>
        </Field>
        <Field label={t('accounts.detail.phone')}>
          <span style={{ fontFamily: 'monospace' }}>
            {(numbers ? numbers.phone : account.phoneMasked) ?? t('accounts.detail.none')}
          </span>
        </Field>
        <Field label={t('accounts.detail.kind')}>{t(`common.kinds.${account.kind}`)}</Field>
        {account.birthYear ? (
          <Field label={t('accounts.detail.birthYear')}>{account.birthYear}</Field>
        ) : null}
        <Field label={t('accounts.detail.nationality')}>{account.nationality}</Field>
        <Field label={t('accounts.detail.unit')}>
          {unitName(units.data, account.communeCode)}, {unitName(units.data, account.districtCode)}
        </Field>
        <Field label={t('accounts.detail.source')}>{t(`accounts.sources.${account.source}`)}</Field>
        <Field label={t('accounts.detail.registered')}>{f.date(account.registeredOn)}</Field>
        <Field label={t('accounts.detail.lastSeen')}>{f.date(account.lastSeenOn)}</Field>
      </Box>
      {account.canReveal && !numbers ? (
        <Stack direction="row" spacing={1} sx={{ mt: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Button
            variant="outlined"
            startIcon={<VisibilityOutlined />}
            onClick={() => reveal.mutate(account.id)}
            disabled={reveal.isPending}
          >
            {t('accounts.detail.reveal')}
          </Button>
          <Typography variant="caption" color="text.secondary">
            {t('accounts.detail.revealNote')}
          </Typography>
        </Stack>
      ) : null}
      {reveal.error ? <QueryError error={reveal.error} /> : null}
    </Paper>
  );
}

function Conversion({ account }: { account: AccountDetail }) {
  const t = useT();
  const f = useFormat();
  return (
    <Paper variant="outlined" component="section" aria-labelledby="conversion-title" sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography id="conversion-title" variant="h6" component="h2">
          {t('accounts.detail.status')}
        </Typography>
        <StatusLabel status={account.status} />
      </Stack>
      <Box component="dl" sx={{ m: 0, display: 'grid', gap: 1.5 }}>
        {account.convertedOn ? (
          <Field label={t('accounts.detail.convertedOn')}>{f.date(account.convertedOn)}</Field>
        ) : null}
        {account.reason ? (
          <>
            <Field label={t('accounts.detail.reason')}>
              {t(`common.reasons.${account.reason}`)}
            </Field>
            <Field label={t('accounts.detail.nextStep')}>
              {t(`accounts.nextSteps.${account.reason}`)}
            </Field>
          </>
        ) : account.status === 'awaiting_guidance' ? (
          <Field label={t('accounts.detail.nextStep')}>{t('accounts.nextSteps.awaiting')}</Field>
        ) : null}
      </Box>
    </Paper>
  );
}

function Actions({ account }: { account: AccountDetail }) {
  const t = useT();
  const f = useFormat();
  const visit = useRecordVisit(account.id);
  const remind = useSendReminder(account.id);
  const [outcome, setOutcome] = useState<Outcome>('linked');
  const [note, setNote] = useState('');
  const [channel, setChannel] = useState<'sms' | 'portal'>(account.phoneMasked ? 'sms' : 'portal');
  const [done, setDone] = useState<string | null>(null);

  if (account.status !== 'unconverted') {
    return (
      <Paper variant="outlined" component="section" aria-labelledby="actions-title" sx={{ p: 2 }}>
        <Typography id="actions-title" variant="h6" component="h2">
          {t('accounts.actions.title')}
        </Typography>
        <Typography color="text.secondary">{t('accounts.actions.notActionable')}</Typography>
        {done ? (
          <Alert severity="success" sx={{ mt: 1 }}>
            {done}
          </Alert>
        ) : null}
      </Paper>
    );
  }

  const submitVisit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    visit.mutate(
      { outcome, note: note.trim() || undefined },
      {
        onSuccess: () => {
          setNote('');
          setDone(t('accounts.actions.saved'));
        },
      },
    );
  };

  const remindedRecently = account.lastReminderOn !== null;

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="actions-title"
      sx={{ p: 2, display: 'grid', gap: 3 }}
    >
      <Typography id="actions-title" variant="h6" component="h2">
        {t('accounts.actions.title')}
      </Typography>
      <Box component="form" onSubmit={submitVisit} sx={{ display: 'grid', gap: 1.5 }}>
        <FormControl>
          <FormLabel id="visit-outcome">{t('accounts.actions.visit')}</FormLabel>
          <RadioGroup
            aria-labelledby="visit-outcome"
            value={outcome}
            onChange={(e) => setOutcome(e.target.value as Outcome)}
          >
            {outcomes.map((o) => (
              <FormControlLabel
                key={o}
                value={o}
                control={<Radio />}
                label={t(`accounts.actions.outcomes.${o}`)}
              />
            ))}
          </RadioGroup>
        </FormControl>
        <TextField
          label={t('accounts.actions.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          multiline
          minRows={2}
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
        <div>
          <Button type="submit" variant="contained" disabled={visit.isPending}>
            {t('accounts.actions.save')}
          </Button>
        </div>
        {visit.error ? <QueryError error={visit.error} /> : null}
      </Box>
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
          <FormLabel id="remind-channel">{t('accounts.actions.remind')}</FormLabel>
          <RadioGroup
            row
            aria-labelledby="remind-channel"
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
            {t('accounts.actions.previewText')}
          </Typography>
        </Box>
        {remindedRecently ? (
          <Typography variant="body2" color="text.secondary">
            {t('accounts.actions.remindedOn', { date: f.date(account.lastReminderOn ?? '') })}
          </Typography>
        ) : null}
        <div>
          <Button type="submit" variant="outlined" disabled={remind.isPending}>
            {t('accounts.actions.send')}
          </Button>
        </div>
        {remind.error ? <QueryError error={remind.error} /> : null}
      </Box>
      {account.reason === 'id_mismatch' ? (
        <IdentityCheck account={account} onDone={setDone} />
      ) : null}
      <div aria-live="polite">{done ? <Alert severity="success">{done}</Alert> : null}</div>
    </Paper>
  );
}

/** Mismatched numbers go to the provincial police for checking, once, with what looks wrong. */
function IdentityCheck({
  account,
  onDone,
}: {
  account: AccountDetail;
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
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
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

function History({ account }: { account: AccountDetail }) {
  const t = useT();
  const f = useFormat();
  return (
    <Paper variant="outlined" component="section" aria-labelledby="history-title" sx={{ p: 2 }}>
      <Typography id="history-title" variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('accounts.detail.history')}
      </Typography>
      <Box component="ol" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 1 }}>
        {account.history.map((e) => {
          const d = e.details ?? {};
          const text = t(`accounts.detail.events.${e.type}`, {
            source: typeof d.source === 'string' ? t(`accounts.sources.${d.source as 'desk'}`) : '',
            channel:
              typeof d.channel === 'string'
                ? t(`accounts.actions.channels.${d.channel as 'sms'}`)
                : '',
            outcome:
              typeof d.outcome === 'string'
                ? t(`accounts.actions.outcomes.${d.outcome as Outcome}`)
                : '',
          });
          return (
            <li key={e.id}>
              <Typography component="span" sx={{ fontWeight: 600 }}>
                {f.dateTime(e.at)}
              </Typography>{' '}
              — {text}
              {e.username ? ` ${t('accounts.detail.by', { user: e.username })}` : ''}
              {typeof d.note === 'string' && d.note ? (
                <Typography variant="body2" color="text.secondary">
                  {t('accounts.detail.note', { note: d.note })}
                </Typography>
              ) : null}
            </li>
          );
        })}
      </Box>
    </Paper>
  );
}

function Duplicates({ account }: { account: AccountDetail }) {
  const t = useT();
  const f = useFormat();
  const navigate = useNavigate();
  const canClean = useCan('accounts:clean');
  const merge = useMergeAccounts();
  const all = [account, ...account.duplicates];
  const active = all.filter((d) => d.status !== 'closed' && d.status !== 'merged');
  const keep = (id: string) => {
    const others = active.filter((d) => d.id !== id).map((d) => d.id);
    if (!others.length) return;
    if (!window.confirm(t('accounts.clean.mergeConfirm', { id, n: others.length }))) return;
    merge.mutate({ keepId: id, others }, { onSuccess: () => void navigate(paths.account(id)) });
  };
  return (
    <Paper variant="outlined" component="section" aria-labelledby="dups-title" sx={{ p: 2 }}>
      <Typography id="dups-title" variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('accounts.detail.duplicates')}
      </Typography>
      {account.duplicates.length === 0 ? (
        <Typography color="text.secondary">{t('accounts.detail.noDuplicates')}</Typography>
      ) : (
        <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { md: '1fr 1fr' } }}>
          {all.map((d) => (
            <Paper key={d.id} variant="outlined" sx={{ p: 1.5 }}>
              <Link component={RouterLink} to={paths.account(d.id)} sx={{ fontWeight: 600 }}>
                {d.displayName} ({d.id})
              </Link>
              <Typography variant="body2">
                {t('accounts.detail.idNumber')}:{' '}
                <span style={{ fontFamily: 'monospace' }}>{d.identityNumberMasked}</span>
              </Typography>
              <Typography variant="body2">
                {t('accounts.detail.registered')}: {f.date(d.registeredOn)} ·{' '}
                {t(`accounts.sources.${d.source}`)}
              </Typography>
              <Typography variant="body2">
                {t('accounts.detail.lastSeen')}: {f.date(d.lastSeenOn)}
              </Typography>
              <StatusLabel status={d.status} />
              {canClean && active.length > 1 && active.some((x) => x.id === d.id) ? (
                <Box sx={{ mt: 1 }}>
                  <Button
                    size="small"
                    variant="outlined"
                    onClick={() => keep(d.id)}
                    disabled={merge.isPending}
                  >
                    {t('accounts.clean.keep', { id: d.id })}
                  </Button>
                </Box>
              ) : null}
            </Paper>
          ))}
        </Box>
      )}
      {merge.error ? <QueryError error={merge.error} /> : null}
    </Paper>
  );
}

/** System admins close an account that cannot be converted; a close can be undone for 30 days. */
function CloseAccount({ account }: { account: AccountDetail }) {
  const t = useT();
  const close = useCloseAccount(account.id);
  const reopen = useReopenAccount(account.id);
  const [reason, setReason] = useState<CloseReason>('no_longer_used');
  const [note, setNote] = useState('');
  if (account.status === 'merged') return null;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="close-title"
      sx={{ p: 2, display: 'grid', gap: 1.5 }}
    >
      <Typography id="close-title" variant="h6" component="h2">
        {t('accounts.clean.title')}
      </Typography>
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
            if (!window.confirm(t('accounts.clean.closeConfirm', { id: account.id }))) return;
            close.mutate({ reason, note: note.trim() || undefined });
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
        </Box>
      )}
    </Paper>
  );
}

export default function AccountRoute() {
  const t = useT();
  const { id = '' } = useParams();
  const account = useAccount(id);
  const canAct = useCan('accounts:act');
  const canClean = useCan('accounts:clean');
  const back = (
    <Link component={RouterLink} to={paths.accounts}>
      ← {t('accounts.detail.back')}
    </Link>
  );
  if (account.isError) {
    return (
      <PageContainer title={t('accounts.title')} breadcrumbs={back}>
        <QueryError error={account.error} onRetry={() => void account.refetch()} />
      </PageContainer>
    );
  }
  if (!account.data) {
    return (
      <PageContainer title={t('accounts.title')} breadcrumbs={back}>
        <Skeleton variant="rounded" height={480} />
      </PageContainer>
    );
  }
  const a = account.data;
  return (
    <PageContainer title={`${a.displayName} · ${a.id}`} breadcrumbs={back}>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { lg: '2fr 1fr' },
          alignItems: 'start',
        }}
      >
        <Box sx={{ display: 'grid', gap: 2 }}>
          <Identity account={a} />
          <Conversion account={a} />
          <Duplicates account={a} />
          <History account={a} />
        </Box>
        {canAct || canClean ? (
          <Box sx={{ display: 'grid', gap: 2 }}>
            {canAct ? <Actions account={a} /> : null}
            {canClean ? <CloseAccount account={a} /> : null}
          </Box>
        ) : null}
      </Box>
    </PageContainer>
  );
}
