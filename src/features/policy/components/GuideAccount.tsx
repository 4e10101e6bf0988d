import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Field } from '../../../components/Field';
import { QueryError } from '../../../components/QueryError';
import { StatusLabel } from '../../../components/StatusLabel';
import { VisitOutcomeForm } from '../../../components/VisitOutcomeForm';
import { paths } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useCan } from '../../../lib/session';
import { unitName, useUnits } from '../../../lib/units';
import { useAccount, type AccountDetail } from '../../../api/accounts';
import { useSearchAccounts } from '../api/search-accounts';

function Search({
  q,
  onSearch,
  onChoose,
}: {
  q: string;
  onSearch: (q: string) => void;
  onChoose: (id: string) => void;
}) {
  const t = useT();
  const units = useUnits();
  const [text, setText] = useState(q);
  const results = useSearchAccounts(q);
  return (
    <>
      <Box
        component="form"
        role="search"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          onSearch(text.trim());
        }}
        sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}
      >
        <TextField
          size="small"
          label={t('policy.guide.account.search')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 100 } }}
          sx={{ flex: 1 }}
        />
        <Button type="submit" variant="outlined">
          {t('policy.guide.account.searchButton')}
        </Button>
      </Box>
      {results.isError ? (
        <QueryError error={results.error} onRetry={() => void results.refetch()} />
      ) : null}
      {q && results.data ? (
        <Box component="section" aria-labelledby="results-title">
          <Typography id="results-title" variant="subtitle2" component="h3" aria-live="polite">
            {results.data.total === 0
              ? t('policy.guide.account.none')
              : t('policy.guide.account.total', { count: results.data.total })}
          </Typography>
          <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }}>
            {results.data.items.map((a) => (
              <Box
                component="li"
                key={a.id}
                sx={{
                  display: 'flex',
                  gap: 1,
                  alignItems: 'center',
                  justifyContent: 'space-between',
                  borderBottom: 1,
                  borderColor: 'divider',
                  py: 0.5,
                }}
              >
                <Box sx={{ minWidth: 0 }}>
                  <Typography sx={{ fontWeight: 600 }}>{a.displayName}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {a.id} ·{' '}
                    <span style={{ fontFamily: 'monospace' }}>{a.identityNumberMasked ?? '—'}</span>{' '}
                    · {unitName(units.data, a.communeCode)}
                  </Typography>
                  <StatusLabel status={a.status} />
                </Box>
                <Button
                  size="small"
                  variant="contained"
                  aria-label={t('policy.guide.account.choose', {
                    name: `${a.displayName} (${a.id})`,
                  })}
                  onClick={() => onChoose(a.id)}
                >
                  {t('policy.guide.account.chooseShort')}
                </Button>
              </Box>
            ))}
          </Box>
          {results.data.total > results.data.items.length ? (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {t('policy.guide.account.refine', { shown: results.data.items.length })}
            </Typography>
          ) : null}
        </Box>
      ) : null}
    </>
  );
}

function Outcome({ account }: { account: AccountDetail }) {
  const t = useT();
  const canAct = useCan('accounts:act');
  if (!canAct) {
    return (
      <Typography color="text.secondary">
        {t(
          account.status === 'unconverted'
            ? 'policy.guide.account.noPermission'
            : 'policy.guide.account.notActionable',
        )}
      </Typography>
    );
  }
  return (
    <VisitOutcomeForm
      accountId={account.id}
      accountName={account.displayName}
      open={account.status === 'unconverted'}
      closedText={t('policy.guide.account.notActionable')}
    />
  );
}

function Selected({ id, onChange }: { id: string; onChange: () => void }) {
  const t = useT();
  const f = useFormat();
  const units = useUnits();
  const account = useAccount(id);
  if (account.isError) {
    return <QueryError error={account.error} onRetry={() => void account.refetch()} />;
  }
  if (!account.data) return <Skeleton variant="rounded" height={240} />;
  const a = account.data;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box>
        <Typography variant="body2" color="text.secondary">
          {t('policy.guide.account.selected')}
        </Typography>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700 }}>
          {a.displayName} · {a.id}
        </Typography>
      </Box>
      <Box component="dl" sx={{ m: 0, display: 'grid', gap: 1, gridTemplateColumns: '1fr 1fr' }}>
        <Field label={t('policy.guide.account.status')}>
          <StatusLabel status={a.status} />
        </Field>
        <Field label={t('policy.guide.account.idNumber')}>
          <span style={{ fontFamily: 'monospace' }}>{a.identityNumberMasked ?? '—'}</span>
        </Field>
        <Field label={t('policy.guide.account.unit')}>
          {unitName(units.data, a.communeCode)}, {unitName(units.data, a.districtCode)}
        </Field>
        {a.reason ? (
          <Field label={t('policy.guide.account.reason')}>{t(`common.reasons.${a.reason}`)}</Field>
        ) : a.convertedOn ? (
          <Field label={t('policy.guide.account.convertedOn')}>{f.date(a.convertedOn)}</Field>
        ) : null}
      </Box>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
        <Link component={RouterLink} to={paths.account(a.id)}>
          {t('policy.guide.account.open')}
        </Link>
        <Link component="button" type="button" onClick={onChange}>
          {t('policy.guide.account.change')}
        </Link>
      </Stack>
      <Outcome key={a.id} account={a} />
    </Box>
  );
}

/** The citizen's existing account beside the steps: find it, keep it open, record the outcome. */
export function GuideAccount({
  q,
  accountId,
  onSearch,
  onChoose,
}: {
  q: string;
  accountId: string | null;
  onSearch: (q: string) => void;
  onChoose: (id: string | null) => void;
}) {
  const t = useT();
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="guide-account-title"
      sx={{ p: 2, display: 'grid', gap: 2, displayPrint: 'none' }}
    >
      <Typography id="guide-account-title" variant="h6" component="h2">
        {t('policy.guide.account.title')}
      </Typography>
      {accountId ? (
        <Selected id={accountId} onChange={() => onChoose(null)} />
      ) : (
        <>
          <Typography variant="body2" color="text.secondary">
            {t('policy.guide.account.intro')}
          </Typography>
          <Search q={q} onSearch={onSearch} onChoose={onChoose} />
        </>
      )}
    </Paper>
  );
}
