import createClient, { type Middleware } from 'openapi-fetch';
import { apiBaseUrl } from './base-url';
import { ApiError, badResponseError, networkError, toProblem } from './errors';
import type { paths } from './schema';
import { shapeBreach } from './shapes';

export type { paths, components, operations } from './schema';

type UnauthorizedListener = () => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/** The auth layer subscribes here to send an expired session to sign-in. */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** Paths whose 401 means "wrong credentials" or "not signed in yet", not "session expired". */
const quietUnauthorized = ['/auth/login', '/auth/me'];

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * A successful answer where JSON is expected must be JSON (not, say, an HTML page a proxy or a
 * static host's SPA fallback answered with), and the key shapes must hold.
 */
async function checkSuccess(
  response: Response,
  method: string,
  schemaPath: string,
  parseAs: string,
): Promise<void> {
  if (parseAs !== 'json' || response.status === 204) return;
  const text = await response.clone().text();
  if (text === '') return; // `data()` reports a missing body where one was promised.
  const type = response.headers.get('content-type') ?? '';
  if (!JSON_TYPE.test(type)) {
    throw badResponseError(response.status, `Expected JSON, got "${type || 'no content type'}".`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw badResponseError(response.status, 'The body is not valid JSON.');
  }
  const breach = shapeBreach(method, schemaPath, body);
  if (breach) throw badResponseError(response.status, `Unexpected shape: ${breach}.`);
}

const errorMiddleware: Middleware = {
  async onResponse({ request, response, schemaPath, options }) {
    if (response.ok) {
      await checkSuccess(response, request.method, schemaPath, options.parseAs);
      return undefined;
    }
    let body: unknown;
    try {
      body = await response.clone().json();
    } catch {
      // Not JSON: the status alone describes the failure.
    }
    const error = new ApiError(toProblem(response.status, body));
    if (response.status === 401 && !quietUnauthorized.includes(schemaPath)) {
      for (const l of unauthorizedListeners) l();
    }
    throw error;
  },
  onError({ error }) {
    if (error instanceof ApiError) return error;
    return networkError(error);
  },
};

/** The one HTTP client: typed from the OpenAPI document, cookies included, errors thrown as ApiError. */
export const api = createClient<paths>({
  baseUrl: apiBaseUrl,
  credentials: 'include',
  // Look fetch up on each call, so an interceptor installed later (MSW in tests) is used.
  fetch: (request) => globalThis.fetch(request),
});
api.use(errorMiddleware);

/**
 * Unwrap an openapi-fetch result. Errors were already thrown by the middleware; a success without a
 * body where one was promised is a contract breach and is reported as such.
 */
export async function data<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const result = await call;
  if (result.data === undefined && result.response.status !== 204) {
    throw badResponseError(result.response.status);
  }
  return result.data as T;
}
