import type { LaunchOptions } from '@playwright/test';
import { resolveChromiumPath, systemChromiumArgs } from '../../scripts/chromium.js';

/**
 * Launch options for the Chromium the e2e tests drive, decided in scripts/chromium.js (shared with
 * scripts/ensure-browser.mjs): PLAYWRIGHT_CHROMIUM_PATH, else a system Chromium with the flags it
 * needs here, else `{}` (Playwright's own browser).
 */
export function resolveChromium(): Pick<LaunchOptions, 'executablePath' | 'args'> {
  const executablePath = resolveChromiumPath();
  return executablePath ? { executablePath, args: systemChromiumArgs } : {};
}
