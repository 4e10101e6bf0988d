import type { QueryClient } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';
import type { Lang } from '../lib/i18n';
import type { Messages } from '../locales/vi';
import { AppProviders } from './providers';
import { AppRoutes } from './router';

/** The root: providers around the route table. */
export function App({
  queryClient,
  lang,
  messages,
}: {
  queryClient: QueryClient;
  lang: Lang;
  messages: Messages;
}) {
  return (
    <AppProviders queryClient={queryClient} lang={lang} messages={messages}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
