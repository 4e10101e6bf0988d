import Box from '@mui/material/Box';
import type { AccountDetail } from '../../../api/accounts';
import { useCan } from '../../../lib/session';
import { ActionsSection } from './sections/ActionsSection';
import { CloseAccountSection } from './sections/CloseAccountSection';
import { ConversionSection } from './sections/ConversionSection';
import { DuplicatesSection } from './sections/DuplicatesSection';
import { HistorySection } from './sections/HistorySection';
import { IdentitySection } from './sections/IdentitySection';
import type { SectionOptions } from './sections/Section';

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
        {canAct ? <ActionsSection {...props} /> : null}
        {canClean ? <CloseAccountSection {...props} /> : null}
      </Box>
    ) : null;
  if (layout === 'panel') {
    return (
      <Box sx={{ display: 'grid', gap: 2 }}>
        <IdentitySection {...props} />
        <ConversionSection {...props} />
        {actions}
        <DuplicatesSection {...props} />
        <HistorySection {...props} />
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
        <IdentitySection {...props} />
        <ConversionSection {...props} />
        <DuplicatesSection {...props} />
        <HistorySection {...props} />
      </Box>
      {actions}
    </Box>
  );
}
