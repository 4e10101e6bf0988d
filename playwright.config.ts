import { defineConfig, devices } from '@playwright/test';
import { resolveChromium } from './e2e/support/browser';
import {
  API_PORT,
  HTTP_PORT,
  PORT,
  demoOrigin,
  httpApiBase,
  httpOrigin,
} from './e2e/support/ports';

// E2E_PORT lets a second checkout on the same machine run its e2e tests at the same time: the demo
// build on E2E_PORT, the API server on +1, the production build on +2 (see e2e/support/ports.ts).
const CI = !!process.env.CI;

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
      // worker, real cookies and CORS. The server's data is shared, so one test at a time, each
      // starting from a reset (e2e/support/test.ts).
      name: 'http',
      use: { ...chrome, baseURL: httpOrigin, serviceWorkers: 'block' },
      workers: 1,
    },
  ],
  // `npm test` (or `npm run test:e2e`) builds dist-demo/ and dist-http/ first.
  webServer: [
    {
      command: `npx vite preview --mode demo --outDir dist-demo --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `${demoOrigin}/login`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: 'npx tsx mocks/server.ts',
      url: `${httpApiBase}/demo/state`,
      env: { API_PORT: String(API_PORT), API_HOST: '127.0.0.1', API_ALLOWED_ORIGIN: httpOrigin },
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `npx vite preview --outDir dist-http --port ${HTTP_PORT} --strictPort --host 127.0.0.1`,
      url: `${httpOrigin}/login`,
      env: { VITE_API_BASE_URL: httpApiBase },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
