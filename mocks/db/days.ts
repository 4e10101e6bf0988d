/**
 * The demo counts calendar days as integers from 2024-01-01 (day 0). All conversion history lies in
 * the window 01/05/2024 – 31/07/2024; registrations reach back to 2019.
 */
const DAY0_MS = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

export function dayOf(isoDate: string): number {
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - DAY0_MS) / DAY_MS);
}

export function isoOf(day: number): string {
  return new Date(DAY0_MS + day * DAY_MS).toISOString().slice(0, 10);
}

export const WINDOW_START = dayOf('2024-05-01');
export const WINDOW_END = dayOf('2024-07-31');
export const WINDOW_DAYS = WINDOW_END - WINDOW_START + 1;

export const SWITCH_DAY = dayOf('2024-06-15');
export const DEADLINE_DAY = dayOf('2024-07-01');

export const DEFAULT_TODAY = '2024-06-20';
export const MIN_DATE = '2024-05-01';
export const MAX_DATE = '2024-07-31';

/** "Never" for day columns. */
export const NEVER = 32767;
