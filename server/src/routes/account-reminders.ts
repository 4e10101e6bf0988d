/**
 * Reminders: one account's (not twice within REMINDER_INTERVAL_DAYS), or many as a job that runs in
 * the background (services/reminder-jobs.ts) and is read back by its id.
 */
import { conflict, invalidField, notFound } from '../http/problem';
import type { Handlers } from '../http/routing';
import { accountDetail } from '../services/account-detail';
import { addEvent, lock } from '../services/account-events';
import { accountInScope } from '../services/account-scope';
import { readReminderJob, startReminderJob } from '../services/reminder-jobs';
import { lastReminderSql, remindedRecently, REMINDER_INTERVAL_DAYS } from '../services/reminders';

export const accountReminderRoutes: Handlers = {
  sendReminder: async (ctx) => {
    const { services, require, req } = ctx;
    const user = await require('accounts:act');
    const { params, body } = ctx;
    const row = await accountInScope(services, user, params.id);
    const today = services.clock.today();
    if (row.status !== 'unconverted')
      throw conflict('Only unconverted citizen accounts get reminders.');
    if (body.channel === 'sms' && !row.phone) throw invalidField('channel');
    const last = await services.db.transaction().execute(async (trx) => {
      await lock(trx, params.id);
      const { last } = await trx
        .selectFrom('accounts as a')
        .select(lastReminderSql.as('last'))
        .where('a.id', '=', params.id)
        .executeTakeFirstOrThrow();
      if (remindedRecently(last, today)) return last;
      await addEvent(trx, services, {
        accountId: params.id,
        type: 'reminder',
        username: user.username,
        details: { channel: body.channel },
      });
      return null;
    });
    if (last) {
      await services.audit.write(
        user,
        { action: 'account.reminder', targets: [params.id], outcome: 'refused' },
        req.ip,
      );
      throw conflict(
        `A reminder was sent on ${last}, less than ${REMINDER_INTERVAL_DAYS} days ago.`,
      );
    }
    await services.audit.write(
      user,
      { action: 'account.reminder', targets: [params.id], details: { channel: body.channel } },
      req.ip,
    );
    return accountDetail(services, user, params.id);
  },

  sendBulkReminders: async ({ body, services, require, refuse, req, reply }) => {
    const user = await require('accounts:act');
    if (Boolean(body.ids) === Boolean(body.filter)) throw invalidField('ids');
    if (body.ids && !body.ids.length) throw invalidField('ids', 'required');
    const job = await startReminderJob(services, user, body, refuse, req.ip);
    reply.code(202);
    return job;
  },

  getBulkReminderJob: async ({ params, services, require }) => {
    const user = await require('accounts:act');
    const job = await readReminderJob(services, user, params.jobId);
    if (!job) throw notFound('Job');
    return job;
  },
};
