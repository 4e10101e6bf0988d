import type { components } from '../../src/api/schema';
import { DEFAULT_TODAY, MAX_DATE, MIN_DATE, dayOf } from './days';
import { onReset, persisted } from './storage';

type Scenario = components['schemas']['Scenario'];
type DemoState = components['schemas']['DemoState'];

const state = persisted<{ today: string; scenario: Scenario }>('demo-state', () => ({
  today: DEFAULT_TODAY,
  scenario: 'normal',
}));
onReset(() => state.drop());

/** The demo clock: the mock server owns "today"; every date-dependent answer reads it here. */
export function today(): string {
  return state.get().today;
}

export function todayDay(): number {
  return dayOf(today());
}

export function scenario(): Scenario {
  return state.get().scenario;
}

export function demoState(): DemoState {
  return { ...state.get(), defaultToday: DEFAULT_TODAY, minDate: MIN_DATE, maxDate: MAX_DATE };
}

export function setDemoState(change: { today?: string; scenario?: Scenario }): DemoState {
  state.update((s) => ({ ...s, ...change }));
  return demoState();
}

/** "Now" on the demo day: the real time of day in Vietnam (UTC+7), on the demo's date. */
export function nowOnDemoDay(): string {
  const vnOffset = 7 * 3_600_000;
  const timeOfDay = (Date.now() + vnOffset) % 86_400_000;
  return new Date(Date.parse(`${today()}T00:00:00Z`) - vnOffset + timeOfDay).toISOString();
}
