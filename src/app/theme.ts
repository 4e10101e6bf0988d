import { createTheme } from '@mui/material/styles';
import { enUS, viVN } from '@mui/material/locale';
import type { Lang } from '../lib/i18n';

/** Government red with a blue accent; colours chosen to pass WCAG AA contrast on white. */
export function makeTheme(lang: Lang) {
  return createTheme(
    {
      palette: {
        primary: { main: '#a4161a' },
        secondary: { main: '#1d4e89' },
        success: { main: '#1b5e20' },
        warning: { main: '#8a4b00' },
        error: { main: '#b00020' },
        background: { default: '#f6f5f3' },
      },
      shape: { borderRadius: 8 },
      typography: {
        fontFamily: '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
      },
      components: {
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiLink: { defaultProps: { underline: 'hover' } },
        MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
      },
    },
    // MUI's own texts (pagination, close buttons…) in the user's language.
    lang === 'vi' ? viVN : enUS,
  );
}
