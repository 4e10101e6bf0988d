import { createTheme } from '@mui/material/styles';
import type { useT } from '../lib/i18n';
import { brand } from '../config/brand';

/** Government red with a blue accent; colours chosen to pass WCAG AA contrast on white. */
export function makeTheme(t: ReturnType<typeof useT>) {
  return createTheme({
    palette: {
      primary: { main: brand.primary },
      secondary: { main: brand.secondary },
      success: { main: '#1b5e20' },
      warning: { main: '#8a4b00' },
      error: { main: '#b00020' },
      background: { default: brand.background },
    },
    shape: { borderRadius: 8 },
    typography: {
      fontFamily: '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
    },
    components: {
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiLink: { defaultProps: { underline: 'hover' } },
      MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
      // MUI's own texts, from our translation files (MUI's locale modules build Intl number
      // formatters as they load, which costs the first screen time on a phone).
      MuiAlert: { defaultProps: { closeText: t('common.close') } },
      MuiBreadcrumbs: { defaultProps: { expandText: t('common.mui.expand') } },
    },
  });
}
