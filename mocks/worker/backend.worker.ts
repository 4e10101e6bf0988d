/**
 * Demo builds: the mock backend, in a Web Worker. MSW in the page intercepts the app's requests and
 * hands each one here (see ../browser.ts); the handlers answer from the dataset, which is built here
 * too. So the page's main thread never evaluates the handlers, builds the dataset or runs a query,
 * as with a real server. The page's localStorage and cookies are relayed (see ./protocol.ts).
 */
import { onCookieSet, usePageCookies } from './environment';
import { getResponse } from 'msw';
import { dataset } from '../db';
import { relayedStore, useStore } from '../db/storage';
import { applyDemoParams } from '../handlers/demo';
import { handlers } from '../handlers';
import type { FromWorker, InitMessage, Reply, RequestMessage, ToWorker } from './protocol';

const post = (message: FromWorker, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

function init(message: InitMessage) {
  useStore(relayedStore(message.store, (key, value) => post({ type: 'store', key, value })));
  usePageCookies(message.cookie);
  onCookieSet((value) => post({ type: 'cookie', value }));
  applyDemoParams(new URLSearchParams(message.search));
  // In slices: the calls that need no dataset (the session, the policy) are answered meanwhile.
  const t0 = performance.now();
  void dataset().then(() => post({ type: 'ready', buildMs: performance.now() - t0 }));
}

// Statuses whose response may not have a body.
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

async function answer(message: RequestMessage): Promise<Reply> {
  usePageCookies(message.cookie);
  const request = new Request(message.url, {
    method: message.method,
    headers: message.headers,
    credentials: message.credentials,
    body: message.body,
  });
  let response: Response | undefined;
  try {
    response = await getResponse(handlers, request);
  } catch (error) {
    // As MSW does in the page: an exception in a handler is a 500 that names it.
    const e = error instanceof Error ? error : new Error(String(error));
    response = Response.json({ name: e.name, message: e.message, stack: e.stack }, { status: 500 });
  }
  if (!response) return { kind: 'unhandled' };
  if (response.type === 'error') return { kind: 'network-error' };
  return {
    kind: 'response',
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    body: NULL_BODY.has(response.status) ? null : await response.arrayBuffer(),
  };
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'init':
      init(message);
      break;
    case 'request':
      void answer(message).then((reply) => {
        const transfer = reply.kind === 'response' && reply.body ? [reply.body] : [];
        post({ type: 'reply', id: message.id, ...reply }, transfer);
      });
      break;
  }
});
