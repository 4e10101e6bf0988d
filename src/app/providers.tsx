import CssBaseline from '@mui/material/CssBaseline';
import GlobalStyles from '@mui/material/GlobalStyles';
import { ThemeProvider, type Theme } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { isApiError } from '../api/errors';
import { statusLabelStyles } from '../components/StatusLabel';
import { I18nProvider, useI18n, type Lang } from '../lib/i18n';
import type { Messages } from '../locales/vi';
import { makeTheme } from './theme';

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Refusals (4xx) are answers; only faults are worth a silent second try.
        retry: (count, error) => count < 1 && (!isApiError(error) || error.retryable),
      },
      mutations: { retry: false },
    },
  });
}

/**
 * Printed pages are A4 with the shell hidden (each page hides its own controls); and the classes of
 * the light-weight pieces that lists repeat many times.
 */
const globalStyles = (theme: Theme) => ({
  '@page': { size: 'A4', margin: '12mm' },
  '@media print': {
    body: { background: '#fff' },
    '#main': { padding: '0 !important' },
  },
  ...statusLabelStyles(theme),
});

function Themed({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const theme = useMemo(() => makeTheme(t), [t]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <GlobalStyles styles={globalStyles} />
      {children}
    </ThemeProvider>
  );
}

export function AppProviders({
  children,
  queryClient,
  lang,
  messages,
}: {
  children: ReactNode;
  queryClient: QueryClient;
  lang: Lang;
  messages: Messages;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider initialLang={lang} initialMessages={messages}>
        <Themed>{children}</Themed>
      </I18nProvider>
    </QueryClientProvider>
  );
}
