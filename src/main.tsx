import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prefetchSession, preloadRouteCode } from './app/preload';
import { makeQueryClient } from './app/providers';
import { initialI18n } from './lib/i18n';

async function start() {
  // Demo builds only: the mock backend starts before the first request, and the demo dataset starts
  // building in a Web Worker at once. In a production build this branch is dropped at build time,
  // and with it every module under mocks/.
  let demo: Promise<void> | null = null;
  if (import.meta.env.VITE_DEMO === 'true') {
    const datasetWorker = import('../mocks/db/start-dataset-worker').then((m) =>
      m.startDatasetWorker(),
    );
    demo = Promise.all([datasetWorker, import('../mocks/browser')]).then(([worker, backend]) =>
      backend.startDemoBackend(worker),
    );
  }
  // The route's code and the messages download meanwhile.
  preloadRouteCode(window.location.pathname);
  const i18n = initialI18n();
  await demo;
  const queryClient = makeQueryClient();
  prefetchSession(queryClient);
  const { lang, messages } = await i18n;
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  // A transition lets React render the first screen in short slices, leaving the main thread free
  // to answer input between them (no long task while the app starts).
  const reactRoot = createRoot(root);
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App queryClient={queryClient} lang={lang} messages={messages} />
      </StrictMode>,
    );
  });
}

void start();
