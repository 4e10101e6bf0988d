/**
 * Route-level integration tests: render a URL through the real providers and route table, with the
 * MSW handlers answering in Node. Sign in first with `signInAs` (a real POST /auth/login).
 */
import { act, render } from '@testing-library/react';
import { useEffect } from 'react';
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  type Location,
  type NavigateFunction,
  type To,
} from 'react-router-dom';
import { api } from '../api/client';
import { AppProviders, makeQueryClient } from '../app/providers';
import { AppRoutes } from '../app/router';
import vi from '../locales/vi';
import en from '../locales/en';
import type { Lang } from '../lib/i18n';

/** Sign in through the API; MSW's cookie store keeps the session for later requests. */
export async function signInAs(username: string): Promise<void> {
  await api.POST('/auth/login', { body: { username, password: 'demo' } });
}

/** What a test sees of the router: where the app is, and a way to go elsewhere. */
export interface TestRouter {
  state: { location: Location };
  navigate: (to: To | number) => Promise<void>;
}

/** Reports the app's location (and how to navigate) after every change, from inside the router. */
function RouterProbe({ report }: { report: (location: Location, go: NavigateFunction) => void }) {
  const location = useLocation();
  const go = useNavigate();
  useEffect(() => {
    report(location, go);
  }, [report, location, go]);
  return null;
}

export function renderRoute(url: string, { lang = 'vi' }: { lang?: Lang } = {}) {
  const queryClient = makeQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const probe: { location?: Location; go?: NavigateFunction } = {};
  const report = (location: Location, go: NavigateFunction) => {
    Object.assign(probe, { location, go });
  };
  const result = render(
    <AppProviders queryClient={queryClient} lang={lang} messages={lang === 'vi' ? vi : en}>
      <MemoryRouter initialEntries={[url]}>
        <RouterProbe report={report} />
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  const router: TestRouter = {
    state: {
      get location() {
        return probe.location!;
      },
    },
    navigate: async (to) => {
      await act(async () => {
        // Two calls, one per overload of `navigate` (a history step, or an address).
        await (typeof to === 'number' ? probe.go!(to) : probe.go!(to));
      });
    },
  };
  return { ...result, router, queryClient };
}
