import { delay, HttpResponse } from 'msw';
import { z } from 'zod';
import { problemTypes } from '../../src/api/errors';
import { MAX_DATE, MIN_DATE } from '../db/days';
import { demoState, scenario, setDemoState } from '../db/demo-state';
import { resetStore } from '../db/storage';
import { endAllSessions } from '../db/users';
import { http, problemResponse, validBody } from './http';

export const scenarioNames = ['normal', 'slow', 'flaky', 'offline', 'expired-session'] as const;

const DemoChange = z.object({
  today: z.iso
    .date()
    .refine((d) => d >= MIN_DATE && d <= MAX_DATE, {
      message: `between ${MIN_DATE} and ${MAX_DATE}`,
    })
    .optional(),
  scenario: z.enum(scenarioNames).optional(),
});

/** Apply a change to the demo state; choosing "expired session" ends every session at once. */
function applyChange(change: z.infer<typeof DemoChange>) {
  if (change.scenario === 'expired-session') endAllSessions();
  return setDemoState(change);
}

/** The demo's URL parameters (`?demoDate=2024-06-10&scenario=slow`); invalid ones are ignored. */
export function applyDemoParams(params: URLSearchParams): boolean {
  const today = DemoChange.shape.today.safeParse(params.get('demoDate') ?? undefined);
  const sc = DemoChange.shape.scenario.safeParse(params.get('scenario') ?? undefined);
  const change = {
    today: today.success ? today.data : undefined,
    scenario: sc.success ? sc.data : undefined,
  };
  if (!change.today && !change.scenario) return false;
  applyChange(change);
  return true;
}

export const demoHandlers = [
  http.get('/demo/state', ({ response }) => response(200).json(demoState())),
  http.put('/demo/state', async ({ request, response }) => {
    const change = await validBody(request, DemoChange);
    return response(200).json(applyChange(change));
  }),
  http.post('/demo/reset', ({ response }) => {
    resetStore();
    return response(200).json(demoState());
  }),
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
