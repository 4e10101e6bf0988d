/**
 * An account's status on the business day, in SQL over `accounts as a` (exactly the demo's
 * statusOf: one converted after today is not converted yet, a report made today makes it
 * `reported_at_desk`), and the state of a "linked at the desk" report on a day.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { components } from '../../../src/api/schema';
import type { DeskReportsTable } from '../db/schema';
import { syncDayOf, type DeskReportState } from '../../../src/lib/desk-report';

export type AccountStatus = components['schemas']['AccountStatus'];

/** Whether `a` has a "linked at the desk" report pending on `today` (made today, not withdrawn). */
export const pendingReportSql = (today: string): RawBuilder<SqlBool> => sql<SqlBool>`exists (
  select 1 from desk_reports r
  where r.account_id = a.id and r.reported_on = ${today}::date
    and (r.withdrawn_on is null or r.withdrawn_on > ${today}::date))`;

/** An active citizen account not linked to VNeID as of `today` (reported or not). */
const notConvertedCitizen = (today: string) =>
  sql<SqlBool>`(a.state = 'active' and a.kind = 'citizen'
    and (a.converted_on is null or a.converted_on > ${today}::date))`;

/** The account's status on `today` (accounts registered after today are filtered out apart). */
export const statusSql = (today: string): RawBuilder<AccountStatus> => sql<AccountStatus>`case
  when a.state = 'closed' then 'closed'
  when a.state = 'merged' then 'merged'
  when a.kind <> 'citizen' then 'awaiting_guidance'
  when a.converted_on <= ${today}::date then 'converted'
  when ${pendingReportSql(today)} then 'reported_at_desk'
  else 'unconverted' end`;

/** A where-clause selecting the accounts with `status` on `today`. */
export function statusIs(status: AccountStatus, today: string): RawBuilder<SqlBool> {
  switch (status) {
    case 'closed':
    case 'merged':
      return sql<SqlBool>`a.state = ${status}`;
    case 'awaiting_guidance':
      return sql<SqlBool>`(a.state = 'active' and a.kind <> 'citizen')`;
    case 'converted':
      return sql<SqlBool>`(a.state = 'active' and a.kind = 'citizen' and a.converted_on <= ${today}::date)`;
    case 'reported_at_desk':
      return sql<SqlBool>`(${notConvertedCitizen(today)} and ${pendingReportSql(today)})`;
    case 'unconverted':
      return sql<SqlBool>`(${notConvertedCitizen(today)} and not ${pendingReportSql(today)})`;
  }
}

/** A desk report as the account's status reads it: the table's row without what 004 added. */
export type DeskReportRow = Omit<DeskReportsTable, 'converted_on_before' | 'converts'>;

/**
 * A report's state on `today` (as the demo's demoReportState): pending until the sync the next day,
 * then what the sync found; withdrawn if withdrawn while pending.
 */
export function reportStateOf(r: DeskReportRow, today: string): DeskReportState {
  const syncDay = syncDayOf(r.reported_on);
  if (r.withdrawn_on !== null && r.withdrawn_on < syncDay && r.withdrawn_on <= today)
    return 'withdrawn';
  if (today < syncDay) return 'pending';
  return r.sync_confirms ? 'confirmed' : 'not_confirmed';
}
