import { setupWorker } from 'msw/browser';
import { dataset, datasetFromWorker, type DatasetWorker } from './db';
import { localStorageStore, useStore } from './db/storage';
import { applyDemoParams } from './handlers/demo';
import { handlers } from './handlers';

/**
 * Demo mode: the service worker answers every API call from the seeded dataset. Changes live in
 * localStorage until "Reset demo data". `?demoDate=` and `?scenario=` in any URL set the demo state.
 */
export async function startDemoBackend(datasetWorker?: DatasetWorker): Promise<void> {
  // The dataset worker may already be building; take its result when it comes.
  if (datasetWorker) void datasetFromWorker(datasetWorker);
  useStore(localStorageStore());
  const url = new URL(window.location.href);
  if (applyDemoParams(url.searchParams)) {
    url.searchParams.delete('demoDate');
    url.searchParams.delete('scenario');
    window.history.replaceState(window.history.state, '', url);
  }
  const worker = setupWorker(...handlers);
  await worker.start({
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest(request, print) {
      // Every API call must be mocked; page assets are not ours to answer.
      if (new URL(request.url).pathname.includes('/api/')) print.error();
    },
  });
  // Without a worker: start building the dataset now, in slices, while the page renders.
  if (!datasetWorker) void dataset();
}
