/**
 * The messages between the page and the demo backend's Web Worker (./backend.worker.ts). The page
 * keeps only what a browser must own: MSW's interception of the page's requests, localStorage and
 * document.cookie. Everything else (the dataset, the handlers, their validation) runs in the worker.
 */

/** The page's state the backend starts from, sent as the worker's first message. */
export interface InitMessage {
  type: 'init';
  /** The demo's stored changes (localStorage, without the prefix). */
  store: Record<string, string>;
  /** `location.search`: the demo parameters `?demoDate=` and `?scenario=`. */
  search: string;
  cookie: string;
}

export interface RequestMessage {
  type: 'request';
  id: number;
  url: string;
  method: string;
  headers: [string, string][];
  credentials: RequestCredentials;
  /** A Blob for a file upload, which the worker reads itself (../browser.ts). */
  body: ArrayBuffer | Blob | null;
  /** The page's `document.cookie` when the request was made. */
  cookie: string;
}

export type ToWorker = InitMessage | RequestMessage;

export type Reply =
  | {
      kind: 'response';
      status: number;
      statusText: string;
      headers: [string, string][];
      body: ArrayBuffer | null;
    }
  /** `HttpResponse.error()`: a network error (the "offline" scenario). */
  | { kind: 'network-error' }
  /** No handler answered: MSW's unhandled-request rule applies in the page. */
  | { kind: 'unhandled' };

export type FromWorker =
  | ({ type: 'reply'; id: number } & Reply)
  /** The dataset is built; `buildMs` inside the worker. */
  | { type: 'ready'; buildMs: number }
  /** A change to the stored demo state, for localStorage (`value` null: removed). */
  | { type: 'store'; key: string; value: string | null }
  /** A `Set-Cookie` from a handler, for document.cookie. */
  | { type: 'cookie'; value: string };
