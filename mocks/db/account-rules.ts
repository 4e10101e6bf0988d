/**
 * What an officer's action does to one account in the demo: a counter visit, a reminder, a request
 * to the police, a merge, closing and reopening, withdrawing a desk report. Each rule checks the
 * account's state on the demo day, then records the event (and the row's new state). A rule that
 * refuses throws `Refused`; the handlers answer it (mocks/handlers/account-op.ts).
 */
import type { BodyOf } from '../../src/api/operations';
import type { DemoUser } from './demo-users';
import { canWithdrawDeskReport } from '../../src/lib/desk-report';
import { duplicatesOf, statusOf } from './accounts-query';
import {
  REASONS,
  STATE_ACTIVE,
  STATE_CLOSED,
  STATE_MERGED,
  accountId,
  phoneNumber,
  type Dataset,
} from './dataset';
import { isoOf } from './days';
import { nowOnDemoDay, today, todayDay } from './demo-state';
import { addDeskReport, latestReport, reportState, withdrawDeskReport } from './desk-reports';
import { changeRow } from './index';
import { accountEvents, addAccountEvent, type AuditEntry } from './journal';
import { recentReminder } from './reminders';

/** How a refusal is answered: 409 with a detail, 400 naming a field, 403 with a detail. */
export type Refusal =
  | { answer: 'conflict'; detail: string }
  | { answer: 'invalid'; field: string; code?: string }
  | { answer: 'forbidden'; detail: string };

/** A rule's refusal; `audited` when the attempt is written to the audit log (with these details). */
export class Refused extends Error {
  constructor(
    readonly refusal: Refusal,
    readonly audited?: { details?: AuditEntry['details'] },
  ) {
    super(refusal.answer === 'invalid' ? refusal.field : refusal.detail);
  }
}

const conflict = (detail: string, audited?: Refused['audited']): never => {
  throw new Refused({ answer: 'conflict', detail }, audited);
};
const invalid = (field: string, code?: string): never => {
  throw new Refused(code ? { answer: 'invalid', field, code } : { answer: 'invalid', field });
};

/**
 * A counter visit to an unconverted account. "Linked" is the officer's word, not VNeID's: it must
 * name the account again (`confirmed`), and it files a desk report the next sync confirms or not.
 */
export function recordVisit(
  ds: Dataset,
  row: number,
  by: string,
  visit: { outcome: BodyOf<'recordVisit'>['outcome']; note?: string | null; confirmed: boolean },
): void {
  const day = todayDay();
  const status = statusOf(ds, row, day);
  if (status !== 'unconverted') {
    conflict(`The account is ${status ?? 'not registered yet'}: there is nothing to link.`);
  }
  const details = { outcome: visit.outcome, note: visit.note?.trim() || null };
  if (visit.outcome === 'linked') {
    if (!visit.confirmed) invalid('confirmAccountId', 'required');
    const event = addAccountEvent({ row, day, username: by, type: 'visit', details });
    addDeskReport(ds, {
      id: `DR${event.id}`,
      row,
      reportedOn: today(),
      reportedAt: event.at,
      reportedBy: by,
    });
  } else {
    addAccountEvent({ row, day, username: by, type: 'visit', details });
  }
}

/** A request to the police to check a number that does not match the population database, once. */
export function requestIdentityCheck(ds: Dataset, row: number, by: string, note: string): void {
  const day = todayDay();
  if (statusOf(ds, row, day) !== 'unconverted' || REASONS[ds.reason[row]!] !== 'id_mismatch') {
    conflict(
      'Only unconverted accounts whose number does not match the population database go to the police.',
    );
  }
  if (accountEvents(row).some((e) => e.type === 'identity-check')) {
    conflict('A check has already been requested for this account.');
  }
  addAccountEvent({ row, day, username: by, type: 'identity-check', details: { note } });
}

/** Merge duplicates (`others`, named `otherIds`) into the account kept: they become merged. */
export function mergeAccounts(
  ds: Dataset,
  keep: number,
  others: readonly number[],
  otherIds: readonly string[],
  by: string,
): void {
  const day = todayDay();
  const duplicates = new Set(duplicatesOf(ds, keep));
  if (others.some((r) => r === keep || !duplicates.has(r))) invalid('others');
  if (statusOf(ds, keep, day) === 'closed' || statusOf(ds, keep, day) === 'merged') {
    conflict('The account to keep is closed or merged.');
  }
  if (others.some((r) => ds.state[r] !== STATE_ACTIVE))
    conflict('An account to merge is already closed or merged.');
  for (const r of others) {
    addAccountEvent({
      row: r,
      day,
      username: by,
      type: 'merged',
      details: { into: accountId(keep) },
      state: STATE_MERGED,
    });
    changeRow(ds, r, { state: STATE_MERGED });
  }
  addAccountEvent({
    row: keep,
    day,
    username: by,
    type: 'merged',
    details: { kept: true, others: otherIds.join(', ') },
  });
}

/** Close an active account, with the contract's reason and an optional note. */
export function closeAccount(
  ds: Dataset,
  row: number,
  by: string,
  close: { reason: BodyOf<'closeAccount'>['reason']; note?: string | null },
): void {
  if (ds.state[row] !== STATE_ACTIVE) conflict('The account is already closed or merged.');
  addAccountEvent({
    row,
    day: todayDay(),
    username: by,
    type: 'closed',
    details: { reason: close.reason, note: close.note?.trim() || null },
    state: STATE_CLOSED,
  });
  changeRow(ds, row, { state: STATE_CLOSED });
}

/** A closed account can be reopened for this many days. */
const REOPEN_DAYS = 30;

/** Reopen an account closed at most `REOPEN_DAYS` ago. */
export function reopenAccount(ds: Dataset, row: number, by: string): void {
  const closed = accountEvents(row)
    .filter((e) => e.type === 'closed')
    .at(-1);
  if (ds.state[row] !== STATE_CLOSED || !closed) conflict('The account is not closed.');
  const day = todayDay();
  if (day - closed!.day > REOPEN_DAYS)
    conflict(`Closed more than ${REOPEN_DAYS} days ago: it can no longer be reopened.`);
  addAccountEvent({ row, day, username: by, type: 'reopened', state: STATE_ACTIVE });
  changeRow(ds, row, { state: STATE_ACTIVE });
}

/**
 * Withdraw the account's pending desk report, by the officer who made it or a system admin (another
 * user's attempt is audited). Returns who made the report.
 */
export function withdrawPendingReport(
  ds: Dataset,
  row: number,
  user: DemoUser,
  reason: string,
): { reportedBy: string } {
  const day = todayDay();
  const report = latestReport(row, day);
  const state = report ? reportState(report, day) : null;
  if (!report || state !== 'pending') conflict('There is no pending desk report to withdraw.');
  if (!canWithdrawDeskReport(user, { reportedBy: report!.reportedBy, state: state! })) {
    throw new Refused(
      {
        answer: 'forbidden',
        detail: 'Only the officer who made the report or a system admin may withdraw it.',
      },
      { details: { reportedBy: report!.reportedBy } },
    );
  }
  withdrawDeskReport(ds, report!.id, {
    on: today(),
    at: nowOnDemoDay(),
    by: user.username,
    reason,
  });
  return { reportedBy: report!.reportedBy };
}

/**
 * A reminder to an unconverted account, by SMS only to a known phone, not twice within the interval
 * (an attempt within it is audited).
 */
export function sendReminder(
  ds: Dataset,
  row: number,
  by: string,
  channel: BodyOf<'sendReminder'>['channel'],
): void {
  const day = todayDay();
  if (statusOf(ds, row, day) !== 'unconverted')
    conflict('Only unconverted citizen accounts get reminders.');
  if (channel === 'sms' && !phoneNumber(ds, row)) invalid('channel');
  const last = recentReminder(row, day);
  if (last !== null) conflict(`A reminder was sent on ${isoOf(last)}, less than 7 days ago.`, {});
  addAccountEvent({ row, day, username: by, type: 'reminder', details: { channel } });
}
