// One place that decides which Chromium the end-to-end tests drive.
// Order: PLAYWRIGHT_CHROMIUM_PATH, a system Chromium, else Playwright's own browser (undefined).
import { existsSync } from 'node:fs';

export const systemCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags a system Chromium needs here: no sandbox as root, and no calls home on a closed network. */
export const systemChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @returns {string | undefined} */
export function resolveChromiumPath() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`PLAYWRIGHT_CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    }
    return fromEnv;
  }
  return systemCandidates.find((p) => existsSync(p));
}
