import { readLocalStore, writeLocalStore } from '../db/storage';
import type { FromWorker, ToWorker } from './protocol';

/** The demo backend's worker, started; its replies to requests are for ../browser.ts. */
export interface BackendWorker {
  send(message: ToWorker, transfer?: Transferable[]): void;
  /** Replies and sanitising requests (the rest is handled here). */
  onMessage(fn: (message: FromWorker) => void): void;
  /** The worker failed to load. */
  failed: Promise<never>;
}

/**
 * Demo builds: start the mock backend's Web Worker (./backend.worker.ts) and hand it the page's
 * state at once, so that it evaluates the handlers and builds the dataset while the page loads the
 * app. A module of its own, small, loaded by src/main.tsx in the demo branch only.
 *
 * Relays what only the page can keep: the demo's stored changes to localStorage, cookies to
 * document.cookie. Adds the measure `demo-dataset` to the page's performance timeline: from the
 * worker's start to the dataset being built.
 */
export function startBackendWorker(): BackendWorker {
  const startedAt = performance.now();
  const worker = new Worker(new URL('./backend.worker.ts', import.meta.url), {
    type: 'module',
    name: 'demo-backend',
  });
  let listener: (message: FromWorker) => void = () => {};
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    switch (message.type) {
      case 'store':
        writeLocalStore(message.key, message.value);
        break;
      case 'cookie':
        document.cookie = message.value;
        break;
      case 'ready':
        performance.measure('demo-dataset', {
          start: startedAt,
          detail: { buildMs: message.buildMs, where: 'worker' },
        });
        break;
      default:
        listener(message);
    }
  });
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (e) => reject(new Error(`Demo backend: ${e.message}`)));
  });
  failed.catch(() => {});
  const send = (message: ToWorker, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer);
  send({ type: 'init', store: readLocalStore(), search: location.search, cookie: document.cookie });
  return { send, onMessage: (fn) => void (listener = fn), failed };
}
