import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { env } from '../src/config/env';
import type { Reply } from './worker/protocol';
import type { BackendWorker } from './worker/start';

/**
 * Demo mode: MSW's service worker intercepts every API call, and this page hands it to the mock
 * backend's Web Worker (./worker/backend.worker.ts), which answers from the seeded dataset. Changes
 * live in localStorage until "Reset demo data". `?demoDate=` and `?scenario=` in any URL set the
 * demo state (the worker reads them; they are then taken out of the address).
 */
export async function startDemoBackend(backend: BackendWorker): Promise<void> {
  const url = new URL(window.location.href);
  if (url.searchParams.has('demoDate') || url.searchParams.has('scenario')) {
    url.searchParams.delete('demoDate');
    url.searchParams.delete('scenario');
    window.history.replaceState(window.history.state, '', url);
  }

  const pending = new Map<number, (reply: Reply) => void>();
  let nextId = 0;
  backend.onMessage((message) => {
    if (message.type === 'reply') {
      pending.get(message.id)?.(message);
      pending.delete(message.id);
    }
  });

  // Only the API's own base path: under `npm start` the app's modules are requests too
  // (`/src/api/client.ts`), and a fault scenario must not take them down with the API.
  const apiBase = new URL(`${env.VITE_API_BASE_URL.replace(/\/$/, '')}/`, window.location.href);
  const isApi = (url: string) => url.startsWith(apiBase.href);
  /** Hand one request to the backend's worker; its reply as a Response (undefined: unhandled). */
  async function viaBackend(request: Request, body: ArrayBuffer | Blob | null) {
    const id = nextId++;
    const replied = new Promise<Reply>((resolve) => pending.set(id, resolve));
    backend.send(
      {
        type: 'request',
        id,
        url: request.url,
        method: request.method,
        headers: [...request.headers],
        credentials: request.credentials,
        body,
        cookie: document.cookie,
      },
      body instanceof ArrayBuffer ? [body] : [],
    );
    const reply = await Promise.race([replied, backend.failed]).catch((error: unknown) => {
      console.error(error);
      return { kind: 'network-error' } as const;
    });
    return reply.kind === 'unhandled'
      ? undefined
      : reply.kind === 'network-error'
        ? HttpResponse.error()
        : new HttpResponse(reply.body, {
            status: reply.status,
            statusText: reply.statusText,
            headers: reply.headers,
          });
  }

  const forward = http.all(`${apiBase.href}*`, async ({ request }) => {
    const body = ['GET', 'HEAD'].includes(request.method) ? null : await request.arrayBuffer();
    return viaBackend(request, body);
  });

  // A file upload (an import's multipart body, up to 50 MiB) goes to the worker as a Blob, which
  // it reads itself: through the service worker, its bytes would be copied into this thread twice
  // (MSW's request, then its response event), one long task each.
  const pageFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input, init) => {
    const isUpload =
      input instanceof Request &&
      init === undefined &&
      isApi(input.url) &&
      input.headers.get('content-type')?.startsWith('multipart/form-data');
    if (!isUpload) return pageFetch(input, init);
    const response = await viaBackend(input, await input.blob());
    if (!response || response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };

  const worker = setupWorker(forward);
  await worker.start({
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest(request, print) {
      // Every API call must be mocked; page assets are not ours to answer.
      if (isApi(request.url)) print.error();
    },
  });
}
