import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import MenuIcon from '@mui/icons-material/Menu';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import { Link as RouterLink, Outlet, useLocation } from 'react-router-dom';
import { can } from '../config/permissions';
import { useT } from '../lib/i18n';
import { useCan, useSession } from '../lib/session';
import { useUnits, unitName } from '../lib/units';
import { PageLoader } from '../components/PageLoader';
import { FirstPageGate } from './first-page';
import { PinnedNoticeSlot } from './pinned-notice';
import { BrandMark } from '../components/BrandMark';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { HeaderSearch } from '../features/accounts/components/HeaderSearch';
import { PolicyBanner } from '../features/policy/components/PolicyBanner';
import { navItems, routePermissions } from './navigation';

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

function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const { user } = useSession();
  const location = useLocation();
  const items = navItems.filter((i) => can(user.role, routePermissions[i.route]));
  return (
    <nav aria-label={t('shell.nav.label')}>
      <List>
        {items.map((item) => {
          const active =
            item.to === '/'
              ? location.pathname === '/'
              : location.pathname === item.to ||
                (location.pathname.startsWith(`${item.to}/`) &&
                  !items.some(
                    (o) =>
                      o !== item &&
                      o.to.startsWith(`${item.to}/`) &&
                      location.pathname.startsWith(o.to),
                  ));
          const Icon = item.icon;
          return (
            <ListItem key={item.route} disablePadding>
              <ListItemButton
                component={RouterLink}
                to={item.to}
                selected={active}
                aria-current={active ? 'page' : undefined}
                onClick={onNavigate}
              >
                <ListItemIcon sx={{ minWidth: 40 }}>
                  <Icon />
                </ListItemIcon>
                <ListItemText primary={t(item.label)} />
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
    </nav>
  );
}

/** In the drawer: the scope always; on a phone also who is signed in and sign out. */
function UserBlock({ full }: { full: boolean }) {
  const t = useT();
  const { user, signOut } = useSession();
  const units = useUnits();
  const scope =
    user.scope.level === 'province'
      ? t('shell.scopeProvince')
      : t('shell.scopeDistrict', { name: unitName(units.data, user.scope.districtCode ?? '') });
  return (
    <Box sx={{ p: 2 }}>
      {full ? (
        <>
          <Typography sx={{ fontWeight: 600 }}>{user.displayName}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t(`common.roles.${user.role}`)} · {user.unit.name}
          </Typography>
        </>
      ) : null}
      <Typography variant="body2" color="text.secondary">
        {scope}
      </Typography>
      {full ? (
        <Button
          sx={{ mt: 1 }}
          size="small"
          variant="outlined"
          startIcon={<LogoutOutlined />}
          onClick={() => void signOut()}
        >
          {t('shell.signOut')}
        </Button>
      ) : null}
    </Box>
  );
}

/** Desktop header: who is signed in, in which role and unit, and the way out. */
function HeaderUser() {
  const t = useT();
  const { user, signOut } = useSession();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', ml: 1 }}>
      <Box sx={{ textAlign: 'right', lineHeight: 1.2 }}>
        <Typography variant="body2" component="p" sx={{ fontWeight: 600 }}>
          {user.displayName}
        </Typography>
        <Typography variant="caption" component="p">
          {t(`common.roles.${user.role}`)} · {user.unit.name}
        </Typography>
      </Box>
      {/* A worded button rather than an icon with a tooltip: clearer, and no popper library. */}
      <Button
        color="inherit"
        variant="outlined"
        size="small"
        startIcon={<LogoutOutlined />}
        onClick={() => void signOut()}
        sx={{ borderColor: 'rgba(255,255,255,0.7)', whiteSpace: 'nowrap' }}
      >
        {t('shell.signOut')}
      </Button>
    </Stack>
  );
}

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
