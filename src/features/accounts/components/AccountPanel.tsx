import CloseOutlined from '@mui/icons-material/CloseOutlined';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { QueryError } from '../../../components/QueryError';
import { paths } from '../../../config/paths';
import { useT } from '../../../lib/i18n';
import { useAccount } from '../../../api/accounts';
import { AccountSections } from './AccountSections';

/**
 * One account beside the list, in a panel on the right (the whole screen on a phone). Focus moves
 * to its heading on open; Escape or the close button closes it, and the Drawer hands focus back
 * to what had it before (the row).
 */
export function AccountPanel({
  id,
  onClose,
  hrefOf,
  onOpen,
}: {
  id: string | null;
  onClose: () => void;
  hrefOf: (id: string) => string;
  onOpen: (id: string) => void;
}) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The last account shown stays in the panel while it slides out.
  const [shown, setShown] = useState(id);
  if (id !== null && id !== shown) setShown(id);

  useEffect(() => {
    if (id === null) return;
    const frame = requestAnimationFrame(() => heading.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [id]);

  return (
    <Drawer
      anchor="right"
      open={id !== null}
      onClose={onClose}
      // Above the app bar, which sits above the navigation drawer.
      sx={{ zIndex: (theme) => theme.zIndex.modal }}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': titleId,
          sx: { width: { xs: '100%', sm: 600, md: 760 }, maxWidth: '100%' },
        },
      }}
    >
      {shown ? (
        <PanelContent
          id={shown}
          titleId={titleId}
          heading={heading}
          onClose={onClose}
          hrefOf={hrefOf}
          onOpen={onOpen}
        />
      ) : null}
    </Drawer>
  );
}

function PanelContent({
  id,
  titleId,
  heading,
  onClose,
  hrefOf,
  onOpen,
}: {
  id: string;
  titleId: string;
  heading: RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
  hrefOf: (id: string) => string;
  onOpen: (id: string) => void;
}) {
  const t = useT();
  const account = useAccount(id);
  const a = account.data;
  return (
    <>
      <Stack
        direction="row"
        spacing={1}
        sx={{
          position: 'sticky',
          top: 0,
          zIndex: 1,
          bgcolor: 'background.paper',
          borderBottom: 1,
          borderColor: 'divider',
          px: 2,
          py: 1.5,
          alignItems: 'flex-start',
        }}
      >
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="caption" color="text.secondary" component="p">
            {t('accounts.panel.label')}
          </Typography>
          <Typography
            id={titleId}
            ref={heading}
            tabIndex={-1}
            variant="h6"
            component="h2"
            sx={{ fontWeight: 600, outline: 'none', overflowWrap: 'anywhere' }}
          >
            {a ? `${a.displayName} · ${a.id}` : t('accounts.panel.loading', { id })}
          </Typography>
          <Link component={RouterLink} to={paths.account(id)} variant="body2">
            {t('accounts.panel.fullPage')}
          </Link>
        </Box>
        <IconButton onClick={onClose} aria-label={t('accounts.panel.close')} edge="end">
          <CloseOutlined />
        </IconButton>
      </Stack>
      <Box sx={{ p: 2 }}>
        {account.isError ? (
          <QueryError error={account.error} onRetry={() => void account.refetch()} />
        ) : !a ? (
          <Skeleton variant="rounded" height={480} />
        ) : (
          <AccountSections
            key={a.id}
            account={a}
            layout="panel"
            level={3}
            hrefOf={hrefOf}
            onMerged={onOpen}
          />
        )}
      </Box>
    </>
  );
}
