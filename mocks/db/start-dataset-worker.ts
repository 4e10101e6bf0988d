import type { DatasetMessage } from './dataset.worker';
import type { DatasetWorker } from './index';

/**
 * Demo builds: start building the demo dataset in a Web Worker (./dataset.worker.ts). A module of its
 * own, loaded by src/main.tsx in the demo branch only, so that a production build emits no worker,
 * and small, so that the worker starts before the rest of the demo backend has even downloaded.
 */
export function startDatasetWorker(): DatasetWorker {
  const startedAt = performance.now();
  const worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), {
    type: 'module',
    name: 'demo-dataset',
  });
  const message = new Promise<MessageEvent<DatasetMessage>>((resolve, reject) => {
    worker.addEventListener('message', resolve, { once: true });
    worker.addEventListener('error', reject, { once: true });
  });
  return { worker, startedAt, message };
}
