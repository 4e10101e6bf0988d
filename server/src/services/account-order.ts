/**
 * The list's sorts as SQL over `accounts as a`: each contract sort as keys ending with the id, so
 * that a page (offset) or a batch (keyset, `afterSql`) continues where the previous one ended.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { operations } from '../../../src/api/schema';
import { DESK_REASON_ORDER } from '../../../src/lib/desk-order';
import { statusIs } from './account-status';

export type AccountSort = NonNullable<
  NonNullable<operations['listAccounts']['parameters']['query']>['sort']
>;

/**
 * A reason's place in DESK_REASON_ORDER, written exactly as the index accounts_desk_rank (migration
 * 009) is, so that the planner matches the two.
 */
export const deskReasonRank = () =>
  sql<number>`coalesce(array_position(array[${sql.join(DESK_REASON_ORDER.map((r) => sql.lit(r)))}]::text[], a.reason) - 1, ${sql.lit(DESK_REASON_ORDER.length)})`;

export interface AccountOrder {
  /** Sort keys, ascending, the id last: `order by k1, k2, …` (or each `desc` when `desc`). */
  keys: RawBuilder<unknown>[];
  desc: boolean;
}

/**
 * A contract sort as keys (a descending sort is the ascending one reversed, ties included, as the
 * demo does). Every sort ends with the id, so that a row comparison on the keys continues a page.
 */
export function accountOrder(
  sort: AccountSort = 'name',
  today: string,
  { unconvertedOnly = false }: { unconvertedOnly?: boolean } = {},
): AccountOrder {
  const desc = sort.startsWith('-');
  const field = desc ? sort.slice(1) : sort;
  const id = sql`a.id`;
  switch (field) {
    case 'desk': {
      const byReason = deskReasonRank();
      // A list of unconverted citizens only ranks by reason: the expression of the index
      // accounts_desk_rank (migration 009), so that its first page is read from it.
      const rank = unconvertedOnly
        ? byReason
        : sql<number>`(case when ${statusIs('unconverted', today)} then ${byReason}
            else ${sql.lit(DESK_REASON_ORDER.length)} end)`;
      // Most recently seen first: the day as a negative number keeps every key ascending.
      return { keys: [rank, sql`(date '1970-01-01' - a.last_seen_on)`, id], desc: false };
    }
    case 'registeredOn':
      return { keys: [sql`a.registered_on`, id], desc };
    case 'lastSeenOn':
      return { keys: [sql`a.last_seen_on`, id], desc };
    case 'commune':
      return { keys: [sql`a.commune_ord`, id], desc };
    default:
      return { keys: [sql`a.sort_name`, id], desc };
  }
}

/** `order by …` for an order. */
export const orderBySql = (order: AccountOrder) =>
  sql.join(
    order.keys.map((k) => (order.desc ? sql`${k} desc` : k)),
    sql`, `,
  );

/** Where-clause: rows after `last` (the keys' values of the previous batch's last row). */
export function afterSql(order: AccountOrder, last: readonly unknown[]): RawBuilder<SqlBool> {
  const keys = sql.join(order.keys);
  const values = sql.join(last.map((v) => sql`${v}`));
  return order.desc ? sql<SqlBool>`(${keys}) < (${values})` : sql<SqlBool>`(${keys}) > (${values})`;
}
