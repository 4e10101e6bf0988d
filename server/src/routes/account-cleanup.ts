/**
 * Cleaning up accounts: an identity check asked of the police, merging duplicates, closing and
 * reopening, as the demo's rules (mocks/db/account-rules.ts).
 */
import { daysBetween } from '../../../src/lib/dates';
import { conflict, invalidField } from '../http/problem';
import type { Handlers } from '../http/routing';
import { accountDetail } from '../services/account-detail';
import { addEvent, lastEventDay, lock } from '../services/account-events';
import { accountInScope } from '../services/account-scope';

/** A closed account can be reopened for this many days. */
const REOPEN_DAYS = 30;

export const accountCleanupRoutes: Handlers = {
  requestIdentityCheck: async (ctx) => {
    const { services, require, req } = ctx;
    const user = await require('accounts:act');
    const { params, body } = ctx;
    const note = body.note.trim();
    if (!note) throw invalidField('note', 'required');
    const row = await accountInScope(services, user, params.id);
    if (row.status !== 'unconverted' || row.reason !== 'id_mismatch') {
      throw conflict(
        'Only unconverted accounts whose number does not match the population database go to the police.',
      );
    }
    await services.db.transaction().execute(async (trx) => {
      await lock(trx, params.id);
      if (await lastEventDay(trx, params.id, 'identity-check'))
        throw conflict('A check has already been requested for this account.');
      await addEvent(trx, services, {
        accountId: params.id,
        type: 'identity-check',
        username: user.username,
        details: { note },
      });
    });
    await services.audit.write(
      user,
      { action: 'account.identity-check', targets: [params.id] },
      req.ip,
    );
    return accountDetail(services, user, params.id);
  },

  mergeAccounts: async (ctx) => {
    const { services, require, req } = ctx;
    const user = await require('accounts:clean');
    const { params, body } = ctx;
    const keep = await accountInScope(services, user, params.id);
    // Each account to merge must be one the user may see (404 otherwise, as for an unknown id).
    const others: (typeof keep)[] = [];
    for (const id of body.others) others.push(await accountInScope(services, user, id));
    const original = keep.duplicate_of ?? keep.id;
    const duplicate = (o: typeof keep) =>
      o.id !== keep.id && (o.id === original || o.duplicate_of === original);
    if (others.some((o) => !duplicate(o))) throw invalidField('others');
    if (keep.state !== 'active') throw conflict('The account to keep is closed or merged.');
    if (others.some((o) => o.state !== 'active'))
      throw conflict('An account to merge is already closed or merged.');
    await services.db.transaction().execute(async (trx) => {
      for (const o of others) {
        await lock(trx, o.id);
        const changed = await trx
          .updateTable('accounts')
          .set({ state: 'merged' })
          .where('id', '=', o.id)
          .where('state', '=', 'active')
          .returning('id')
          .executeTakeFirst();
        // (By the row returned: PGlite's driver reports no affected-row counts.)
        if (!changed) throw conflict('An account to merge is already closed or merged.');
        await addEvent(trx, services, {
          accountId: o.id,
          type: 'merged',
          username: user.username,
          details: { into: keep.id },
        });
      }
      await addEvent(trx, services, {
        accountId: keep.id,
        type: 'merged',
        username: user.username,
        details: { kept: true, others: body.others.join(', ') },
      });
    });
    await services.audit.write(
      user,
      { action: 'account.merge', targets: [params.id, ...body.others] },
      req.ip,
    );
    return accountDetail(services, user, keep.id);
  },

  closeAccount: async (ctx) => {
    const { services, require, req } = ctx;
    const user = await require('accounts:clean');
    const { params, body } = ctx;
    await accountInScope(services, user, params.id);
    await services.db.transaction().execute(async (trx) => {
      const changed = await trx
        .updateTable('accounts')
        .set({ state: 'closed' })
        .where('id', '=', params.id)
        .where('state', '=', 'active')
        .returning('id')
        .executeTakeFirst();
      if (!changed) throw conflict('The account is already closed or merged.');
      await addEvent(trx, services, {
        accountId: params.id,
        type: 'closed',
        username: user.username,
        details: { reason: body.reason, note: body.note?.trim() || null },
      });
    });
    await services.audit.write(
      user,
      { action: 'account.close', targets: [params.id], details: { reason: body.reason } },
      req.ip,
    );
    return accountDetail(services, user, params.id);
  },

  reopenAccount: async (ctx) => {
    const { services, require, req } = ctx;
    const user = await require('accounts:clean');
    const { params } = ctx;
    const row = await accountInScope(services, user, params.id);
    const today = services.clock.today();
    await services.db.transaction().execute(async (trx) => {
      await lock(trx, params.id);
      const closed = await lastEventDay(trx, params.id, 'closed');
      if (row.state !== 'closed' || !closed) throw conflict('The account is not closed.');
      if (daysBetween(closed, today) > REOPEN_DAYS)
        throw conflict(`Closed more than ${REOPEN_DAYS} days ago: it can no longer be reopened.`);
      const changed = await trx
        .updateTable('accounts')
        .set({ state: 'active' })
        .where('id', '=', params.id)
        .where('state', '=', 'closed')
        .returning('id')
        .executeTakeFirst();
      if (!changed) throw conflict('The account is not closed.');
      await addEvent(trx, services, {
        accountId: params.id,
        type: 'reopened',
        username: user.username,
      });
    });
    await services.audit.write(user, { action: 'account.reopen', targets: [params.id] }, req.ip);
    return accountDetail(services, user, params.id);
  },
};
