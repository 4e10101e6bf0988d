/**
 * The demo backend in this process (the MSW handlers through msw's getResponse, on the demo's
 * store at its default day, 20/06/2024), for server tests that expect the server to answer as the
 * demo does. Only the parts that need no account dataset (notices, audit, sign-in).
 */
import { getResponse } from 'msw';
import { resetStore } from '../../mocks/db/storage';
import { handlers } from '../../mocks/handlers';

/** The session cookie (`sid=…`) a demo sign-in answer sets; throws when it sets none. */
export function demoSessionCookie(res: Response | undefined, username: string): string {
  const sid = res?.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('sid='));
  if (!sid) throw new Error(`demo: could not sign in as ${username}`);
  return sid;
}

export interface DemoAnswer {
  status: number;
  json: unknown;
}

export function demoBackend() {
  resetStore({ everything: true });
  const call = async (
    method: string,
    path: string,
    { cookie, body }: { cookie?: string; body?: unknown } = {},
  ): Promise<DemoAnswer> => {
    const res = await getResponse(
      handlers,
      new Request(`http://localhost/api${path}`, {
        method,
        headers: {
          origin: 'http://localhost',
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(cookie ? { cookie } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    if (!res) return { status: 404, json: null };
    // Bytes decoded as they are (a CSV's BOM kept).
    const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
    try {
      return { status: res.status, json: JSON.parse(text) as unknown };
    } catch {
      // Not JSON (a CSV file): the text.
      return { status: res.status, json: text };
    }
  };
  return {
    call,
    async signIn(username: string): Promise<string> {
      const res = await getResponse(
        handlers,
        new Request('http://localhost/api/auth/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'http://localhost' },
          body: JSON.stringify({ username, password: 'demo' }),
        }),
      );
      return demoSessionCookie(res, username);
    },
    reset: () => resetStore({ everything: true }),
  };
}
