import MenuIcon from '@mui/icons-material/Menu';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import { Outlet } from 'react-router-dom';
import { useT } from '../lib/i18n';
import { useCan } from '../lib/session';
import { PageLoader } from '../components/PageLoader';
import { FirstPageGate } from './first-page';
import { PinnedNoticeSlot } from './pinned-notice';
import { BrandMark } from '../components/BrandMark';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { HeaderSearch } from '../features/accounts/components/HeaderSearch';
import { PolicyBanner } from '../features/policy/components/PolicyBanner';
import { HeaderUser, UserBlock } from './UserBlock';
import { Navigation } from './NavigationMenu';

/** Demo builds only: the marker, clock and fault panel (dropped from production builds). */
export const DemoBar =
  import.meta.env.VITE_DEMO === 'true'
    ? lazy(() => import('../features/demo/components/DemoBar'))
    : null;

/** False until the layout has been shown (a task after its first commit), then true. */
function useShown(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setShown(true)), 0);
    return () => clearTimeout(timer);
  }, []);
  return shown;
}

/**
 * The phone's slide-in navigation (MUI Drawer, with its modal, focus trap and transitions): loaded
 * when the menu button is first approached, so that desktop screens, which show the navigation as a
 * plain side column, never download it.
 */
const loadDrawer = () => import('@mui/material/Drawer');
const Drawer = lazy(loadDrawer);

const DRAWER_WIDTH = 264;

export function Layout() {
  const t = useT();
  const theme = useTheme();
  const desktop = useMediaQuery(theme.breakpoints.up('md'));
  const [mobileOpen, setMobileOpen] = useState(false);
  // Once opened on a phone, the drawer stays mounted so that it can slide out again.
  const [drawerUsed, setDrawerUsed] = useState(false);
  const shown = useShown();
  // The counter's account search, for the roles that work at the desk.
  const canSearch = useCan('accounts:act');
  const [searchOpen, setSearchOpen] = useState(false);
  const searchRow = canSearch && !desktop && searchOpen;

  const drawerContent = (
    <>
      <Toolbar />
      {DemoBar && !desktop ? <Box sx={{ height: 44 }} /> : null}
      <UserBlock full={!desktop} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider' }} />
      <Navigation onNavigate={desktop ? undefined : () => setMobileOpen(false)} />
    </>
  );

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <Link
        href="#main"
        sx={{
          position: 'absolute',
          left: 8,
          top: -48,
          zIndex: 2000,
          bgcolor: 'background.paper',
          p: 1,
          '&:focus': { top: 8 },
        }}
      >
        {t('common.skipToContent')}
      </Link>
      <AppBar position="fixed" sx={{ zIndex: (th) => th.zIndex.drawer + 1, displayPrint: 'none' }}>
        <Toolbar sx={{ gap: 1 }}>
          {desktop ? null : (
            <IconButton
              color="inherit"
              edge="start"
              aria-label={mobileOpen ? t('shell.closeMenu') : t('shell.openMenu')}
              aria-expanded={mobileOpen}
              aria-controls={drawerUsed ? 'app-navigation' : undefined}
              onPointerEnter={() => void loadDrawer()}
              onFocus={() => void loadDrawer()}
              onClick={() => {
                setDrawerUsed(true);
                setMobileOpen((o) => !o);
              }}
            >
              <MenuIcon />
            </IconButton>
          )}
          <BrandMark />
          <Typography variant="h6" component="p" noWrap sx={{ flexGrow: 1, minWidth: 0 }}>
            {desktop ? t('common.appName') : t('common.appShort')}
          </Typography>
          {canSearch && desktop ? <HeaderSearch /> : null}
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            {canSearch && !desktop ? (
              <IconButton
                color="inherit"
                aria-label={t('shell.search.open')}
                aria-expanded={searchOpen}
                aria-controls={searchOpen ? 'header-search-row' : undefined}
                onClick={() => setSearchOpen((o) => !o)}
              >
                <SearchOutlined />
              </IconButton>
            ) : null}
            {DemoBar && desktop ? (
              <Suspense fallback={null}>
                <DemoBar />
              </Suspense>
            ) : null}
            <LanguageSwitch onDark />
            {desktop ? <HeaderUser /> : null}
          </Stack>
        </Toolbar>
        {searchRow ? (
          <Toolbar id="header-search-row" sx={{ minHeight: 56 }}>
            <HeaderSearch autoFocus onDone={() => setSearchOpen(false)} />
          </Toolbar>
        ) : null}
        {DemoBar && !desktop ? (
          // On a phone the demo marker and clock get a row of their own under the title.
          <Toolbar variant="dense" sx={{ minHeight: 44, justifyContent: 'flex-end' }}>
            <Suspense fallback={null}>
              <DemoBar />
            </Suspense>
          </Toolbar>
        ) : null}
      </AppBar>
      {desktop ? (
        // A fixed side column, as a permanent drawer would be, without the drawer's code.
        <Box id="app-navigation" sx={{ width: DRAWER_WIDTH, flexShrink: 0, displayPrint: 'none' }}>
          <Box
            sx={{
              position: 'fixed',
              top: 0,
              bottom: 0,
              left: 0,
              width: DRAWER_WIDTH,
              overflowY: 'auto',
              bgcolor: 'background.paper',
              borderRight: 1,
              borderColor: 'divider',
              zIndex: 'drawer',
            }}
          >
            {drawerContent}
          </Box>
        </Box>
      ) : drawerUsed ? (
        <Suspense fallback={null}>
          <Drawer
            id="app-navigation"
            variant="temporary"
            open={mobileOpen}
            onClose={() => setMobileOpen(false)}
            sx={{
              displayPrint: 'none',
              '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
            }}
          >
            {drawerContent}
          </Drawer>
        </Suspense>
      ) : null}
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, p: { xs: 1.5, sm: 3 }, outline: 'none' }}
      >
        <Toolbar sx={{ displayPrint: 'none' }} />
        {DemoBar && !desktop ? <Box sx={{ height: 44, displayPrint: 'none' }} /> : null}
        {searchRow ? <Box sx={{ height: 56, displayPrint: 'none' }} /> : null}
        <PolicyBanner />
        {/* In its own space: it covers nothing. Below the switch-over banner, which is there from
            the layout's first render: the notice may come a moment later, and moves nothing. */}
        <PinnedNoticeSlot shown={shown} />
        <Suspense fallback={<PageLoader />}>
          <FirstPageGate>
            <Outlet />
          </FirstPageGate>
        </Suspense>
      </Box>
    </Box>
  );
}
