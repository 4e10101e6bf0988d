import { test, type Page } from '@playwright/test';
import { apiSettled } from './network';
import { httpApiBase } from './ports';

export type Scenario = 'normal' | 'slow' | 'flaky' | 'offline' | 'expired-session';

/**
 * True in the `http` project: a production build (no service worker, no demo panel) against the
 * demo backend served over HTTP by `npm run api`.
 */
export function isHttp(): boolean {
  return test.info().project.name === 'http';
}

/**
 * The API base URL as the page must call it: `/api` on the page's own origin in the demo build
 * (the service worker answers), the API server's origin in `http`. In-page `fetch` calls pass
 * `credentials: 'include'` so the session cookie goes along across origins too.
 */
export function apiBase(): string {
  return isHttp() ? httpApiBase : '/api';
}

/**
 * Change the demo backend's clock or scenario. In the demo build through the page (its service
 * worker is the backend: the page must be loaded), in `http` straight to the API server. What the
 * page was loading on its own is answered first, so the change meets only what the test does next.
 */
export async function setDemoState(
  page: Page,
  change: { today?: string; scenario?: Scenario },
): Promise<void> {
  await apiSettled(page);
  if (isHttp()) {
    const res = await page.request.put(`${httpApiBase}/demo/state`, { data: change });
    if (!res.ok()) throw new Error(`PUT /demo/state answered ${res.status()}`);
    return;
  }
  await page.evaluate(async (body) => {
    const res = await fetch('/api/demo/state', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`PUT /demo/state answered ${res.status}`);
  }, change);
}

/**
 * Open a page on a given demo day: with `?demoDate=` in the demo build (its backend reads the URL
 * on start), by setting the API server's clock first in `http`.
 */
export async function gotoOnDemoDay(page: Page, path: string, demoDate: string): Promise<void> {
  if (isHttp()) {
    await setDemoState(page, { today: demoDate });
    await page.goto(path);
    return;
  }
  await page.goto(`${path}${path.includes('?') ? '&' : '?'}demoDate=${demoDate}`);
}
