/**
 * The accounts' actions: counter visits (and "linked at the desk" reports and their withdrawal),
 * identity checks, merges, closing and reopening, reminders (one, or many as a job), and accounts
 * opened at the desk. Answers and effects equal the demo backend's (mocks/handlers/accounts-*.ts
 * with the rules of mocks/db/account-rules.ts, mocks/handlers/account-creation.ts): every action
 * writes the account's history (account_events) and the audit log as the demo does, and the
 * aggregates the statistics read (account_daily) follow the accounts' rows through their trigger
 * (migration 002). A handler reads `params` and `body`
 * after `require(…)`: they are validated on first use, and the permission is checked first (as the
 * demo backend does).
 */
import { sql, type Transaction } from 'kysely';
import { problemTypes } from '../../../src/api/errors';
import type { components } from '../../../src/api/schema';
import { mask } from '../../../src/lib/account-search';
import { canWithdrawDeskReport, demoSyncConfirms, syncDayOf } from '../../../src/lib/desk-report';
import { policyRules } from '../../../src/lib/policy-rules';
import { foldVietnamese } from '../../../src/lib/text';
import type { DB } from '../db/schema';
import { conflict, forbidden, invalidField, notFound, problem } from '../http/problem';
import type { Ctx, EarlyChecks, EarlyCtx, Handlers, OperationId } from '../http/routing';
import type { Services } from '../services';
import { accountInScope, reportStateOf, unitIndex } from '../services/accounts';
import { daysBetween } from '../../../src/lib/dates';
import {
  lastReminderSql,
  readReminderJob,
  remindedRecently,
  REMINDER_INTERVAL_DAYS,
  startReminderJob,
} from '../services/reminder-jobs';
import type { SessionUser } from '../services/users';
import { accountsReadRoutes } from './accounts-read';

type AccountDetail = components['schemas']['AccountDetail'];
type CreatedAccount = components['schemas']['CreatedAccount'];
type EventDetails = Record<string, string | number | boolean | null>;

/** A closed account can be reopened for this many days. */
const REOPEN_DAYS = 30;

/** The account as its page shows it (the read side's getAccount, for a user already checked). */
async function detail(
  ctx: Ctx<OperationId>,
  user: SessionUser,
  id: string,
): Promise<AccountDetail> {
  const getAccount = accountsReadRoutes.getAccount!;
  const answer = await getAccount({
    ...(ctx as unknown as Ctx<'getAccount'>),
    params: { id },
    require: () => Promise.resolve(user),
    user: () => Promise.resolve(user),
  });
  return answer!;
}

/** One event in an account's history, at the business day's now. */
async function addEvent(
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
async function lastEventDay(
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
async function lock(trx: Transaction<DB>, id: string): Promise<void> {
  await trx.selectFrom('accounts').select('id').where('id', '=', id).forUpdate().execute();
}

/** A dated rule of the policy as the server applies it today. */
function ruleInForce(services: Services, key: components['schemas']['PolicyRuleKey']) {
  const rule = policyRules.find((r) => r.key === key);
  if (!rule) return { inForce: false, since: null };
  const today = services.clock.today();
  return {
    inForce: today >= rule.effectiveFrom && (!rule.effectiveUntil || today <= rule.effectiveUntil),
    since: rule.effectiveFrom,
  };
}

/** The commune's district, checked against the user's scope (403 outside it, audited). */
async function communeInScope(ctx: Ctx<OperationId>, user: SessionUser, code: string) {
  const units = await unitIndex(ctx.services);
  const commune = units.communes.get(code);
  if (!commune) throw invalidField('communeCode');
  if (user.scopeDistrictCode && user.scopeDistrictCode !== commune.districtCode)
    await ctx.refuse(user, 'The commune lies outside your unit.');
  return commune.districtCode;
}

/** A desk account's id: DN/CD and the next number of its kind. */
async function nextDeskId(trx: Transaction<DB>, kind: 'organisation' | 'citizen') {
  const seq = kind === 'organisation' ? 'desk_organisation_ids' : 'desk_citizen_ids';
  const { rows } = await sql<{ n: number }>`select nextval(${seq}::regclass) as n`.execute(trx);
  return `${kind === 'organisation' ? 'DN' : 'CD'}${String(rows[0]!.n).padStart(7, '0')}`;
}

/** Insert an account opened at the desk (it joins the list, search, page and figures). */
async function insertDeskAccount(
  trx: Transaction<DB>,
  services: Services,
  a: {
    id: string;
    kind: 'organisation' | 'citizen';
    name: string;
    identityNumber: string;
    phone: string;
    communeCode: string;
    districtCode: string;
    taxCode: string | null;
    createdBy: string;
  },
) {
  const today = services.clock.today();
  await trx
    .insertInto('accounts')
    .values({
      id: a.id,
      kind: a.kind,
      display_name: a.name,
      name_folded: foldVietnamese(a.name),
      identity_number: a.identityNumber,
      phone: a.phone,
      birth_year: null,
      commune_code: a.communeCode,
      district_code: a.districtCode,
      source: 'desk',
      // A citizen account opened at the desk waits for its owner to link VNeID (as the demo).
      reason: a.kind === 'citizen' ? 'verified_not_linked' : null,
      registered_on: today,
      last_seen_on: today,
      converted_on: null,
      duplicate_of: null,
      tax_code: a.taxCode,
      created_by: a.createdBy,
    })
    .execute();
}

/** From the removal day: audit the attempt and answer 410 Gone with the day and the reason. */
async function refuseIfRemoved(ctx: EarlyCtx, user: SessionUser, via: 'api' | 'form') {
  const removed = ruleInForce(ctx.services, 'citizen_account_creation_removed');
  if (!removed.inForce) return;
  await ctx.services.audit.write(
    user,
    {
      action: 'account.create-citizen.refused',
      details: { since: removed.since, via },
      outcome: 'refused',
    },
    ctx.req.ip,
  );
  throw problem(410, problemTypes.gone, 'Function removed', {
    since: removed.since ?? undefined,
    detail:
      'One-stop officers no longer create citizen accounts: citizens register and sign in with VNeID only (letter 3701/VPCP-KSTT).',
  });
}

export const accountsActionsRoutes: Handlers = {
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
    return detail(ctx, user, params.id);
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
    return detail(ctx, user, params.id);
  },

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
    return detail(ctx, user, params.id);
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
    return detail(ctx, user, keep.id);
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
    return detail(ctx, user, params.id);
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
    return detail(ctx, user, params.id);
  },

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
    return detail(ctx, user, params.id);
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

  createOrganisationAccount: async (ctx) => {
    const { services, require, req, reply } = ctx;
    const user = await require('accounts:create');
    const { body } = ctx;
    const districtCode = await communeInScope(ctx, user, body.communeCode);
    const name = body.name.trim();
    if (!name) throw invalidField('name', 'required');
    const taken = () =>
      conflict(`An account with tax code ${body.taxCode} was already opened at the desk.`);
    const exists = await services.db
      .selectFrom('accounts')
      .select('id')
      .where('tax_code', '=', body.taxCode)
      .where('source', '=', 'desk')
      .executeTakeFirst();
    if (exists) throw taken();
    const account: CreatedAccount = await services.db
      .transaction()
      .execute(async (trx) => {
        const id = await nextDeskId(trx, 'organisation');
        await insertDeskAccount(trx, services, {
          id,
          kind: 'organisation',
          name,
          identityNumber: body.representative.identityNumber,
          phone: body.representative.phone,
          communeCode: body.communeCode,
          districtCode,
          taxCode: body.taxCode,
          createdBy: user.username,
        });
        return {
          id,
          kind: 'organisation' as const,
          displayName: name,
          taxCode: body.taxCode,
          identityNumberMasked: mask(body.representative.identityNumber),
          districtCode,
          communeCode: body.communeCode,
          createdOn: services.clock.today(),
          createdBy: user.username,
        };
      })
      .catch((error: unknown) => {
        // Two desks registering the same tax code at once: the unique index decides.
        if (String((error as { code?: string }).code) === '23505') throw taken();
        throw error;
      });
    await services.audit.write(
      user,
      {
        action: 'account.create-organisation',
        targets: [account.id],
        details: { taxCode: body.taxCode },
      },
      req.ip,
    );
    reply.code(201);
    return account;
  },

  createCitizenAccount: async (ctx) => {
    const { services, require, req, reply } = ctx;
    // (Once removed, the early check below has answered 410 before the body was validated.)
    const user = await require('accounts:create');
    const { body } = ctx;
    if (body.birthDate > services.clock.today()) throw invalidField('birthDate', 'too_big');
    const districtCode = await communeInScope(ctx, user, body.communeCode);
    const name = body.fullName.trim();
    if (!name) throw invalidField('fullName', 'required');
    const account: CreatedAccount = await services.db.transaction().execute(async (trx) => {
      const id = await nextDeskId(trx, 'citizen');
      await insertDeskAccount(trx, services, {
        id,
        kind: 'citizen',
        name,
        identityNumber: body.identityNumber,
        phone: body.phone,
        communeCode: body.communeCode,
        districtCode,
        taxCode: null,
        createdBy: user.username,
      });
      return {
        id,
        kind: 'citizen' as const,
        displayName: name,
        taxCode: null,
        identityNumberMasked: mask(body.identityNumber),
        districtCode,
        communeCode: body.communeCode,
        createdOn: services.clock.today(),
        createdBy: user.username,
      };
    });
    await services.audit.write(
      user,
      { action: 'account.create-citizen', targets: [account.id] },
      req.ip,
    );
    reply.code(201);
    return account;
  },

  openCitizenAccountForm: async (ctx) => {
    await refuseIfRemoved(ctx, await ctx.user(), 'form');
    return undefined;
  },
};

export const accountsActionsEarlyChecks: EarlyChecks = {
  // Signed in, whatever the role and the body: a removed function is gone for everyone, and the
  // attempt counts.
  createCitizenAccount: async (ctx) => refuseIfRemoved(ctx, await ctx.user(), 'api'),
};
