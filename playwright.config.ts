import { defineConfig, devices } from '@playwright/test';
import { resolveChromium } from './e2e/support/browser';

// E2E_PORT lets a second checkout on the same machine run its e2e tests at the same time.
const PORT = Number(process.env.E2E_PORT ?? 4817);
const CI = !!process.env.CI;

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
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'demo',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: resolveChromium(),
      },
    },
  ],
  webServer: {
    // Serves the demo build only; `npm test` (or `npm run build:demo`) makes it first.
    command: `npx vite preview --mode demo --outDir dist-demo --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
