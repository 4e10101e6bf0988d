import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Field } from '../../../components/Field';
import { QueryError } from '../../../components/QueryError';
import { StatusLabel } from '../../../components/StatusLabel';
import { VisitOutcomeForm } from '../../../components/VisitOutcomeForm';
import { useFormat } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import type { AccountDetail, VisitOutcome } from '../../../api/accounts';
import { useCan } from '../../../lib/session';
import { unitName, useUnits } from '../../../lib/units';
import {
  closeReasons,
  useCloseAccount,
  useMergeAccounts,
  useReopenAccount,
  type CloseReason,
} from '../api/clean-account';
import { useRequestIdentityCheck } from '../api/request-identity-check';
import { useRevealAccount } from '../api/reveal-account';
import { useSendReminder } from '../api/send-reminder';
import { reminderMessage } from '../../../lib/reminder-messages';
import { useWithdrawDeskReport } from '../api/withdraw-desk-report';

type HeadingLevel = 2 | 3;

interface SectionOptions {
  /** Level of the sections' headings: 2 on the account's page, 3 in the list's side panel. */
  level: HeadingLevel;
  /** Where a link to another account (a duplicate) goes: its page, or the panel beside the list. */
  hrefOf: (id: string) => string;
  /** After duplicates are merged into `keptId`, show that account. */
  onMerged: (keptId: string) => void;
}
type SectionProps = SectionOptions & { account: AccountDetail };

function Identity({ account, level }: SectionProps) {
  const t = useT();
  const titleId = useId();
  const f = useFormat();
  const units = useUnits();
  const reveal = useRevealAccount();
  const numbers = reveal.data;
  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} sx={{ p: 2 }}>
      <Typography id={titleId} variant="h6" component={`h${level}`} sx={{ mb: 1 }}>
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
        <Field label={t('accounts.detail.nationality')}>
          <CountryName code={account.nationality} />
        </Field>
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

function Conversion({ account, level }: SectionProps) {
  const t = useT();
  const titleId = useId();
  const f = useFormat();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography id={titleId} variant="h6" component={`h${level}`}>
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
        ) : account.status === 'reported_at_desk' ? (
          <Field label={t('accounts.detail.nextStep')}>{t('accounts.nextSteps.reported')}</Field>
        ) : null}
      </Box>
      {account.deskReport ? <DeskReport account={account} /> : null}
    </Paper>
  );
}

/**
 * The latest "linked at the desk" report: who made it and when, where its reconciliation with
 * VNeID's data stands, and (its author or an admin, while pending) a withdrawal with a reason.
 */
function DeskReport({ account }: { account: AccountDetail }) {
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

function Actions({ account, level }: SectionProps) {
  const t = useT();
  const f = useFormat();
  const titleId = useId();
  const channelId = useId();
  const remind = useSendReminder(account.id);
  const [channel, setChannel] = useState<'sms' | 'portal'>(account.phoneMasked ? 'sms' : 'portal');
  const [done, setDone] = useState<string | null>(null);
  const open = account.status === 'unconverted';

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={titleId}
      sx={{ p: 2, display: 'grid', gap: 3 }}
    >
      <Typography id={titleId} variant="h6" component={`h${level}`}>
        {t('accounts.actions.title')}
      </Typography>
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
    </Paper>
  );
}

/** Mismatched numbers go to the provincial police for checking, once, with what looks wrong. */
function IdentityCheck({
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

function History({ account, level }: SectionProps) {
  const t = useT();
  const titleId = useId();
  const f = useFormat();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} sx={{ p: 2 }}>
      <Typography id={titleId} variant="h6" component={`h${level}`} sx={{ mb: 1 }}>
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
                ? t(`common.visit.outcomes.${d.outcome as VisitOutcome}`)
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
              {e.type === 'desk-report-withdrawn' && typeof d.reason === 'string' ? (
                <Typography variant="body2" color="text.secondary">
                  {t('accounts.detail.reasonNote', { reason: d.reason })}
                </Typography>
              ) : null}
            </li>
          );
        })}
      </Box>
    </Paper>
  );
}

function Duplicates({ account, level, hrefOf, onMerged }: SectionProps) {
  const t = useT();
  const titleId = useId();
  const f = useFormat();
  const canClean = useCan('accounts:clean');
  const merge = useMergeAccounts();
  const all = [account, ...account.duplicates];
  const active = all.filter((d) => d.status !== 'closed' && d.status !== 'merged');
  const [keeping, setKeeping] = useState<string | null>(null);
  const othersThan = (id: string) => active.filter((d) => d.id !== id).map((d) => d.id);
  const merging = keeping ? othersThan(keeping) : [];
  const keep = (id: string) => {
    merge.mutate({ keepId: id, others: othersThan(id) }, { onSuccess: () => onMerged(id) });
  };
  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} sx={{ p: 2 }}>
      <ConfirmDialog
        open={keeping !== null}
        danger
        title={t('accounts.clean.mergeTitle')}
        confirmLabel={t('accounts.clean.keep', { id: keeping ?? '' })}
        onConfirm={() => keeping && keep(keeping)}
        onClose={() => setKeeping(null)}
      >
        <Typography>
          {t('accounts.clean.mergeConfirm', { id: keeping ?? '', n: merging.length })}
        </Typography>
      </ConfirmDialog>
      <Typography id={titleId} variant="h6" component={`h${level}`} sx={{ mb: 1 }}>
        {t('accounts.detail.duplicates')}
      </Typography>
      {account.duplicates.length === 0 ? (
        <Typography color="text.secondary">{t('accounts.detail.noDuplicates')}</Typography>
      ) : (
        <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { md: '1fr 1fr' } }}>
          {all.map((d) => (
            <Paper key={d.id} variant="outlined" sx={{ p: 1.5 }}>
              <Link component={RouterLink} to={hrefOf(d.id)} sx={{ fontWeight: 600 }}>
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
                    onClick={() => setKeeping(d.id)}
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
function CloseAccount({ account, level }: SectionProps) {
  const t = useT();
  const titleId = useId();
  const close = useCloseAccount(account.id);
  const reopen = useReopenAccount(account.id);
  const [reason, setReason] = useState<CloseReason>('no_longer_used');
  const [note, setNote] = useState('');
  const [asking, setAsking] = useState(false);
  if (account.status === 'merged') return null;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={titleId}
      sx={{ p: 2, display: 'grid', gap: 1.5 }}
    >
      <Typography id={titleId} variant="h6" component={`h${level}`}>
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
    </Paper>
  );
}

/**
 * Everything about one account, in sections: identity, unit, sources and dates; VNeID status with
 * the reason it is stuck and the next step; duplicates side by side; history; and the actions the
 * user's role allows. The account's page and the list's side panel both show it: `layout` "page"
 * puts the actions in a column beside the rest on wide screens, "panel" stacks everything.
 */
export function AccountSections({
  account,
  layout,
  ...options
}: SectionOptions & { account: AccountDetail; layout: 'page' | 'panel' }) {
  const canAct = useCan('accounts:act');
  const canClean = useCan('accounts:clean');
  const props = { account, ...options };
  const actions =
    canAct || canClean ? (
      <Box sx={{ display: 'grid', gap: 2 }}>
        {canAct ? <Actions {...props} /> : null}
        {canClean ? <CloseAccount {...props} /> : null}
      </Box>
    ) : null;
  if (layout === 'panel') {
    return (
      <Box sx={{ display: 'grid', gap: 2 }}>
        <Identity {...props} />
        <Conversion {...props} />
        {actions}
        <Duplicates {...props} />
        <History {...props} />
      </Box>
    );
  }
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { lg: '2fr 1fr' },
        alignItems: 'start',
      }}
    >
      <Box sx={{ display: 'grid', gap: 2 }}>
        <Identity {...props} />
        <Conversion {...props} />
        <Duplicates {...props} />
        <History {...props} />
      </Box>
      {actions}
    </Box>
  );
}

/** A country code ("VN") as its name in the user's language ("Việt Nam"), not the bare code. */
function CountryName({ code }: { code: string }) {
  const { lang } = useI18n();
  let name = code;
  try {
    name = new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    // Not a region code: shown as it is.
  }
  return <>{name}</>;
}
