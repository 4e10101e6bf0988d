/**
 * Calls the demo backend's MSW handlers in-process (no network, no browser), the way the app's
 * requests reach them, and times them.
 */
import { getResponse } from 'msw';
import { handlers } from '../mocks/handlers';
import { ceiling, percentiles, type BenchRow } from './types';

export { percentiles };

export const RUNS = 50;
const base = 'http://bench.local/api';

export async function call(
  path: string,
  init: RequestInit & { cookie?: string } = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set('cookie', init.cookie);
  const response = await getResponse(handlers, new Request(`${base}${path}`, { ...init, headers }));
  if (!response) throw new Error(`No handler for ${path}`);
  return response;
}

/** Signs a demo user in and returns the session cookie (`name=value`). */
export async function signIn(username: string): Promise<string> {
  const r = await call('/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  const cookie = r.headers.get('set-cookie');
  if (!r.ok || !cookie) throw new Error(`sign-in as ${username} failed (${r.status})`);
  return cookie.split(';')[0]!;
}

/**
 * Times RUNS requests after one warm-up, body read included. `path(i)` may vary the query per run
 * so that no cache answers it; a non-2xx answer stops the bench (a fast error proves nothing).
 */
export async function timeRequests(
  cookie: string,
  path: (i: number) => string,
): Promise<{ median: number; p95: number }> {
  await (await call(path(-1), { cookie })).arrayBuffer();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = await call(path(i), { cookie });
    await r.arrayBuffer();
    if (!r.ok) throw new Error(`${path(i)} answered ${r.status}`);
    samples.push(performance.now() - t);
  }
  return percentiles(samples);
}

/** Median and p95 rows of a timed request, each against the same ceiling in milliseconds. */
export async function timedRows(
  name: string,
  cookie: string,
  path: (i: number) => string,
  targetMs: number,
): Promise<BenchRow[]> {
  const { median, p95 } = await timeRequests(cookie, path);
  return [
    ceiling(`${name} (median)`, median, 'ms', targetMs),
    ceiling(`${name} (p95)`, p95, 'ms', targetMs),
  ];
}
