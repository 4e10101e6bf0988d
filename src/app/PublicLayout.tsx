import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { Suspense, type ReactNode } from 'react';
import { Outlet } from 'react-router-dom';
import { BrandMark } from '../components/BrandMark';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PageLoader } from '../components/PageLoader';
import { FirstPageGate } from './first-page';
import { useT } from '../lib/i18n';
import { DemoBar } from './Layout';

/** Pages without a session (sign-in, public notices): the app bar with language and demo controls. */
export function PublicLayout() {
  return (
    <PublicShell>
      <Suspense fallback={<PageLoader />}>
        <FirstPageGate>
          <Outlet />
        </FirstPageGate>
      </Suspense>
    </PublicShell>
  );
}

/**
 * The app bar with language and demo controls around `children`: the public pages, and what is shown
 * when the session cannot be checked (so that the demo panel is in reach under every scenario).
 */
export function PublicShell({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <AppBar position="static">
        <Toolbar sx={{ gap: 1, flexWrap: 'wrap', py: { xs: 1, sm: 0 } }}>
          <BrandMark />
          <Typography variant="h6" component="p" sx={{ flexGrow: 1 }}>
            {t('common.appShort')}
          </Typography>
          <Stack
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}
          >
            {DemoBar ? (
              <Suspense fallback={null}>
                <DemoBar />
              </Suspense>
            ) : null}
            <LanguageSwitch onDark />
          </Stack>
        </Toolbar>
      </AppBar>
      <Box component="main" id="main" sx={{ p: { xs: 1.5, sm: 3 } }}>
        {children}
      </Box>
    </Box>
  );
}
