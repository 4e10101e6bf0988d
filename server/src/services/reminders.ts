/** A reminder's rule, single or bulk: not twice within REMINDER_INTERVAL_DAYS. */
import { sql } from 'kysely';
import { daysBetween } from '../../../src/lib/dates';

/** A citizen is not reminded twice within this many days (single and bulk reminders alike). */
export const REMINDER_INTERVAL_DAYS = 7;

/** The day of a reminder event in Vietnam, for `account_events as e`. */
const eventDay = sql<string>`(e.at at time zone 'Asia/Ho_Chi_Minh')::date`;

/** The account's latest reminder day (single or bulk), in SQL over `accounts as a`. */
export const lastReminderSql = sql<string | null>`(select max(${eventDay}) from account_events e
  where e.account_id = a.id and e.type = 'reminder')`;

/** Whether a reminder on `last` forbids another one on `today`. */
export const remindedRecently = (last: string | null, today: string) =>
  last !== null && daysBetween(last, today) < REMINDER_INTERVAL_DAYS;
