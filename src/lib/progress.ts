/**
 * The arithmetic of migration progress, shared by both backends (no React, no MSW): given a
 * scope's counts on a day, its pace, the pace it needs, its forecast and its status. Each backend
 * counts from its own storage (the demo's typed arrays, the server's aggregates table); the
 * judgement of those counts is written once, here.
 */
import type { components } from '../api/schema';

type ProgressStatus = components['schemas']['ProgressStatus'];

export const SWITCH_DATE = '2024-06-15';
export const DEADLINE_DATE = '2024-07-01';
/** The first day of the progress series. */
export const SERIES_FROM = '2024-05-01';

/** Below this share of accounts left, a scope counts as done (some accounts never convert). */
export const DONE_REMAINING = 0.005;

/** The pace is the average over this many days, today included. */
export const PACE_DAYS = 7;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOfDayNumber = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

export interface ProgressCounts {
  total: number;
  converted: number;
  convertedLast7Days: number;
}

export interface Outlook {
  daysToDeadline: number;
  requiredPerDay: number;
  pacePerDay: number;
  forecastDate: string | null;
  shareAtDeadline: number;
  status: ProgressStatus;
}

/**
 * Pace and forecast on `today`: the accounts per day still needed to finish before the deadline,
 * against the average of the last 7 days. On track when the pace covers the need; at risk from 60%
 * of it; late below that, or when the deadline has passed with accounts left.
 */
export function outlook(f: ProgressCounts, today: string): Outlook {
  const day = dayNumber(today);
  const remaining = f.total - f.converted;
  const daysToDeadline = dayNumber(DEADLINE_DATE) - day;
  const pacePerDay = f.convertedLast7Days / PACE_DAYS;
  const done = f.total === 0 || remaining / f.total <= DONE_REMAINING;
  const requiredPerDay = done || daysToDeadline <= 0 ? 0 : remaining / daysToDeadline;
  const forecastDate = done
    ? today
    : pacePerDay > 0
      ? isoOfDayNumber(day + Math.ceil(remaining / pacePerDay))
      : null;
  const reachable = f.converted + pacePerDay * Math.max(0, daysToDeadline);
  const shareAtDeadline =
    f.total === 0
      ? 1
      : daysToDeadline <= 0
        ? f.converted / f.total
        : Math.min(1, reachable / f.total);
  let status: ProgressStatus;
  if (done) status = 'done';
  else if (daysToDeadline <= 0) status = 'late';
  else if (pacePerDay >= requiredPerDay) status = 'on_track';
  else if (pacePerDay >= 0.6 * requiredPerDay) status = 'at_risk';
  else status = 'late';
  return { daysToDeadline, requiredPerDay, pacePerDay, forecastDate, shareAtDeadline, status };
}

/**
 * A scope's forecast, never earlier than that of any unit below it that is not done (the contract's
 * rule, `StatsSummary.deadlines.forecastDate`); null when the scope or any such unit has no pace.
 */
export function scopeForecastOf(own: Outlook, below: readonly Outlook[]): string | null {
  let latest = own.forecastDate;
  for (const o of below) {
    if (o.status === 'done') continue;
    if (o.forecastDate === null || latest === null) return null;
    if (o.forecastDate > latest) latest = o.forecastDate;
  }
  return latest;
}
