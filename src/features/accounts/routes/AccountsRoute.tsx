import FilterListOutlined from '@mui/icons-material/FilterListOutlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import {
  lazy,
  memo,
  useCallback,
  useMemo,
  Suspense,
  useDeferredValue,
  useId,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { SelectInput, TextInput } from '../../../components/inputs';
import { ListPagination } from '../../../components/ListPagination';
import { PageContainer } from '../../../components/PageContainer';
import { QueryError } from '../../../components/QueryError';
import { visuallyHidden } from '../../../components/visuallyHidden';
import { useT } from '../../../lib/i18n';
import { useCan, useSession } from '../../../lib/session';
import { useUnits } from '../../../lib/units';
import { useLatestSearchParams } from '../../../lib/url-state';
import { useAccounts, type AccountListQuery } from '../api/list-accounts';
import { AccountsExport } from '../components/AccountsExport';
import { AccountRow, accountRowsSx, type PanelState } from '../components/AccountRow';
import { BulkReminders } from '../components/BulkReminders';
import { SavedViews } from '../components/SavedViews';
import {
  OPEN_PARAM,
  isAccountId,
  kinds,
  pageSizes,
  reasons,
  readListState,
  sorts,
  sources,
  statuses,
  workListQuery,
  writeListState,
} from '../components/urlState';

/**
 * The side panel (a Drawer with the account's sections and forms): its code loads when a row is
 * first approached or opened, not with the list.
 */
const loadPanel = () => import('../components/AccountPanel');
const AccountPanel = lazy(() => loadPanel().then((m) => ({ default: m.AccountPanel })));

type FilterKey = 'district' | 'commune' | 'kind' | 'status' | 'reason' | 'source';

/** Memoised: the list's data arriving re-renders the page, and nine selects need not follow. */
const Filters = memo(function Filters({
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

const advancedFilters = [
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
const noFilters: Partial<AccountListQuery> = Object.fromEntries(
  ['q', ...advancedFilters].map((k) => [k, undefined]),
);

/** Clicks on the row's own controls (checkbox, link) do what those do, not open the panel. */
const fromControl = (target: EventTarget) =>
  target instanceof Element && Boolean(target.closest('a, button, input, label'));

/** Marks the list's own address changes: an empty address written by the list stays empty. */
const fromList = { fromList: true } as const;

/**
 * `/accounts` with nothing in its address (the navigation, a bookmark) opens on the work list:
 * the unconverted citizen accounts of the user's scope, what the desk can do today first. Once on
 * the list, clearing every filter shows every account.
 */
export default function AccountsRoute() {
  const location = useLocation();
  const state = location.state as { fromList?: boolean } | null;
  if (location.search === '' && !state?.fromList) {
    return (
      <Navigate replace to={`${location.pathname}?${writeListState(workListQuery).toString()}`} />
    );
  }
  return <AccountsList />;
}

function AccountsList() {
  const t = useT();
  // The rows name each account's unit: when the units arrive after the rows, the rows render again
  // in an interruptible pass, not in one long task.
  const units = useDeferredValue(useUnits().data);
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const [, setLatest] = useLatestSearchParams();
  const { query, invalid: badList } = useMemo(() => readListState(params), [params]);
  const openParam = params.get(OPEN_PARAM);
  const openId = openParam && isAccountId(openParam) ? openParam : null;
  const invalid = openParam && !openId ? [...badList, OPEN_PARAM] : badList;
  const accounts = useAccounts(query);
  // Once opened, the panel stays mounted so that it can slide out again.
  const [panelUsed, setPanelUsed] = useState(openId !== null);
  if (openId !== null && !panelUsed) setPanelUsed(true);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 25;

  const canExport = useCan('accounts:export');
  const canAct = useCan('accounts:act');
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = (id: string) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));

  // Stable while the URL is: the memoised filters take it as their onChange.
  const update = useCallback(
    (next: Partial<AccountListQuery>, resetPage = true) =>
      setLatest(
        (current) =>
          writeListState({
            ...readListState(current).query,
            ...next,
            ...(resetPage ? { page: undefined } : {}),
          }),
        { state: fromList },
      ),
    [setLatest],
  );

  // The panel is `?open=TK…` on top of the list's own URL: bookmarkable, and Back closes it.
  const withOpen = (id: string) => {
    const next = new URLSearchParams(params);
    next.set(OPEN_PARAM, id);
    return next;
  };
  const openHref = (id: string) => `${location.pathname}?${withOpen(id).toString()}`;
  const open = (id: string) =>
    setParams(withOpen(id), { state: { panelFromList: true } satisfies PanelState });
  const close = () => {
    if ((location.state as PanelState)?.panelFromList) {
      void navigate(-1);
      return;
    }
    const next = new URLSearchParams(params);
    next.delete(OPEN_PARAM);
    setParams(next, { replace: true, state: fromList });
  };

  // Rows take focus one at a time (roving tabindex): Tab enters the table at the current row,
  // the arrow keys move, Enter opens the panel.
  const body = useRef<HTMLTableSectionElement>(null);
  const [active, setActive] = useState(0);
  // A new page of results renders in interruptible slices (a transition), so that up to 100 rows
  // never block the main thread for long on a phone; the previous page stays meanwhile.
  const data = useDeferredValue(accounts.data);
  const rows = data?.items ?? [];
  const current = Math.min(active, Math.max(0, rows.length - 1));
  const focusRow = (index: number) => {
    const trs = body.current?.querySelectorAll<HTMLTableRowElement>('tr[data-id]');
    if (!trs?.length) return;
    const i = Math.max(0, Math.min(index, trs.length - 1));
    setActive(i);
    trs[i]!.focus();
  };
  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, index: number, id: string) => {
    if (e.target !== e.currentTarget) return;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: index + 10,
      PageUp: index - 10,
    };
    if (e.key in moves) {
      e.preventDefault();
      focusRow(moves[e.key]!);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      open(id);
    } else if (e.key === ' ' && canAct) {
      e.preventDefault();
      toggle(id);
    }
  };
  const onRowClick = (e: MouseEvent<HTMLTableRowElement>, index: number, id: string) => {
    if (fromControl(e.target)) return;
    setActive(index);
    open(id);
  };

  const renderRow = (a: (typeof rows)[number], index: number) => (
    <AccountRow
      key={a.id}
      account={a}
      index={index}
      units={units}
      current={index === current}
      highlighted={selected.includes(a.id) || a.id === openId}
      checked={canAct ? selected.includes(a.id) : null}
      href={openHref(a.id)}
      onKeyDown={onRowKey}
      onClick={onRowClick}
      onFocusRow={setActive}
      onToggle={toggle}
    />
  );

  return (
    <PageContainer
      title={t('accounts.title')}
      actions={canExport ? <AccountsExport query={query} /> : undefined}
    >
      {invalid.length ? (
        <Alert severity="warning">{t('common.badParams', { names: invalid.join(', ') })}</Alert>
      ) : null}
      <Filters key={query.q ?? ''} query={query} onChange={update} />
      <SavedViews params={params} />
      <Paper variant="outlined" component="section" aria-labelledby="accounts-count">
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          sx={{
            p: 2,
            pb: 1,
            justifyContent: 'space-between',
            alignItems: { sm: 'center' },
            gap: 1,
          }}
        >
          <Typography id="accounts-count" component="h2" variant="h6" aria-live="polite">
            {data ? t('accounts.table.count', { n: data.total }) : '\u00a0'}
          </Typography>
          <SelectInput
            size="small"
            label={t('accounts.table.sortBy')}
            value={query.sort ?? 'name'}
            onChange={(v) => update({ sort: v as AccountListQuery['sort'] })}
            options={sorts.map((s) => ({ value: s, label: t(`accounts.table.sorts.${s}`) }))}
            sx={{ minWidth: 220 }}
          />
        </Stack>
        {canAct && data ? (
          <BulkReminders
            selected={selected}
            total={data.total}
            // The rows and the count shown are the previous query's until the new ones come.
            busy={accounts.isPlaceholderData || data !== accounts.data}
            query={query}
            onDone={() => setSelected([])}
          />
        ) : null}
        <Box sx={{ height: 4 }}>
          {accounts.isFetching ? <LinearProgress aria-hidden="true" /> : null}
        </Box>
        {accounts.isError ? (
          <Box sx={{ p: 2 }}>
            <QueryError error={accounts.error} onRetry={() => void accounts.refetch()} />
          </Box>
        ) : !data ? (
          <Skeleton variant="rectangular" height={560} />
        ) : (
          <>
            <Typography
              id="accounts-keys"
              variant="caption"
              color="text.secondary"
              component="p"
              sx={{ px: 2, pb: 1, display: { xs: 'none', md: 'block' } }}
            >
              {t('accounts.table.keys')}
            </Typography>
            <TableContainer
              role="region"
              aria-labelledby="accounts-count"
              // The rows shown while new ones load are the previous query's.
              aria-busy={accounts.isFetching}
              onPointerEnter={() => void loadPanel()}
              onFocus={() => void loadPanel()}
            >
              <Table size="small" aria-describedby="accounts-keys" sx={accountRowsSx}>
                <caption style={visuallyHidden}>{t('accounts.table.caption')}</caption>
                <TableHead>
                  <TableRow>
                    {canAct ? (
                      <TableCell padding="checkbox">
                        <Checkbox
                          slotProps={{ input: { 'aria-label': t('accounts.bulk.selectPage') } }}
                          checked={rows.length > 0 && rows.every((a) => selected.includes(a.id))}
                          onChange={(e) => {
                            const ids = rows.map((a) => a.id);
                            setSelected((sel) =>
                              e.target.checked
                                ? [...new Set([...sel, ...ids])]
                                : sel.filter((x) => !ids.includes(x)),
                            );
                          }}
                        />
                      </TableCell>
                    ) : null}
                    <TableCell>{t('accounts.table.name')}</TableCell>
                    <TableCell>{t('accounts.table.id')}</TableCell>
                    <TableCell>{t('accounts.table.phone')}</TableCell>
                    <TableCell>{t('accounts.table.unit')}</TableCell>
                    <TableCell>{t('accounts.table.status')}</TableCell>
                    <TableCell>{t('accounts.table.reason')}</TableCell>
                    <TableCell>{t('accounts.table.registered')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody ref={body}>
                  {rows.length === 0 ? (
                    <TableRow>
                      <TableCell colSpan={8}>
                        <EmptyHelp query={query} onChange={update} />
                      </TableCell>
                    </TableRow>
                  ) : null}
                  <RowsInSteps rows={rows} render={renderRow} />
                </TableBody>
              </Table>
            </TableContainer>
            <ListPagination
              total={data.total}
              page={page}
              pageSize={pageSize}
              pageSizes={pageSizes}
              onChange={(next) => update(next, next.page === undefined)}
            />
          </>
        )}
      </Paper>
      {panelUsed ? (
        <Suspense fallback={null}>
          <AccountPanel
            id={openId}
            onClose={close}
            hrefOf={openHref}
            onOpen={(id) => setParams(withOpen(id), { replace: true })}
          />
        </Suspense>
      ) : null}
    </PageContainer>
  );
}

const FIRST_ROWS = 10;
const NO_ROWS: readonly never[] = [];

/**
 * The first rows render with the page; the rest in a second, interruptible pass right after (a
 * deferred value whose first value is empty), so that opening the list is not one long task on a
 * phone. Later pages render whole: the list's data is itself a deferred value.
 */
function RowsInSteps<T>({
  rows,
  render,
}: {
  rows: readonly T[];
  render: (row: T, index: number) => ReactNode;
}) {
  const later = useDeferredValue(rows, NO_ROWS);
  return (
    <>
      {rows.slice(0, FIRST_ROWS).map(render)}
      {later === rows ? rows.slice(FIRST_ROWS).map((row, i) => render(row, FIRST_ROWS + i)) : null}
    </>
  );
}

/**
 * No account matched: what to try next. Search by the whole number, widen the area (the commune,
 * then the district), drop the other filters, check the spelling.
 */
function EmptyHelp({
  query,
  onChange,
}: {
  query: AccountListQuery;
  onChange: (next: Partial<AccountListQuery>) => void;
}) {
  const t = useT();
  const { user } = useSession();
  const wider = query.commune
    ? { commune: undefined }
    : query.district && !user.scope.districtCode
      ? { district: undefined }
      : null;
  const filtered = advancedFilters.some(
    (k) => query[k] !== undefined && !(k === 'district' && user.scope.districtCode),
  );
  return (
    <Box sx={{ py: 1 }} role="status">
      <Typography sx={{ fontWeight: 600 }}>{t('accounts.table.emptyHelp.title')}</Typography>
      <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
        <li>{t('accounts.table.emptyHelp.number')}</li>
        <li>{t('accounts.table.emptyHelp.spelling')}</li>
      </Box>
      <Stack direction="row" sx={{ mt: 1, gap: 1, flexWrap: 'wrap' }}>
        {wider ? (
          <Button variant="outlined" size="small" onClick={() => onChange(wider)}>
            {t('accounts.table.emptyHelp.widen')}
          </Button>
        ) : null}
        {filtered && query.q ? (
          <Button
            variant="outlined"
            size="small"
            onClick={() => onChange({ ...noFilters, q: query.q })}
          >
            {t('accounts.table.emptyHelp.clear')}
          </Button>
        ) : null}
      </Stack>
    </Box>
  );
}
