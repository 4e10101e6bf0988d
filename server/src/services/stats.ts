/**
 * Migration progress from the `account_daily` aggregates (server/migrations/002_accounts.sql), which
 * the accounts' writes keep current: a province-wide answer adds up a few tens of thousands of
 * small rows, never the accounts themselves. The judgement of the counts (pace, forecast, status)
 * is src/lib/progress.ts, shared with the demo backend.
 */
import { sql, type Kysely } from 'kysely';
import { addDays } from '../../../src/lib/dates';
import { outlook, type Outlook, type ProgressCounts } from '../../../src/lib/progress';
import type { DB } from '../db/schema';
import { StuckReason } from '../../../src/api/enums';

/** Why a citizen account is not converted yet: the contract's list (src/api/enums.ts). */
export const REASONS = StuckReason;
export type Reason = (typeof REASONS)[number];

/** One commune's citizen counts on a day, and a week before it. */
export interface CommuneCounts extends ProgressCounts {
  convertedToday: number;
  totalWeekAgo: number;
  convertedWeekAgo: number;
}

const zero = (): CommuneCounts => ({
  total: 0,
  converted: 0,
  convertedToday: 0,
  convertedLast7Days: 0,
  totalWeekAgo: 0,
  convertedWeekAgo: 0,
});

export function addCounts(into: CommuneCounts, c: CommuneCounts): CommuneCounts {
  into.total += c.total;
  into.converted += c.converted;
  into.convertedToday += c.convertedToday;
  into.convertedLast7Days += c.convertedLast7Days;
  into.totalWeekAgo += c.totalWeekAgo;
  into.convertedWeekAgo += c.convertedWeekAgo;
  return into;
}

export function sumCounts(list: Iterable<CommuneCounts>): CommuneCounts {
  const out = zero();
  for (const c of list) addCounts(out, c);
  return out;
}

const inCommunes = (communes: readonly string[] | null) =>
  communes === null ? sql`true` : sql`commune_code = any(${communes})`;

/** Citizen counts per commune of the scope (null: the whole province) on `day`. */
export async function communeCounts(
  db: Kysely<DB>,
  communes: readonly string[] | null,
  day: string,
): Promise<Map<string, CommuneCounts>> {
  const weekAgo = addDays(day, -7);
  const rows = await sql<{ commune_code: string } & CommuneCounts>`
    select commune_code,
      coalesce(sum(accounts) filter (where registered_on <= ${day}::date), 0)::int as "total",
      coalesce(sum(accounts) filter (where converted_on <= ${day}::date), 0)::int as "converted",
      coalesce(sum(accounts) filter (where converted_on = ${day}::date), 0)::int as "convertedToday",
      coalesce(sum(accounts) filter (
        where converted_on > ${weekAgo}::date and converted_on <= ${day}::date), 0)::int
        as "convertedLast7Days",
      coalesce(sum(accounts) filter (where registered_on <= ${weekAgo}::date), 0)::int
        as "totalWeekAgo",
      coalesce(sum(accounts) filter (where converted_on <= ${weekAgo}::date), 0)::int
        as "convertedWeekAgo"
    from account_daily
    where kind = 'citizen' and ${inCommunes(communes)}
    group by commune_code`.execute(db);
  return new Map(rows.rows.map(({ commune_code, ...c }) => [commune_code, c]));
}

/** Citizen accounts not converted on `day`, per stuck reason, in the scope. */
export async function unconvertedByReason(
  db: Kysely<DB>,
  communes: readonly string[] | null,
  day: string,
): Promise<Map<string, number>> {
  const rows = await sql<{ reason: string; n: number }>`
    select reason, coalesce(sum(accounts), 0)::int as n
    from account_daily
    where kind = 'citizen' and registered_on <= ${day}::date and converted_on > ${day}::date
      and ${inCommunes(communes)}
    group by reason`.execute(db);
  return new Map(rows.rows.map((r) => [r.reason, r.n]));
}

/** Organisation and foreigner accounts of the scope on `day`: they wait, they are not late. */
export async function awaitingCounts(
  db: Kysely<DB>,
  communes: readonly string[] | null,
  day: string,
): Promise<{ organisation: number; foreigner: number }> {
  const rows = await sql<{ kind: string; n: number }>`
    select kind, coalesce(sum(accounts), 0)::int as n
    from account_daily
    where kind <> 'citizen' and registered_on <= ${day}::date and ${inCommunes(communes)}
    group by kind`.execute(db);
  const by = new Map(rows.rows.map((r) => [r.kind, r.n]));
  return { organisation: by.get('organisation') ?? 0, foreigner: by.get('foreigner') ?? 0 };
}

/**
 * Registrations and conversions per day from `from` to `day`, for the series. The day before
 * `from` holds everything earlier (the aggregates keep earlier days together).
 */
export async function dailyCounts(
  db: Kysely<DB>,
  communes: readonly string[] | null,
  from: string,
  day: string,
): Promise<{ registered: Map<string, number>; converted: Map<string, number> }> {
  const [reg, conv] = await Promise.all([
    sql<{ d: string; n: number }>`
      select registered_on as d, coalesce(sum(accounts), 0)::int as n
      from account_daily
      where kind = 'citizen' and registered_on <= ${day}::date and ${inCommunes(communes)}
      group by registered_on`.execute(db),
    sql<{ d: string; n: number }>`
      select converted_on as d, coalesce(sum(accounts), 0)::int as n
      from account_daily
      where kind = 'citizen' and converted_on <= ${day}::date and ${inCommunes(communes)}
      group by converted_on`.execute(db),
  ]);
  const before = addDays(from, -1);
  const collect = (rows: { d: string; n: number }[]) => {
    const m = new Map<string, number>();
    for (const r of rows) {
      const key = r.d < from ? before : r.d;
      m.set(key, (m.get(key) ?? 0) + r.n);
    }
    return m;
  };
  return { registered: collect(reg.rows), converted: collect(conv.rows) };
}

export function outlookOf(c: ProgressCounts, day: string): Outlook {
  return outlook(c, day);
}

/**
 * Citizen accounts reported as linked at the desk and awaiting reconciliation on `day` (a report
 * is pending on its own day: see src/lib/desk-report.ts), per commune and reason. Counted apart:
 * not converted, not unconverted.
 */
export async function reportedCounts(
  db: Kysely<DB>,
  communes: readonly string[] | null,
  day: string,
): Promise<{ commune_code: string; reason: string; n: number }[]> {
  const rows = await sql<{ commune_code: string; reason: string; n: number }>`
    select a.commune_code, coalesce(a.reason, '') as reason, count(distinct a.id)::int as n
    from desk_reports r join accounts a on a.id = r.account_id
    where r.reported_on = ${day}::date
      and (r.withdrawn_on is null or r.withdrawn_on > ${day}::date)
      and a.kind = 'citizen' and a.state = 'active'
      and ${communes === null ? sql`true` : sql`a.commune_code = any(${communes})`}
    group by 1, 2`.execute(db);
  return rows.rows;
}
