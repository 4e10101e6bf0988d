/**
 * The two backends of the contract behind one interface, for the conformance suite
 * (contract/conformance.test.ts):
 * - `demo`: the MSW handlers in-process (msw's getResponse, as mocks/server.ts serves them), on the
 *   demo's dataset with its clock at the default day (2024-06-20);
 * - `server`: the server in-process (server/test/app.ts) on a seeded database of its own
 *   (PGlite, or PostgreSQL with TEST_DATABASE_URL), BUSINESS_DATE 2024-06-20.
 * Answers come back as plain data: status, media type, parsed JSON or text, body size.
 */
import { JSDOM } from 'jsdom';
import { getResponse } from 'msw';
import { useSanitizerWindow } from '../src/features/notices/lib/sanitize';
import { datasetSync } from '../mocks/db';
import { resetStore } from '../mocks/db/storage';
import { handlers } from '../mocks/handlers';
import { startTestApp, TEST_ORIGIN, type TestApp } from '../server/test/app';
import { demoSessionCookie } from '../server/test/demo';
import { settleImports } from '../server/src/services/import-read';
import { settleReminderJobs } from '../server/src/services/reminder-jobs';
import { contract } from './openapi';

export interface Answer {
  status: number;
  /** Media type without parameters ('' when there is no body). */
  type: string;
  /** Parsed JSON bodies (JSON and problem+json). */
  json?: unknown;
  /** Text bodies (CSV). */
  text?: string;
  /** Body size in bytes. */
  size: number;
  /** Where the answer breaks the contract (status, content type, JSON schema). */
  mismatches: string[];
}

export interface CallOptions {
  cookie?: string;
  /** A JSON body. */
  body?: unknown;
  /** A multipart body with one file under `file` (attachments, imports). */
  file?: { name: string; type: string; bytes: Uint8Array };
}

export interface Backend {
  name: 'demo' | 'server';
  /** Sign in as a demo user (password `demo`): the cookie to send. */
  signIn(username: string): Promise<string>;
  call(method: string, path: string, options?: CallOptions): Promise<Answer>;
  /** Wait for work the backend started and goes on with after answering (bulk reminder jobs). */
  settle?(): Promise<void>;
  close(): Promise<void>;
}

const BOUNDARY = 'conformance-boundary';

function multipart(file: NonNullable<CallOptions['file']>): Uint8Array<ArrayBuffer> {
  const enc = new TextEncoder();
  const parts = [
    enc.encode(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    file.bytes,
    enc.encode(`\r\n--${BOUNDARY}--\r\n`),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function requestParts({ body, file }: CallOptions): {
  headers: Record<string, string>;
  payload?: Uint8Array<ArrayBuffer> | string;
} {
  if (file) {
    return {
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: multipart(file),
    };
  }
  if (body !== undefined) {
    return { headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) };
  }
  return { headers: {} };
}

const mediaType = (header: string | null | undefined) =>
  (header ?? '').split(';')[0]!.trim().toLowerCase();

function answer(method: string, path: string, status: number, type: string, bytes: Buffer): Answer {
  const out: Answer = { status, type, size: bytes.length, mismatches: [] };
  const text = bytes.toString('utf8');
  if (/json/.test(type)) {
    try {
      out.json = JSON.parse(text);
    } catch {
      out.text = text;
    }
  } else if (/^text\//.test(type)) out.text = text;
  const op = contract().find(method.toLowerCase(), path.split('?')[0]!);
  if (op)
    out.mismatches = contract().check(op, status, type || null, /json/.test(type) ? text : '');
  else out.mismatches = [`${method} ${path} is no operation of the contract`];
  return out;
}

/** The demo backend: the MSW handlers in this process, on a fresh demo state. */
export function demoBackend(): Backend {
  useSanitizerWindow(new JSDOM('').window);
  datasetSync();
  resetStore({ everything: true });
  const call: Backend['call'] = async (method, path, options = {}) => {
    const { headers, payload } = requestParts(options);
    const res = await getResponse(
      handlers,
      new Request(`http://localhost/api${path}`, {
        method,
        headers: {
          ...headers,
          origin: 'http://localhost',
          ...(options.cookie ? { cookie: options.cookie } : {}),
        },
        body: payload,
      }),
    );
    if (!res) return answer(method, path, 404, '', Buffer.alloc(0));
    return answer(
      method,
      path,
      res.status,
      mediaType(res.headers.get('content-type')),
      Buffer.from(await res.arrayBuffer()),
    );
  };
  return {
    name: 'demo',
    call,
    async signIn(username) {
      const res = await getResponse(
        handlers,
        new Request('http://localhost/api/auth/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password: 'demo' }),
        }),
      );
      return demoSessionCookie(res, username);
    },
    close: () => {
      resetStore({ everything: true });
      return Promise.resolve();
    },
  };
}

/** The server in this process, on a seeded database of its own. */
export async function serverBackend(): Promise<Backend & { app: TestApp }> {
  // The demo backend's work in this same process makes the event loop lag: no 503s for that.
  const t = await startTestApp({ underPressure: false });
  return {
    name: 'server',
    app: t,
    signIn: (username) => t.signIn(username),
    async call(method, path, options = {}) {
      const { headers, payload } = requestParts(options);
      const res = await t.app.inject({
        method: method as 'GET',
        url: `/api${path}`,
        headers: {
          origin: TEST_ORIGIN,
          ...headers,
          ...(options.cookie ? { cookie: options.cookie } : {}),
        },
        ...(payload !== undefined ? { payload: Buffer.from(payload) } : {}),
      });
      return answer(
        method,
        path,
        res.statusCode,
        mediaType(res.headers['content-type']),
        res.rawPayload,
      );
    },
    settle: async () => {
      await settleReminderJobs(t.services);
      await settleImports(t.services);
    },
    close: () => t.close(),
  };
}
