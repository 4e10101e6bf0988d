/**
 * A headless Chromium of the bench's own: a fresh profile, a DevTools port (so that Playwright and
 * Lighthouse drive the same browser), the flags a system Chromium needs here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { resolveChromiumPath, systemChromiumArgs } from '../scripts/chromium.js';
import { start, stop, waitFor } from './process';

export interface ChromiumProcess {
  browser: Browser;
  /** The default context: the one Lighthouse opens its tab in. */
  main: BrowserContext;
  port: number;
  close: () => Promise<void>;
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** Starts Chromium on a new, empty profile with its DevTools port on `port`. */
export async function launchChromium(port: number): Promise<ChromiumProcess> {
  const executable = resolveChromiumPath();
  if (!executable) throw new Error('No Chromium found (set PLAYWRIGHT_CHROMIUM_PATH)');
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const proc = start(executable, [
    '--headless=new',
    `--remote-debugging-port=${port}`,
    `--user-data-dir=${profile}`,
    ...systemChromiumArgs,
    '--disable-extensions',
    '--disable-dev-shm-usage',
    // nginx's throwaway certificate, for the production build.
    '--ignore-certificate-errors',
    'about:blank',
  ]);
  const close = async (browser?: Browser) => {
    await browser?.close().catch(() => undefined);
    stop(proc);
    await new Promise((r) => setTimeout(r, 300));
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    } catch {
      // Chromium still closing: a temporary directory left behind.
    }
  };
  try {
    await waitFor(`http://127.0.0.1:${port}/json/version`, 'Chromium');
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    return { browser, main: browser.contexts()[0]!, port, close: () => close(browser) };
  } catch (e) {
    await close();
    throw e;
  }
}

/**
 * A first visit as a browser sees it: a new Chromium (empty cache, no service worker, nothing
 * compiled) that holds only the signed-in user's cookies and localStorage, set without running any
 * of the site's code.
 */
export async function firstVisitBrowser(
  port: number,
  origin: string,
  storage: StorageState,
): Promise<ChromiumProcess> {
  const c = await launchChromium(port);
  try {
    await c.main.addCookies(storage.cookies);
    const items = storage.origins.find((o) => o.origin === origin)?.localStorage ?? [];
    if (items.length > 0) {
      // localStorage belongs to a document of the origin: the site's icon, a static file that
      // runs no script. The HTTP cache is emptied afterwards.
      const page = await c.main.newPage();
      await page.goto(`${origin}/favicon.svg`);
      await page.evaluate((entries) => {
        for (const { name, value } of entries) localStorage.setItem(name, value);
      }, items);
      const cdp = await c.main.newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
      await cdp.detach();
      await page.close();
    }
    return c;
  } catch (e) {
    await c.close();
    throw e;
  }
}
