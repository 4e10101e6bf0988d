import { alpha, lighten, type Theme } from '@mui/material/styles';
import type { KeyboardEvent, MouseEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import type { components } from '../../../api/schema';
import { StatusLabel } from '../../../components/StatusLabel';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { unitName, type UnitTree } from '../../../lib/units';

type Account = components['schemas']['AccountSummary'];

/** Marks a history entry the list pushed to open the panel, so closing it can go Back. */
export type PanelState = { panelFromList?: boolean } | null;

export interface AccountRowProps {
  account: Account;
  index: number;
  units: UnitTree | undefined;
  /** The row that takes Tab (roving tabindex). */
  current: boolean;
  /** Ticked for a bulk action, or open in the panel. */
  highlighted: boolean;
  /** Shows a tick box when the user may act on accounts. */
  checked: boolean | null;
  href: string;
  onKeyDown: (e: KeyboardEvent<HTMLTableRowElement>, index: number, id: string) => void;
  onClick: (e: MouseEvent<HTMLTableRowElement>, index: number, id: string) => void;
  onFocusRow: (index: number) => void;
  onToggle: (id: string) => void;
}

/**
 * One account of the work list. Plain table cells styled by `accountRowsSx` on the table, not MUI
 * components: a page holds up to 100 rows, and MUI's cells, links, chips and tick boxes made
 * rendering them the longest task on a phone.
 */
export function AccountRow({
  account: a,
  index,
  units,
  current,
  highlighted,
  checked,
  href,
  onKeyDown,
  onClick,
  onFocusRow,
  onToggle,
}: AccountRowProps) {
  const t = useT();
  const f = useFormat();
  return (
    <tr
      data-id={a.id}
      className={highlighted ? 'selected' : undefined}
      tabIndex={current ? 0 : -1}
      onKeyDown={(e) => onKeyDown(e, index, a.id)}
      onClick={(e) => onClick(e, index, a.id)}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onFocusRow(index);
      }}
    >
      {checked !== null ? (
        <td className="check">
          <input
            type="checkbox"
            checked={checked}
            onChange={() => onToggle(a.id)}
            aria-label={t('accounts.bulk.select', { name: `${a.displayName} ${a.id}` })}
          />
        </td>
      ) : null}
      <th scope="row">
        <RouterLink className="name" to={href} state={{ panelFromList: true } satisfies PanelState}>
          {a.displayName}
        </RouterLink>
        <span className="sub">
          {a.id} · {t(`common.kinds.${a.kind}`)}
        </span>
      </th>
      <td className="mono id">{a.identityNumberMasked ?? '—'}</td>
      <td className="mono phone">{a.phoneMasked ?? '—'}</td>
      <td className="unit">
        {unitName(units, a.communeCode)}
        <span className="sub">{unitName(units, a.districtCode)}</span>
      </td>
      <td className="status">
        <StatusLabel status={a.status} />
      </td>
      <td className="reason">
        {a.reason ? (
          <>
            <strong>{t(`common.reasons.${a.reason}`)}</strong>
            <span className="sub">{t(`accounts.nextSteps.${a.reason}`)}</span>
          </>
        ) : a.status === 'awaiting_guidance' ? (
          <span className="sub">{t('accounts.nextSteps.awaiting')}</span>
        ) : a.status === 'reported_at_desk' ? (
          <span className="sub">{t('accounts.nextSteps.reported')}</span>
        ) : null}
      </td>
      <td className="nowrap registered">{f.date(a.registeredOn)}</td>
    </tr>
  );
}

/** The rows' look, on the table: MUI's small body cells, hover and selected rows, a focus ring. */
export const accountRowsSx = (theme: Theme) => ({
  '& tbody tr[data-id]': {
    cursor: 'pointer',
    '&:hover': { backgroundColor: theme.palette.action.hover },
    '&.selected': {
      backgroundColor: alpha(theme.palette.primary.main, theme.palette.action.selectedOpacity),
    },
    '&:focus-visible': {
      outline: `3px solid ${theme.palette.primary.main}`,
      outlineOffset: '-3px',
    },
  },
  '& tbody tr[data-id] > td, & tbody tr[data-id] > th': {
    ...theme.typography.body2,
    padding: '6px 16px',
    textAlign: 'left' as const,
    verticalAlign: 'middle',
    fontWeight: 400,
    // MUI's TableCell border (light theme).
    borderBottom: `1px solid ${lighten(alpha(theme.palette.divider, 1), 0.88)}`,
  },
  '& td.check': { width: 48, padding: '0 0 0 4px' },
  '& td.check input': {
    width: 18,
    height: 18,
    margin: '11px',
    accentColor: theme.palette.primary.main,
    cursor: 'pointer',
  },
  '& a.name': {
    color: theme.palette.primary.main,
    fontWeight: 600,
    textDecoration: 'none',
    '&:hover': { textDecoration: 'underline' },
  },
  '& .sub': {
    ...theme.typography.caption,
    display: 'block',
    color: theme.palette.text.secondary,
  },
  '& td.reason': { minWidth: 240 },
  '& td.reason strong': { display: 'block', fontWeight: 600 },
  '& td.mono': { fontFamily: 'monospace', whiteSpace: 'nowrap' as const },
  '& td.nowrap': { whiteSpace: 'nowrap' as const },
  // Below 600 px each row is a card: the name across (with its tick box), then the numbers, the
  // unit and the status side by side, then the reason and what to do, whole. Nothing scrolls
  // sideways; the registration date folds away (it is in the account's panel).
  [theme.breakpoints.down('sm')]: {
    // The headings stay for screen readers.
    '& thead': {
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clip: 'rect(0 0 0 0)',
      whiteSpace: 'nowrap',
    },
    '& tbody tr[data-id]': {
      display: 'grid',
      gridTemplateColumns: 'auto minmax(0, 1fr) minmax(0, 1fr)',
      gridTemplateAreas: '"check name name" ". id phone" ". unit status" ". reason reason"',
      columnGap: '8px',
      padding: '8px 8px 10px 0',
      borderBottom: `1px solid ${lighten(alpha(theme.palette.divider, 1), 0.88)}`,
    },
    '& tbody tr[data-id] > td, & tbody tr[data-id] > th': {
      border: 0,
      padding: '2px 0',
      minWidth: 0,
    },
    '& tbody tr[data-id] > th': { gridArea: 'name', paddingLeft: '8px' },
    '& tbody tr[data-id] > td.check': { gridArea: 'check', width: 'auto' },
    '& tbody tr[data-id] > td.id': { gridArea: 'id' },
    '& tbody tr[data-id] > td.phone': { gridArea: 'phone' },
    '& tbody tr[data-id] > td.unit': { gridArea: 'unit' },
    '& tbody tr[data-id] > td.status': { gridArea: 'status' },
    '& tbody tr[data-id] > td.reason': { gridArea: 'reason', minWidth: 0 },
    '& tbody tr[data-id] > td.registered': { display: 'none' },
    // Without tick boxes (a head), the first column is not there.
    '& tbody tr[data-id]:not(:has(> td.check))': {
      gridTemplateColumns: '0 minmax(0, 1fr) minmax(0, 1fr)',
      columnGap: 0,
    },
    '& tbody tr[data-id] > td.mono': { whiteSpace: 'normal' as const, paddingLeft: '8px' },
    '& tbody tr[data-id] > td.unit, & tbody tr[data-id] > td.reason': { paddingLeft: '8px' },
  },
});
