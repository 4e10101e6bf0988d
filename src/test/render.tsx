/**
 * Route-level integration tests: render a URL through the real providers and route table, with the
 * MSW handlers answering in Node. Sign in first with `signInAs` (a real POST /auth/login).
 */
import { render } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { api } from '../api/client';
import { AppProviders, makeQueryClient } from '../app/providers';
import { routes } from '../app/router';
import vi from '../locales/vi';
import en from '../locales/en';
import type { Lang } from '../lib/i18n';

/** Sign in through the API; MSW's cookie store keeps the session for later requests. */
export async function signInAs(username: string): Promise<void> {
  await api.POST('/auth/login', { body: { username, password: 'demo' } });
}

export function renderRoute(url: string, { lang = 'vi' }: { lang?: Lang } = {}) {
  const queryClient = makeQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const result = render(
    <AppProviders queryClient={queryClient} lang={lang} messages={lang === 'vi' ? vi : en}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, router, queryClient };
}
