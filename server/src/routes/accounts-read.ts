/**
 * The accounts read side: the work list (search, filters, sort and page in SQL), one account's
 * page, reveal; with the export (accounts-export.ts) and saved views (saved-views.ts), gathered in
 * `accountsReadRoutes`. Answers equal the demo backend's (mocks/handlers/accounts-read.ts and
 * accounts-bulk.ts) for the seeded data; the rules they share live in src/lib (account-search,
 * account-export, desk-report) and server/src/services (accounts.ts and the modules it gathers,
 * account-detail.ts, account-export.ts).
 */
import { sql, type SqlBool } from 'kysely';
import { searchIsAudited } from '../../../src/lib/account-search';
import type { Handlers } from '../http/routing';
import type { Services } from '../services';
import { countAccounts } from '../services/account-count';
import { detailOf } from '../services/account-detail';
import { accountFilter, searchIsNarrow, type AccountFilter } from '../services/account-filter';
import { accountOrder, orderBySql, type AccountOrder } from '../services/account-order';
import { summaryColumns, toSummary, type AccountRow } from '../services/account-rows';
import { accountInScope } from '../services/account-scope';
import type { SessionUser } from '../services/users';
import { accountsExportRoutes } from './accounts-export';
import { savedViewsRoutes } from './saved-views';

/** (Kept here for the modules that import it from this path.) */
export { EXPORT_BATCH } from '../services/account-export';

/** One page of a filtered, ordered list: the summaries' rows. */
function pageQuery(
  services: Services,
  filter: AccountFilter,
  order: AccountOrder,
  today: string,
  limit: number,
  offset = 0,
) {
  return services.db
    .selectFrom('accounts as a')
    .select(summaryColumns(today))
    .where(filter.where)
    .orderBy(orderBySql(order))
    .limit(limit)
    .offset(offset);
}

/**
 * A whole-number search by a role that may not reveal numbers is audited: the matching ids (at
 * most 50, in list order) and the kind of number, never the number.
 */
async function auditNumberSearch(
  services: Services,
  user: SessionUser,
  filter: AccountFilter,
  order: AccountOrder,
  total: number,
  ip: string,
) {
  const query = filter.query;
  if (query.type !== 'number' || !searchIsAudited(user.role, query)) return;
  const ids = await services.db
    .selectFrom('accounts as a')
    .select('a.id')
    .where(filter.where)
    .orderBy(orderBySql(order))
    .limit(50)
    .execute();
  await services.audit.write(
    user,
    {
      action: 'account.search-number',
      targets: ids.map((r) => r.id),
      details: { kind: query.kind, matched: total },
    },
    ip,
  );
}

export const accountsReadRoutes: Handlers = {
  listAccounts: async ({ query, services, require, refuse, req }) => {
    const user = await require('accounts:view');
    const today = services.clock.today();
    const filter = await accountFilter(services, user, query, refuse);
    const order = accountOrder(query.sort, today, filter);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const offset = (page - 1) * pageSize;
    let rows: AccountRow[];
    let total: number;
    if (searchIsNarrow(filter.query)) {
      // The matches numbered in the list's order, each carrying their count: the page's rows, and
      // the first match besides (for the count when the page lies past the last match).
      const numbered = services.db
        .selectFrom('accounts as a')
        .select(summaryColumns(today))
        .select([
          sql<number>`count(*) over ()`.as('matches'),
          sql<number>`row_number() over (order by ${orderBySql(order)})`.as('rn'),
        ])
        .where(filter.where);
      const found = await services.db
        .selectFrom(numbered.as('m'))
        .selectAll()
        .where(sql<SqlBool>`(m.rn > ${offset} and m.rn <= ${offset + pageSize}) or m.rn = 1`)
        .orderBy('m.rn')
        .execute();
      rows = found.filter((r) => r.rn > offset);
      total = found[0]?.matches ?? 0;
    } else {
      [rows, total] = await Promise.all([
        pageQuery(services, filter, order, today, pageSize, offset).execute(),
        countAccounts(services, filter),
      ]);
    }
    await auditNumberSearch(services, user, filter, order, total, req.ip);
    return { items: rows.map((r) => toSummary(r, today)), total, page, pageSize };
  },

  getAccount: async ({ params, services, require }) => {
    const user = await require('accounts:view');
    const row = await accountInScope(services, user, params.id);
    return detailOf(services, user, row);
  },

  revealAccount: async ({ params, services, require, req }) => {
    const user = await require('accounts:reveal');
    const row = await accountInScope(services, user, params.id);
    await services.audit.write(user, { action: 'account.reveal', targets: [params.id] }, req.ip);
    return { identityNumber: row.identity_number, phone: row.phone };
  },

  ...accountsExportRoutes,
  ...savedViewsRoutes,
};
