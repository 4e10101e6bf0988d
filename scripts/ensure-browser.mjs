// Before the e2e tests: make sure a Chromium can be had, or say clearly how to get one.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolveChromiumPath } from './chromium.js';

function playwrightOwn() {
  return import('playwright-core')
    .then(({ chromium }) => {
      const p = chromium.executablePath();
      return p && existsSync(p) ? p : undefined;
    })
    .catch(() => undefined);
}

let path;
try {
  path = resolveChromiumPath();
} catch (e) {
  console.error(String(e instanceof Error ? e.message : e));
  process.exit(1);
}
if (path) {
  console.log(`Chromium: ${path}`);
  process.exit(0);
}
path = await playwrightOwn();
if (!path) {
  console.log('No system Chromium found; trying `npx playwright install chromium`…');
  try {
    execSync('npx playwright install chromium', { stdio: 'inherit' });
    path = await playwrightOwn();
  } catch {
    path = undefined;
  }
}
if (!path) {
  console.error(
    'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or set PLAYWRIGHT_CHROMIUM_PATH=/path/to/chrome.',
  );
  process.exit(1);
}
console.log(`Chromium (Playwright's own): ${path}`);
