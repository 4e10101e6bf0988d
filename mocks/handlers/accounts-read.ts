/** Reading accounts: the work list, its saved views, one account's page and its full numbers. */
import type { DemoUser } from '../db/demo-users';
import { classifyQuery, searchIsAudited } from '../../src/lib/account-search';
import { dataset } from '../db';
import { detailOf, numbersOf } from '../db/account-detail';
import { accountIdOf, matchingRows, summaryOf } from '../db/accounts-query';
import type { Dataset } from '../db/dataset';
import { todayDay } from '../db/demo-state';
import { writeAudit } from '../db/journal';
import { deleteView, saveView, viewsOf } from '../db/saved-views';
import { toFilter } from './account-filter';
import { accountOp, onAccount } from './account-op';
import { http, invalidField, notFound } from './http';

/**
 * A whole-number search by a role that may not reveal numbers is written to the audit log: who,
 * which accounts it found, what kind of number (never the number).
 */
function auditNumberSearch(user: DemoUser, q: string | undefined, ds: Dataset, rows: Int32Array) {
  const query = classifyQuery(q);
  if (query.type !== 'number' || !searchIsAudited(user.role, query)) return;
  writeAudit(user, {
    action: 'account.search-number',
    targets: Array.from(rows.subarray(0, 50), (r) => accountIdOf(ds, r)),
    details: { kind: query.kind, matched: rows.length },
  });
}

/** The list and the saved views: before `accountReadHandlers`, whose `{id}` takes any name. */
export const accountListHandlers = [
  http.get('/accounts', async (info) => {
    const { user, query: q } = await accountOp(info, 'listAccounts', 'accounts:view');
    const filter = toFilter(user, q);
    const ds = await dataset();
    const day = todayDay();
    const rows = matchingRows(ds, filter, day);
    auditNumberSearch(user, filter.q, ds, rows);
    // The contract's defaults are filled in; the generated types do not know them.
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 25;
    const start = (page - 1) * pageSize;
    const items = Array.from(rows.subarray(start, start + pageSize), (r) => summaryOf(ds, r, day));
    return info.response(200).json({ items, total: rows.length, page, pageSize });
  }),

  http.get('/accounts/views', async (info) => {
    const { user } = await accountOp(info, 'listSavedViews', 'accounts:view', { checked: false });
    return info.response(200).json({ items: viewsOf(user.username) });
  }),

  http.post('/accounts/views', async (info) => {
    const { user, body } = await accountOp(info, 'saveView', 'accounts:view');
    const name = body.name.trim();
    if (!name) invalidField('name');
    return info.response(201).json(saveView(user.username, name, body.query));
  }),

  http.delete('/accounts/views/{viewId}', async (info) => {
    const { user } = await accountOp(info, 'deleteView', 'accounts:view', { checked: false });
    if (!deleteView(user.username, info.params.viewId)) notFound('View');
    return info.response(204).empty();
  }),
];

/** One account: its page, and its full numbers (audited). */
export const accountReadHandlers = [
  http.get('/accounts/{id}', async (info) => {
    const { ds, user, row } = await onAccount(info, 'getAccount', 'accounts:view');
    return info.response(200).json(detailOf(ds, user, row));
  }),

  http.post('/accounts/{id}/reveal', async (info) => {
    const { ds, row } = await onAccount(info, 'revealAccount', 'accounts:reveal', {
      audit: 'account.reveal',
    });
    return info.response(200).json(numbersOf(ds, row));
  }),
];
