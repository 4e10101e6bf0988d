import FilterListOutlined from '@mui/icons-material/FilterListOutlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { memo, useId, useState, type FormEvent } from 'react';
import { SelectInput, TextInput } from '../../../components/inputs';
import { useT } from '../../../lib/i18n';
import { useSession } from '../../../lib/session';
import { useUnits } from '../../../lib/units';
import type { AccountListQuery } from '../api/list-accounts';
import { kinds, reasons, sources, statuses } from './urlState';

type FilterKey = 'district' | 'commune' | 'kind' | 'status' | 'reason' | 'source';

/** The filters beyond the search (folded away on a phone). */
export const advancedFilters = [
  'district',
  'commune',
  'kind',
  'status',
  'reason',
  'source',
  'regFrom',
  'regTo',
  'seenBefore',
] as const satisfies readonly (keyof AccountListQuery)[];

/** The search and every filter cleared (the sort and the page size stay). */
export const noFilters: Partial<AccountListQuery> = Object.fromEntries(
  ['q', ...advancedFilters].map((k) => [k, undefined]),
);

/** Memoised: the list's data arriving re-renders the page, and nine selects need not follow. */
export const AccountFilters = memo(function AccountFilters({
  query,
  onChange,
}: {
  query: AccountListQuery;
  onChange: (next: Partial<AccountListQuery>) => void;
}) {
  const t = useT();
  const { user } = useSession();
  const units = useUnits();
  const [q, setQ] = useState(query.q ?? '');
  // On a phone, the filters beyond the search are folded away until asked for: the list comes
  // first, and the page opens without rendering nine fields nobody has asked for yet.
  const wide = useMediaQuery(useTheme().breakpoints.up('md'), { noSsr: true });
  const [unfolded, setUnfolded] = useState(false);
  const moreId = useId();
  const activeCount = advancedFilters.filter(
    (k) => query[k] !== undefined && !(k === 'district' && user.scope.districtCode),
  ).length;
  const district = user.scope.districtCode ?? query.district;
  const districtRow = units.data?.districts.find((d) => d.code === district);

  const select = (key: FilterKey, label: string, options: { value: string; label: string }[]) => (
    <SelectInput
      size="small"
      label={label}
      value={query[key] ?? ''}
      onChange={(v) => {
        const value = v || undefined;
        // A new district clears the commune, which belonged to the old one.
        onChange(key === 'district' ? { district: value, commune: undefined } : { [key]: value });
      }}
      options={[{ value: '', label: t('accounts.filters.all') }, ...options]}
      sx={{ minWidth: 180 }}
    />
  );

  const date = (key: 'regFrom' | 'regTo' | 'seenBefore', label: string) => (
    <TextInput
      type="date"
      size="small"
      label={label}
      value={query[key] ?? ''}
      onChange={(v) => onChange({ [key]: v || undefined })}
    />
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q: q.trim() || undefined });
  };

  const advanced = (
    <>
      {user.scope.districtCode
        ? null
        : select(
            'district',
            t('accounts.filters.district'),
            (units.data?.districts ?? []).map((d) => ({ value: d.code, label: d.name })),
          )}
      {districtRow
        ? select(
            'commune',
            t('accounts.filters.commune'),
            districtRow.communes.map((c) => ({ value: c.code, label: c.name })),
          )
        : null}
      {select(
        'kind',
        t('accounts.filters.kind'),
        kinds.map((k) => ({ value: k, label: t(`common.kinds.${k}`) })),
      )}
      {select(
        'status',
        t('accounts.filters.status'),
        statuses.map((s) => ({ value: s, label: t(`common.statuses.${s}`) })),
      )}
      {select(
        'reason',
        t('accounts.filters.reason'),
        reasons.map((r) => ({ value: r, label: t(`common.reasons.${r}`) })),
      )}
      {select(
        'source',
        t('accounts.filters.source'),
        sources.map((s) => ({ value: s, label: t(`accounts.sources.${s}`) })),
      )}
      {date('regFrom', t('accounts.filters.regFrom'))}
      {date('regTo', t('accounts.filters.regTo'))}
      {date('seenBefore', t('accounts.filters.seenBefore'))}
      <Button
        onClick={() => {
          setQ('');
          onChange(noFilters);
        }}
      >
        {t('accounts.filters.clear')}
      </Button>
    </>
  );

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={t('accounts.filters.label')}
      sx={{ p: 2 }}
    >
      <Stack
        component="form"
        role="search"
        onSubmit={submit}
        direction="row"
        spacing={1}
        sx={{ mb: 2 }}
      >
        <TextInput
          size="small"
          fullWidth
          type="search"
          label={t('accounts.filters.q')}
          helperText={t('accounts.filters.qHint')}
          value={q}
          onChange={setQ}
        />
        <Button
          type="submit"
          variant="contained"
          startIcon={<SearchOutlined />}
          sx={{ alignSelf: 'flex-start', mt: '2px' }}
        >
          {t('accounts.filters.apply')}
        </Button>
      </Stack>
      {wide ? null : (
        <Button
          aria-expanded={unfolded}
          aria-controls={moreId}
          startIcon={<FilterListOutlined />}
          onClick={() => setUnfolded((u) => !u)}
          sx={{ mb: unfolded ? 2 : 0 }}
        >
          {activeCount
            ? t('accounts.filters.moreActive', { count: activeCount })
            : t('accounts.filters.more')}
        </Button>
      )}
      <Box
        id={moreId}
        sx={{ display: wide || unfolded ? 'flex' : 'none', flexWrap: 'wrap', gap: 1.5 }}
      >
        {wide || unfolded ? advanced : null}
      </Box>
    </Paper>
  );
});
