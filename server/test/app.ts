/**
 * The server in-process for a test file: a seeded database of its own, the app on it (requests
 * through `app.inject`, no port), every response checked against the contract.
 *
 *   const t = await startTestApp();
 *   const cookie = await t.signIn('officer.vietyen');
 *   const res = await t.call('GET', '/accounts?q=nguyen', { cookie });
 *   expect(t.mismatches).toEqual([]);
 *   await t.close();
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createServices, type Services } from '../src/services';
import { createClock } from '../src/services/clock';
import { seededDatabase } from './seeded';

export const TEST_ORIGIN = 'http://app.test';
export const BUSINESS_DATE = '2024-06-20';

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  /** Contract mismatches seen so far (assert `[]` at the end of a test). */
  mismatches: string[];
  signIn(username: string, password?: string): Promise<string>;
  call(
    method: string,
    path: string,
    options?: { cookie?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function startTestApp(
  options: { now?: () => number; env?: Record<string, string>; underPressure?: boolean } = {},
): Promise<TestApp> {
  const database = await seededDatabase();
  const config = loadConfig({
    ALLOWED_ORIGINS: TEST_ORIGIN,
    LOG_LEVEL: 'silent',
    BUSINESS_DATE,
    ...options.env,
  });
  const services = createServices(database, config, createClock(BUSINESS_DATE, options.now));
  const mismatches: string[] = [];
  const app = await buildApp(services, {
    logger: false,
    responseMismatches: mismatches,
    // Off unless asked for: test files run several PGlite databases in one process, and one
    // being loaded blocks the event loop for the others' apps, which would answer 503.
    underPressure: options.underPressure ?? false,
  });
  await app.ready();
  const call: TestApp['call'] = (method, path, { cookie, body, headers = {} } = {}) =>
    app.inject({
      method: method as 'GET',
      url: `/api${path}`,
      headers: {
        origin: TEST_ORIGIN,
        ...(cookie ? { cookie } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
  return {
    app,
    services,
    mismatches,
    call,
    async signIn(username, password = 'demo') {
      const res = await call('POST', '/auth/login', { body: { username, password } });
      if (res.statusCode !== 200)
        throw new Error(`sign-in of ${username}: ${res.statusCode} ${res.body}`);
      const sid = res.cookies.find((c) => c.name === 'sid')?.value;
      return `sid=${sid}`;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
