/**
 * How many accounts a filter matches: from the per-day aggregates when it can (the work list's and
 * the progress page's filters), by counting rows otherwise.
 */
import { sql } from 'kysely';
import type { Services } from '.';
import type { AccountFilter } from './account-filter';
import type { AccountStatus } from './account-status';

/** The first day the per-day aggregates tell apart (earlier days are counted on it). */
const AGGREGATES_FROM = '2024-04-30';
/** The statuses the aggregates can count (closed, merged and desk reports are apart). */
const AGGREGATED_STATUSES = new Set<AccountStatus | undefined>([
  undefined,
  'converted',
  'unconverted',
  'awaiting_guidance',
]);

/**
 * How many accounts match: from the per-day aggregates (account_daily, kept by a trigger) when the
 * filter is only the scope, kind, status and reason, which is what the work list and the progress
 * page's links ask for; by counting the matching rows otherwise (a search, a source, dates).
 */
export async function countAccounts(services: Services, f: AccountFilter): Promise<number> {
  const a = f.applied;
  const status = a.reason ? 'unconverted' : a.status;
  const countable =
    !a.q &&
    !a.source &&
    !a.regFrom &&
    !a.regTo &&
    !a.seenBefore &&
    f.today >= AGGREGATES_FROM &&
    AGGREGATED_STATUSES.has(status);
  if (!countable) {
    const { n } = await services.db
      .selectFrom('accounts as a')
      .select(sql<number>`count(*)`.as('n'))
      .where(f.where)
      .executeTakeFirstOrThrow();
    return Number(n);
  }
  const today = f.today;
  /** The scope and the filters on kind and reason, over a table with those columns. */
  const where = (t: { district: string; commune: string; kind: string; reason: string }) =>
    sql.join(
      [
        a.district ? sql`${sql.ref(t.district)} = ${a.district}` : sql`true`,
        a.commune ? sql`${sql.ref(t.commune)} = ${a.commune}` : sql`true`,
        a.kind ? sql`${sql.ref(t.kind)} = ${a.kind}` : sql`true`,
        a.reason ? sql`${sql.ref(t.reason)} = ${a.reason}` : sql`true`,
      ],
      sql` and `,
    );
  const onAccounts = where({
    district: 'a.district_code',
    commune: 'a.commune_code',
    kind: 'a.kind',
    reason: 'a.reason',
  });
  const byStatus =
    status === 'converted'
      ? sql`d.kind = 'citizen' and d.converted_on <= ${today}::date`
      : status === 'unconverted'
        ? sql`d.kind = 'citizen' and d.converted_on > ${today}::date`
        : status === 'awaiting_guidance'
          ? sql`d.kind <> 'citizen'`
          : sql`true`;
  const counts = [
    // Active accounts, from the aggregates.
    sql<{ n: number }>`select coalesce(sum(d.accounts), 0)::int as n
      from account_daily d join units u on u.code = d.commune_code
      where d.registered_on <= ${today}::date and ${byStatus}
        and ${where({ district: 'u.district_code', commune: 'd.commune_code', kind: 'd.kind', reason: 'd.reason' })}`,
  ];
  if (status === undefined)
    // Closed and merged accounts, which the aggregates leave out.
    counts.push(sql<{ n: number }>`select count(*)::int as n from accounts a
      where a.state <> 'active' and a.registered_on <= ${today}::date and ${onAccounts}`);
  if (status === 'unconverted')
    // Less those reported linked at the desk today (reported_at_desk).
    counts.push(sql<{ n: number }>`select -count(distinct a.id)::int as n
      from desk_reports r join accounts a on a.id = r.account_id
      where r.reported_on = ${today}::date
        and (r.withdrawn_on is null or r.withdrawn_on > ${today}::date)
        and a.state = 'active' and a.kind = 'citizen'
        and (a.converted_on is null or a.converted_on > ${today}::date)
        and a.registered_on <= ${today}::date and ${onAccounts}`);
  let total = 0;
  for (const q of counts) total += (await q.execute(services.db)).rows[0]!.n;
  return total;
}
