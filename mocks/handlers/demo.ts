import { delay, HttpResponse } from 'msw';
import { Scenario } from '../../src/api/enums';
import { problemTypes } from '../../src/api/errors';
import type { BodyOf } from '../../src/api/operations';
import { isIsoDate } from '../../src/lib/dates';
import { MAX_DATE, MIN_DATE } from '../db/days';
import { demoState, scenario, setDemoState } from '../db/demo-state';
import { demoUsers } from '../db/demo-users';
import { resetStore } from '../db/storage';
import { endAllSessions } from '../db/users';
import { http, invalidField, problemResponse, valid } from './http';

export const scenarioNames = Scenario;

/** The demo clock stays within the days the generated data covers. */
const inRange = (day: string) => day >= MIN_DATE && day <= MAX_DATE;

/** Apply a change to the demo state; choosing "expired session" ends every session at once. */
function applyChange(change: BodyOf<'setDemoState'>) {
  if (change.scenario === 'expired-session') endAllSessions();
  return setDemoState(change);
}

/** The demo's URL parameters (`?demoDate=2024-06-10&scenario=slow`); invalid ones are ignored. */
export function applyDemoParams(params: URLSearchParams): boolean {
  const day = params.get('demoDate');
  const sc = params.get('scenario');
  const change = {
    today: day !== null && isIsoDate(day) && inRange(day) ? day : undefined,
    scenario: Scenario.find((name) => name === sc),
  };
  if (!change.today && !change.scenario) return false;
  applyChange(change);
  return true;
}

export const demoHandlers = [
  http.get('/demo/state', ({ response }) => response(200).json(demoState())),
  http.put('/demo/state', async ({ request, response }) => {
    const { body: change } = await valid('setDemoState', request);
    if (change.today !== undefined && !inRange(change.today)) invalidField('today');
    return response(200).json(applyChange(change));
  }),
  http.post('/demo/reset', ({ response }) => {
    resetStore();
    return response(200).json(demoState());
  }),
  // For the sign-in page: who the demo's users are, never their password.
  http.get('/demo/users', ({ response }) =>
    response(200).json({
      users: demoUsers.map(({ username, displayName, role, unitName }) => ({
        username,
        displayName,
        role,
        unitName,
      })),
    }),
  ),
];

/**
 * Runs before every API handler: the fault scenarios. The demo endpoints always answer, so a
 * scenario can be switched off again.
 */
export const scenarioHandler = http.untyped.all('*/api/*', async ({ request }) => {
  if (new URL(request.url).pathname.includes('/api/demo/')) return undefined;
  switch (scenario()) {
    case 'slow':
      await delay(1500);
      return undefined;
    case 'flaky':
      if (Math.random() < 0.3) {
        return problemResponse({
          type: problemTypes.server,
          title: 'Service unavailable',
          status: 503,
          detail: 'Simulated server fault (demo scenario "flaky").',
        });
      }
      return undefined;
    case 'offline':
      return HttpResponse.error();
    default:
      return undefined;
  }
});
