/**
 * An account's history (account_events) as the actions write and read it, and the row lock that
 * keeps two officers acting on one account at once from both succeeding.
 */
import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema';
import type { Services } from '.';

type EventDetails = Record<string, string | number | boolean | null>;

/** One event in an account's history, at the business day's now. */
export async function addEvent(
  db: Services['db'] | Transaction<DB>,
  services: Services,
  event: { accountId: string; type: string; username: string; details?: EventDetails },
) {
  return db
    .insertInto('account_events')
    .values({
      account_id: event.accountId,
      at: services.clock.now(),
      type: event.type,
      username: event.username,
      details: JSON.stringify(event.details ?? {}),
    })
    .returning(['id', 'at'])
    .executeTakeFirstOrThrow();
}

/** The day (Vietnam) of the account's latest event of a type, or null. */
export async function lastEventDay(
  db: Services['db'] | Transaction<DB>,
  accountId: string,
  type: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('account_events as e')
    .select(sql<string | null>`max((e.at at time zone 'Asia/Ho_Chi_Minh')::date)`.as('day'))
    .where('e.account_id', '=', accountId)
    .where('e.type', '=', type)
    .executeTakeFirst();
  return row?.day ?? null;
}

/** Lock an account's row for the rest of the transaction (two officers acting at once). */
export async function lock(trx: Transaction<DB>, id: string): Promise<void> {
  await trx.selectFrom('accounts').select('id').where('id', '=', id).forUpdate().execute();
}
