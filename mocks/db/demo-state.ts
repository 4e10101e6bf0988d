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

const SCENARIOS: readonly Scenario[] = ['normal', 'slow', 'flaky', 'offline', 'expired-session'];

/**
 * The stored state, each part checked on its own: a browser may hold one written by an older
 * release (one had `today` wiped by a scenario-only change), and a bad part falls back alone.
 */
function current(): { today: string; scenario: Scenario } {
  const s = state.get() as Partial<{ today: unknown; scenario: unknown }>;
  const validDay =
    typeof s.today === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(s.today) &&
    s.today >= MIN_DATE &&
    s.today <= MAX_DATE;
  return {
    today: validDay ? (s.today as string) : DEFAULT_TODAY,
    scenario: SCENARIOS.includes(s.scenario as Scenario) ? (s.scenario as Scenario) : 'normal',
  };
}

/** The demo clock: the mock server owns "today"; every date-dependent answer reads it here. */
export function today(): string {
  return current().today;
}

export function todayDay(): number {
  return dayOf(today());
}

export function scenario(): Scenario {
  return current().scenario;
}

export function demoState(): DemoState {
  return { ...current(), defaultToday: DEFAULT_TODAY, minDate: MIN_DATE, maxDate: MAX_DATE };
}

/** Changes only what `change` names: a scenario leaves the clock alone, and a date the scenario. */
export function setDemoState(change: { today?: string; scenario?: Scenario }): DemoState {
  const next = current();
  if (change.today !== undefined) next.today = change.today;
  if (change.scenario !== undefined) next.scenario = change.scenario;
  state.update(() => next);
  return demoState();
}

/** "Now" on the demo day: the real time of day in Vietnam (UTC+7), on the demo's date. */
export function nowOnDemoDay(): string {
  const vnOffset = 7 * 3_600_000;
  const timeOfDay = (Date.now() + vnOffset) % 86_400_000;
  return new Date(Date.parse(`${today()}T00:00:00Z`) - vnOffset + timeOfDay).toISOString();
}
