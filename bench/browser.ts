/**
 * What the browser benches share: builds, servers and one headless Chromium reachable over CDP (so
 * that Playwright and Lighthouse drive the same browser), on this engineer's ports.
 *
 * The demo build is served by `vite preview`. The production build is served as it is deployed:
 * by nginx with the example configuration (docs/deploy/nginx.conf: HTTPS over HTTP/2, the API
 * proxied on the same origin), here in front of `npm run api`, with a throwaway certificate that
 * this Chromium is told to accept.
 *
 * Ports: BENCH_PORT (default 4927) serves the build; BENCH_PORT + 1 runs `npm run api` for the
 * production build; BENCH_PORT + 2 is Chromium's DevTools port; BENCH_PORT + 3 is nginx's plain
 * HTTP redirect; BENCH_PORT + 4 is the DevTools port of the new browsers of first visits.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { request as requestTls } from 'node:https';
import { createServer } from 'node:net';
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { findNginx, startNginx } from '../scripts/nginx-local.mjs';
import { launchChromium } from './chromium-process';
import { start, stop, waitFor } from './process';

export const BASE_PORT = Number(process.env.BENCH_PORT ?? 4927);
export const WEB_PORT = BASE_PORT;
export const API_PORT = BASE_PORT + 1;
export const CDP_PORT = BASE_PORT + 2;
const REDIRECT_PORT = BASE_PORT + 3;
/** For the new browser of each first visit (bench/chromium-process.ts). */
export const FIRST_VISIT_CDP_PORT = BASE_PORT + 4;
/** The production build calls the API on its own origin, under /api, as deployed. */
const productionEnv = { ...process.env, VITE_API_BASE_URL: '/api' };

export type Build = 'demo' | 'production';
/** Where the bench serves `b`. */
export const originOf = (b: Build) => `${b === 'demo' ? 'http' : 'https'}://127.0.0.1:${WEB_PORT}`;
export const outDir = (b: Build) => (b === 'demo' ? 'dist-demo' : 'dist-bench');

/**
 * Build the demo app into dist-demo/, or the production app (its API under /api) into dist-bench/;
 * or, for bench/mechanisms.ts, the tree at `cwd` into `dir`.
 */
export function build(b: Build, { dir = outDir(b), cwd = process.cwd() } = {}): void {
  // For experiments on the built files: BENCH_REUSE_BUILD=1 measures what is already in the folder.
  if (process.env.BENCH_REUSE_BUILD) return;
  const args = ['vite', 'build', ...(b === 'demo' ? ['--mode', 'demo'] : []), '--outDir', dir];
  // For bench/profile.ts: source maps, to name what the minified code runs.
  if (process.env.BENCH_SOURCEMAP) args.push('--sourcemap');
  const env = b === 'demo' ? process.env : productionEnv;
  const r = spawnSync('npx', args, { encoding: 'utf8', env, cwd });
  if (r.status !== 0) throw new Error(`${b} build failed:\n${r.stderr || r.stdout}`);
}

export interface Session {
  browser: Browser;
  /** Where the build is served. */
  origin: string;
  /** The default context: signed in; Lighthouse opens its tabs here. */
  main: BrowserContext;
  /** Cookies and localStorage of the signed-in user, for fresh (cold) contexts. */
  storage: Awaited<ReturnType<BrowserContext['storageState']>>;
  close: () => Promise<void>;
}

/** Whether nothing listens on 127.0.0.1:`port`. */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => server.close(() => resolve(true)))
      .listen(port, '127.0.0.1');
  });
}

/**
 * A server left on the bench's ports (by a run killed half-way) would answer for the new run: the
 * old Chromium or the old build would be measured, or the sign-in would fail. Stop instead, after
 * waiting 5 s for the port to be let go.
 */
async function ensurePortsFree(): Promise<void> {
  for (const port of [WEB_PORT, API_PORT, CDP_PORT, REDIRECT_PORT, FIRST_VISIT_CDP_PORT]) {
    // The previous step's servers may take a moment to let go of the port.
    let free = await portFree(port);
    for (let i = 0; !free && i < 25; i++) {
      await new Promise((r) => setTimeout(r, 200));
      free = await portFree(port);
    }
    if (!free) {
      throw new Error(
        `Port ${port} is in use: a bench run killed half-way may have left \`vite preview\`, ` +
          `\`npm run api\` or Chromium behind (pkill -f bench-chromium; pkill -f "vite preview"; ` +
          `pkill -f mocks/server.ts; pkill -f vneid-nginx), or set BENCH_PORT to another base port.`,
      );
    }
  }
}

/**
 * Serve the build (the demo with vite preview, which compresses with gzip; the production build
 * with nginx in front of `npm run api`), start Chromium with a DevTools port, sign `username` in.
 * `dir` is the built folder (by default the one `build` writes).
 */
export async function open(b: Build, username: string, dir = outDir(b)): Promise<Session> {
  await ensurePortsFree();
  const origin = originOf(b);
  const procs: ChildProcess[] = [];
  let nginx: { stop: () => void } | null = null;
  let chromium: Awaited<ReturnType<typeof launchChromium>> | null = null;
  const close = async () => {
    await chromium?.close();
    procs.forEach(stop);
    nginx?.stop();
    await new Promise((r) => setTimeout(r, 500));
  };
  try {
    if (b === 'demo') {
      procs.push(
        start('npx', [
          'vite',
          'preview',
          '--mode',
          'demo',
          '--outDir',
          dir,
          '--port',
          String(WEB_PORT),
          '--strictPort',
          '--host',
          '127.0.0.1',
        ]),
      );
      await waitFor(`${origin}/login`, 'vite preview');
    } else {
      const bin = findNginx();
      if (!bin) {
        throw new Error(
          'The production build is measured behind nginx, as deployed: install it ' +
            '(apt-get install -y nginx), or run BENCH_BUILD=demo.',
        );
      }
      procs.push(
        start('npx', ['tsx', 'mocks/server.ts'], { ...process.env, API_PORT: String(API_PORT) }),
      );
      await waitFor(`http://127.0.0.1:${API_PORT}/api/auth/me`, 'npm run api');
      nginx = await startNginx({
        nginx: bin,
        dist: dir,
        port: WEB_PORT,
        redirectPort: REDIRECT_PORT,
        apiPort: API_PORT,
      });
    }
    chromium = await launchChromium(CDP_PORT);
    const { browser, main } = chromium;
    const page = await main.newPage();
    await signIn(page, origin, username);
    const storage = await main.storageState();
    await page.close();
    return { browser, origin, main, storage, close };
  } catch (e) {
    await close();
    throw e;
  }
}

export async function signIn(page: Page, origin: string, username: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${origin}/login?next=%2F`);
  await page.getByLabel(/^Tên đăng nhập/).fill(username);
  await page.getByLabel(/^Mật khẩu/).fill('demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** A fresh context (empty HTTP cache, no service worker) with the signed-in user's storage. */
export function coldContext(s: Session): Promise<BrowserContext> {
  return s.browser.newContext({
    storageState: s.storage,
    viewport: { width: 1280, height: 800 },
    // The production build's throwaway certificate (see the top of this file).
    ignoreHTTPSErrors: true,
  });
}

/** Size of a URL's body as the server sends it with `Accept-Encoding: gzip` (not decoded). */
export function servedSize(url: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const get = url.startsWith('https:') ? requestTls : request;
    const options = { headers: { 'accept-encoding': 'gzip' }, rejectUnauthorized: false };
    const req = get(url, options, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({ bytes, encoding: res.headers['content-encoding'] ?? 'none' }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * For bench/profile.ts and bench/trace.ts: the build (argv[2], production by default) and path
 * (argv[3], `/`) from the command line, built, served and signed in; a cold tab at a phone's size
 * with Lighthouse's 4× CPU slowdown for `run`; everything closed afterwards.
 */
export async function withThrottledTab(
  run: (tab: {
    b: Build;
    origin: string;
    path: string;
    page: Page;
    cdp: CDPSession;
  }) => Promise<void>,
): Promise<void> {
  const b = (process.argv[2] ?? 'production') as Build;
  const path = process.argv[3] ?? '/';
  build(b);
  const s = await open(b, 'officer.vietyen');
  try {
    const context = await coldContext(s);
    const page = await context.newPage();
    await page.setViewportSize({ width: 412, height: 823 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await run({ b, origin: s.origin, path, page, cdp });
    await context.close();
  } finally {
    await s.close();
  }
}
