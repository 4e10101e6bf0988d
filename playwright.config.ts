import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { resolveChromium } from './e2e/support/browser';
import {
  API_PORT,
  HTTP_PORT,
  PORT,
  demoOrigin,
  httpApiBase,
  httpOrigin,
  serverControl,
  serverOrigin,
} from './e2e/support/ports';

// E2E_PORT lets a second checkout on the same machine run its e2e tests at the same time: the demo
// build on E2E_PORT, the API server on +1, the production build on +2 (see e2e/support/ports.ts).
const CI = !!process.env.CI;
// E2E_DEMO_DIR / E2E_HTTP_DIR / E2E_SERVER_DIR: build folders of one's own (default dist-demo/,
// dist-http/, dist/), and E2E_PROJECTS (e.g. `demo`): start only the servers those projects need.
const demoDir = process.env.E2E_DEMO_DIR ?? 'dist-demo';
const httpDir = process.env.E2E_HTTP_DIR ?? 'dist-http';
const serverDir = process.env.E2E_SERVER_DIR ?? 'dist';
type WebServer = Exclude<PlaywrightTestConfig['webServer'], unknown[] | undefined>;
const wanted = (process.env.E2E_PROJECTS ?? 'demo,http,server').split(',').map((p) => p.trim());

const chrome = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1280, height: 800 },
  launchOptions: resolveChromium(),
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  // Two cores on the CI machine; locally Playwright picks half the cores.
  workers: CI ? 2 : undefined,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      // The demo build: the mock backend in a service worker, one per browser context.
      name: 'demo',
      use: { ...chrome, baseURL: demoOrigin },
    },
    {
      // The production build against the demo backend over real HTTP (`npm run api`): no service
      // worker, real cookies and CORS across two origins. The server's data is shared, so one test
      // at a time, each starting from a reset (e2e/support/test.ts). What depends on HTTP itself:
      // signing in, sessions, security headers, downloads, the header search; every task runs on
      // the same production build in the project `server`, and on the same handlers in `demo`.
      name: 'http',
      use: { ...chrome, baseURL: httpOrigin, serviceWorkers: 'block' },
      testMatch: [
        'security.spec.ts',
        'shell.spec.ts',
        'desk-report-and-export.spec.ts',
        'officer-counter.spec.ts',
        'every-page.spec.ts',
      ],
      workers: 1,
    },
    {
      // The production build (built for `/api` on its own origin) behind nginx as in
      // docs/deploy/nginx.conf, over HTTPS with a throwaway certificate, and the server on
      // PostgreSQL (scripts/e2e-server.ts). One database, so one test at a time, each on a fresh
      // copy of the seeded template (e2e/support/test.ts).
      name: 'server',
      use: { ...chrome, baseURL: serverOrigin, serviceWorkers: 'block', ignoreHTTPSErrors: true },
      workers: 1,
    },
  ],
  // `npm test` (or `npm run test:e2e`) builds dist-demo/ and dist-http/ first.
  webServer: (<(WebServer | false)[]>[
    wanted.includes('demo') && {
      command: `npx vite preview --mode demo --outDir ${demoDir} --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `${demoOrigin}/login`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    wanted.includes('http') && {
      command: 'npx tsx mocks/server.ts',
      url: `${httpApiBase}/demo/state`,
      env: { API_PORT: String(API_PORT), API_HOST: '127.0.0.1', API_ALLOWED_ORIGIN: httpOrigin },
      reuseExistingServer: false,
      timeout: 120_000,
    },
    wanted.includes('http') && {
      command: `npx vite preview --outDir ${httpDir} --port ${HTTP_PORT} --strictPort --host 127.0.0.1`,
      url: `${httpOrigin}/login`,
      env: { VITE_API_BASE_URL: httpApiBase },
      reuseExistingServer: false,
      timeout: 120_000,
    },
    wanted.includes('server') && {
      // PostgreSQL (TEST_DATABASE_URL's, else a cluster of its own), the seed, the server, nginx.
      command: 'npx tsx scripts/e2e-server.ts',
      url: `${serverControl}/ready`,
      env: { E2E_SERVER_DIR: serverDir },
      reuseExistingServer: false,
      // The first run seeds PostgreSQL (a minute or two on two cores).
      timeout: 600_000,
      // Stop nginx, the server and its own PostgreSQL cleanly (the default is SIGKILL).
      gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
      stdout: 'pipe',
    },
  ]).filter((server): server is WebServer => server !== false),
});
