/**
 * The accounts a user may see: their district (or the whole province), registered by the business
 * day. An account outside the scope answers 404, exactly as an unknown one (no hint that it exists).
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { notFound } from '../http/problem';
import type { Services } from '.';
import { statusSql } from './account-status';
import type { SessionUser } from './users';

/** Where-clause: the accounts the user may see on `today` (their district; registered by today). */
export function scopeSql(user: SessionUser, today: string): RawBuilder<SqlBool> {
  const exists = sql<SqlBool>`a.registered_on <= ${today}::date`;
  return user.scopeDistrictCode
    ? sql<SqlBool>`(${exists} and a.district_code = ${user.scopeDistrictCode})`
    : exists;
}

/** Whether the user's scope includes a district. */
export const inScope = (user: SessionUser, districtCode: string) =>
  !user.scopeDistrictCode || user.scopeDistrictCode === districtCode;

/**
 * One account the user may see, with every column and its status on the business day; 404 when it
 * does not exist, lies outside the user's scope or was registered after today (as the demo).
 */
export async function accountInScope(services: Services, user: SessionUser, id: string) {
  const today = services.clock.today();
  const row = await services.db
    .selectFrom('accounts as a')
    .selectAll('a')
    .select(statusSql(today).as('status'))
    .where('a.id', '=', id)
    .where(scopeSql(user, today))
    .executeTakeFirst();
  if (!row) throw notFound('Account');
  return row;
}
