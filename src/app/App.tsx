import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import type { Lang } from '../lib/i18n';
import type { Messages } from '../locales/vi';
import { AppProviders } from './providers';
import { makeRouter } from './router';

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
  const [router] = useState(makeRouter);
  return (
    <AppProviders queryClient={queryClient} lang={lang} messages={messages}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
