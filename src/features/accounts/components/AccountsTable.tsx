import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Dispatch, ReactNode, RefObject, SetStateAction } from 'react';
import { visuallyHidden } from '../../../components/visuallyHidden';
import { useT } from '../../../lib/i18n';
import { useSession } from '../../../lib/session';
import type { AccountListQuery } from '../api/list-accounts';
import { advancedFilters, noFilters } from './AccountFilters';
import { accountRowsSx } from './AccountRow';

/**
 * The page of accounts as a table named by the count above it (`accounts-count`), with a note on
 * its keys; a tick box in the heading selects the page when `selected` is given; an empty page says
 * what to try next.
 */
export function AccountsTable<T extends { id: string }>({
  rows,
  renderRow,
  bodyRef,
  query,
  onChange,
  busy,
  selected,
  onSelect,
  onApproach,
}: {
  rows: readonly T[];
  renderRow: (row: T, index: number) => ReactNode;
  bodyRef: RefObject<HTMLTableSectionElement | null>;
  query: AccountListQuery;
  onChange: (next: Partial<AccountListQuery>) => void;
  /** The rows shown are the previous query's while new ones load. */
  busy: boolean;
  /** The ticked accounts, or null when the user may not tick any. */
  selected: string[] | null;
  onSelect: Dispatch<SetStateAction<string[]>>;
  /** A pointer or the focus has come near the rows: the panel's code may load. */
  onApproach: () => void;
}) {
  const t = useT();
  return (
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
        aria-busy={busy}
        onPointerEnter={onApproach}
        onFocus={onApproach}
      >
        <Table size="small" aria-describedby="accounts-keys" sx={accountRowsSx}>
          <caption style={visuallyHidden}>{t('accounts.table.caption')}</caption>
          <TableHead>
            <TableRow>
              {selected ? (
                <TableCell padding="checkbox">
                  <Checkbox
                    slotProps={{ input: { 'aria-label': t('accounts.bulk.selectPage') } }}
                    checked={rows.length > 0 && rows.every((a) => selected.includes(a.id))}
                    onChange={(e) => {
                      const ids = rows.map((a) => a.id);
                      onSelect((sel) =>
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
          <TableBody ref={bodyRef}>
            {rows.length === 0 ? (
              <TableRow>
                <TableCell colSpan={8}>
                  <EmptyHelp query={query} onChange={onChange} />
                </TableCell>
              </TableRow>
            ) : null}
            {rows.map(renderRow)}
          </TableBody>
        </Table>
      </TableContainer>
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
