/**
 * The API server in a process of its own, as `npm run server` runs it, and the calls the server
 * bench (server.bench.ts) makes to it over HTTP.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../scripts/pg-local.mjs';

const root = join(import.meta.dirname, '..');

export interface Server {
  base: string;
  origin: string;
  pid: number;
  stop: () => Promise<void>;
}

/** `npm run server -- <args>` with these settings, to its end; how long it took, in ms. */
export function serverCommand(env: Record<string, string>, args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`server ${args.join(' ')}: ${r.stderr || r.stdout}`);
  return performance.now() - t;
}

export async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      PORT: String(port),
      ALLOWED_ORIGINS: origin,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error('the server stopped while starting');
    try {
      const r = await fetch(`${origin}/api/policy`);
      await r.arrayBuffer();
      if (r.status < 500) break;
    } catch {
      // not listening yet
    }
    if (i > 600) throw new Error('the server did not start within a minute');
    await sleep(100);
  }
  return {
    base: `${origin}/api`,
    origin,
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The server process's resident memory in MiB (Linux), or NaN. */
export function rssMiB(pid: number): number {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return NaN;
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

export async function signIn(s: Server, username: string): Promise<string> {
  const r = await fetch(`${s.base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: s.origin },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  const cookie = r.headers.get('set-cookie');
  if (!r.ok || !cookie) throw new Error(`sign-in as ${username}: ${r.status}`);
  return cookie.split(';')[0]!;
}

export async function get(
  s: Server,
  cookie: string,
  path: string,
): Promise<{ ms: number; status: number }> {
  const t = performance.now();
  const r = await fetch(`${s.base}${path}`, { headers: { cookie } });
  await r.arrayBuffer();
  return { ms: performance.now() - t, status: r.status };
}

export async function json<T>(
  s: Server,
  cookie: string,
  method: string,
  path: string,
  body?: unknown,
) {
  const r = await fetch(`${s.base}${path}`, {
    method,
    headers: { cookie, origin: s.origin, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}
