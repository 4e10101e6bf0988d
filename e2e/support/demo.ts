import { test, type Page } from '@playwright/test';
import { apiSettled } from './network';
import { httpApiBase, serverControl } from './ports';

export type Scenario = 'normal' | 'slow' | 'flaky' | 'offline' | 'expired-session';

/**
 * True in the projects that run a production build (no service worker, no demo panel) over real
 * HTTP: `http`, against the demo backend served by `npm run api`, and `server`, behind nginx in
 * front of the real server (scripts/e2e-server.ts).
 */
export function isHttp(): boolean {
  const project = test.info().project.name;
  return project === 'http' || project === 'server';
}

/** True in the `server` project: the real server on PostgreSQL, behind nginx. */
export function isServer(): boolean {
  return test.info().project.name === 'server';
}

/**
 * The API base URL as the page must call it: `/api` on the page's own origin in the demo build
 * (the service worker answers) and behind nginx (`server`), the API server's origin in `http`.
 * In-page `fetch` calls pass `credentials: 'include'` so the session cookie goes along across
 * origins too.
 */
export function apiBase(): string {
  return test.info().project.name === 'http' ? httpApiBase : '/api';
}

/** Every API call of the page, for the `offline` scenario in `server`. */
const API_CALLS = /\/api\//;

/**
 * The demo state's equivalent against the real server, through the e2e stack's control port
 * (never the API): the day is the server's BUSINESS_DATE (it restarts), an expired session is the
 * sessions ended in the database, and `offline` is the browser's network to the API cut. The
 * demo's `slow` and `flaky` have no equivalent: a test that needs them is skipped.
 */
async function setServerState(
  page: Page,
  change: { today?: string; scenario?: Scenario },
): Promise<void> {
  const control = async (path: string) => {
    const res = await fetch(`${serverControl}${path}`, { method: 'POST' });
    if (!res.ok) throw new Error(`e2e server control ${path}: ${res.status} ${await res.text()}`);
  };
  if (change.today) await control(`/date?today=${change.today}`);
  switch (change.scenario) {
    case undefined:
      return;
    case 'normal':
      await page.context().unroute(API_CALLS);
      return;
    case 'offline':
      await page.context().route(API_CALLS, (route) => route.abort('internetdisconnected'));
      return;
    case 'expired-session':
      await control('/end-sessions');
      return;
    default:
      test.skip(true, `the demo's "${change.scenario}" scenario has no equivalent on the server`);
  }
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
  if (isServer()) {
    await setServerState(page, change);
    return;
  }
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
