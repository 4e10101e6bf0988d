/**
 * The entry: small on purpose. The static first screen in index.html paints before the app's code
 * is evaluated; the code itself is already downloading, preloaded by index.html. In a production
 * build, the data of the page being opened is asked for here too (./app/early-requests.ts).
 */

import { preloadEarlyRequests } from './app/early-requests';

async function start() {
  // Demo builds only: the mock backend starts in a Web Worker at once (it builds the dataset there),
  // and MSW in this page starts intercepting before the first request. In a production build this
  // branch is dropped at build time, and with it every module under mocks/.
  let demo: Promise<void> | null = null;
  if (import.meta.env.VITE_DEMO === 'true') {
    const backend = import('../mocks/worker/start').then((m) => m.startBackendWorker());
    demo = Promise.all([backend, import('../mocks/browser')]).then(([worker, msw]) =>
      msw.startDemoBackend(worker),
    );
  } else {
    preloadEarlyRequests(window.location);
  }
  const { startApp } = await import('./app/start');
  await startApp(demo);
}

void start();
