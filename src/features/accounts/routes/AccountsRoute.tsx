import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { lazy, useCallback, useMemo, Suspense, useDeferredValue, useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { SelectInput } from '../../../components/inputs';
import { ListPagination } from '../../../components/ListPagination';
import { PageContainer } from '../../../components/PageContainer';
import { QueryError } from '../../../components/QueryError';
import { useT } from '../../../lib/i18n';
import { useCan } from '../../../lib/session';
import { useUnits } from '../../../lib/units';
import { useLatestSearchParams } from '../../../lib/url-state';
import { useAccounts, type AccountListQuery } from '../api/list-accounts';
import { AccountFilters } from '../components/AccountFilters';
import { AccountsExport } from '../components/AccountsExport';
import { AccountRow, type PanelState } from '../components/AccountRow';
import { AccountsTable } from '../components/AccountsTable';
import { BulkReminders } from '../components/BulkReminders';
import { SavedViews } from '../components/SavedViews';
import { useRowKeys } from '../components/useRowKeys';
import {
  OPEN_PARAM,
  isAccountId,
  pageSizes,
  readListState,
  sorts,
  workListQuery,
  writeListState,
} from '../components/urlState';

/**
 * The side panel (a Drawer with the account's sections and forms): its code loads when a row is
 * first approached or opened, not with the list.
 */
const loadPanel = () => import('../components/AccountPanel');
const AccountPanel = lazy(() => loadPanel().then((m) => ({ default: m.AccountPanel })));

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

  // A new page of results renders in interruptible slices (a transition), so that up to 100 rows
  // never block the main thread for long on a phone; the previous page stays meanwhile.
  const data = useDeferredValue(accounts.data);
  const rows = data?.items ?? [];
  const keys = useRowKeys(rows.length, { onOpen: open, onToggle: canAct ? toggle : null });

  const renderRow = (a: (typeof rows)[number], index: number) => (
    <AccountRow
      key={a.id}
      account={a}
      index={index}
      units={units}
      current={index === keys.current}
      highlighted={selected.includes(a.id) || a.id === openId}
      checked={canAct ? selected.includes(a.id) : null}
      href={openHref(a.id)}
      onKeyDown={keys.onRowKey}
      onClick={keys.onRowClick}
      onFocusRow={keys.setActive}
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
      <AccountFilters key={query.q ?? ''} query={query} onChange={update} />
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
            <AccountsTable
              rows={rows}
              renderRow={renderRow}
              bodyRef={keys.body}
              query={query}
              onChange={update}
              busy={accounts.isFetching}
              selected={canAct ? selected : null}
              onSelect={setSelected}
              onApproach={() => void loadPanel()}
            />
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
