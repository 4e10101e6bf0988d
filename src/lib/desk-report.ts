/**
 * "Linked at the desk" reports: an officer's word that a citizen linked VNeID at the counter. The
 * account is counted as converted only once VNeID's sync shows the link. Rules shared by both
 * backends (no React, no MSW).
 */
import { can, type Role } from '../config/permissions';
import { addDays } from './dates';

export type DeskReportState = 'pending' | 'confirmed' | 'not_confirmed' | 'withdrawn';

/** The day VNeID's sync reconciles a report made on `reportedOn`: the next day. */
export function syncDayOf(reportedOn: string): string {
  return addDays(reportedOn, 1);
}

/** FNV-1a over the text: a small, stable hash (same answer in the browser, Node and the server). */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The demo's stand-in for VNeID's sync: whether it finds the link an officer reported. About 9
 * reports in 10 are confirmed; which ones depends only on the account and the report's day, so the
 * demo tells the same story on every reload and in both backends.
 */
export function demoSyncConfirms(accountId: string, reportedOn: string): boolean {
  return fnv1a(`${accountId}|${reportedOn}`) % 10 !== 0;
}

/**
 * A report's state on `today` in the demo: pending on its own day, reconciled from the next day
 * (confirmed or not by `demoSyncConfirms`), unless it was withdrawn while pending.
 */
export function demoReportState(
  report: { accountId: string; reportedOn: string; withdrawnOn: string | null },
  today: string,
): DeskReportState {
  const syncDay = syncDayOf(report.reportedOn);
  if (report.withdrawnOn !== null && report.withdrawnOn < syncDay && report.withdrawnOn <= today)
    return 'withdrawn';
  if (today < syncDay) return 'pending';
  return demoSyncConfirms(report.accountId, report.reportedOn) ? 'confirmed' : 'not_confirmed';
}

/** Who may withdraw a pending report: the officer who made it, or a system admin. */
export function canWithdrawDeskReport(
  user: { username: string; role: Role },
  report: { reportedBy: string; state: DeskReportState },
): boolean {
  if (report.state !== 'pending') return false;
  return user.username === report.reportedBy || can(user.role, 'accounts:clean');
}

/** A withdrawal's reason: required, 1–500 characters once trimmed. */
export const WITHDRAW_REASON_MAX = 500;
