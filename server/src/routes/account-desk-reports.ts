/**
 * A counter visit (with its outcome; "linked" makes a "linked at the desk" report that waits for
 * the nightly sync) and the withdrawal of a pending report, as the demo's rules
 * (mocks/db/account-rules.ts).
 */
import { canWithdrawDeskReport, demoSyncConfirms, syncDayOf } from '../../../src/lib/desk-report';
import { conflict, forbidden, invalidField } from '../http/problem';
import type { Handlers } from '../http/routing';
import { accountDetail } from '../services/account-detail';
import { addEvent, lock } from '../services/account-events';
import { accountInScope } from '../services/account-scope';
import { reportStateOf } from '../services/account-status';

export const deskReportRoutes: Handlers = {
  recordVisit: async (ctx) => {
    const { services, require, req } = ctx;
    const user = await require('accounts:act');
    const { params, body } = ctx;
    const row = await accountInScope(services, user, params.id);
    if (row.status !== 'unconverted') {
      throw conflict(`The account is ${row.status}: there is nothing to link.`);
    }
    const note = body.note?.trim() || null;
    const details = { outcome: body.outcome, note };
    if (body.outcome === 'linked' && body.confirmAccountId !== params.id)
      throw invalidField('confirmAccountId', 'required');
    await services.db.transaction().execute(async (trx) => {
      await lock(trx, params.id);
      const event = await addEvent(trx, services, {
        accountId: params.id,
        type: 'visit',
        username: user.username,
        details,
      });
      if (body.outcome !== 'linked') return;
      // The officer's word, not VNeID's: the account waits for the sync to confirm the link. On a
      // demo database the sync's verdict is the demo's (demoSyncConfirms); a confirmation converts
      // the account on the sync's day, so the figures count it from then.
      const today = services.clock.today();
      const confirms = demoSyncConfirms(params.id, today);
      const syncDay = syncDayOf(today);
      const converts = confirms && (row.converted_on === null || row.converted_on > syncDay);
      await trx
        .insertInto('desk_reports')
        .values({
          id: `DR${event.id}`,
          account_id: params.id,
          reported_on: today,
          reported_at: event.at,
          reported_by: user.username,
          sync_confirms: confirms,
          converted_on_before: row.converted_on,
          converts,
        })
        .execute();
      if (converts) {
        await trx
          .updateTable('accounts')
          .set({ converted_on: syncDay })
          .where('id', '=', params.id)
          .execute();
      }
    });
    await services.audit.write(
      user,
      { action: 'account.visit', targets: [params.id], details: { outcome: body.outcome } },
      req.ip,
    );
    return accountDetail(services, user, params.id);
  },

  withdrawDeskReport: async (ctx) => {
    const { services, require, req } = ctx;
    const user = await require('accounts:view');
    const { params, body } = ctx;
    const reason = body.reason.trim();
    if (!reason) throw invalidField('reason', 'required');
    await accountInScope(services, user, params.id);
    const today = services.clock.today();
    const report = await services.db
      .selectFrom('desk_reports')
      .selectAll()
      .where('account_id', '=', params.id)
      .where('reported_on', '<=', today)
      .orderBy('reported_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    const state = report ? reportStateOf(report, today) : null;
    if (!report || state !== 'pending')
      throw conflict('There is no pending desk report to withdraw.');
    if (!canWithdrawDeskReport(user, { reportedBy: report.reported_by, state })) {
      await services.audit.write(
        user,
        {
          action: 'account.desk-report.withdraw',
          targets: [params.id],
          details: { reportedBy: report.reported_by },
          outcome: 'refused',
        },
        req.ip,
      );
      throw forbidden('Only the officer who made the report or a system admin may withdraw it.');
    }
    await services.db.transaction().execute(async (trx) => {
      await lock(trx, params.id);
      await trx
        .updateTable('desk_reports')
        .set({
          withdrawn_on: today,
          withdrawn_at: services.clock.now(),
          withdrawn_by: user.username,
          withdraw_reason: reason,
        })
        .where('id', '=', report.id)
        .execute();
      // The conversion the report would have brought is undone.
      if (report.converts) {
        await trx
          .updateTable('accounts')
          .set({ converted_on: report.converted_on_before })
          .where('id', '=', params.id)
          .where('converted_on', '=', syncDayOf(report.reported_on))
          .execute();
      }
    });
    await services.audit.write(
      user,
      {
        action: 'account.desk-report.withdraw',
        targets: [params.id],
        details: { reportedBy: report.reported_by, reason },
      },
      req.ip,
    );
    return accountDetail(services, user, params.id);
  },
};
