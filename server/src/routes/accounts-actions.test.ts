/**
 * The accounts' actions on the server: each action's answer and effects (history, audit log, the
 * figures' aggregates in account_daily), the user's scope, the reminder interval, and bulk
 * reminders as a job that other requests do not wait for.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '../../../src/api/schema';
import { demoSyncConfirms } from '../../../src/lib/desk-report';
import { statusSql } from '../services/accounts';
import { settleReminderJobs } from '../services/reminder-jobs';
import { BUSINESS_DATE, startTestApp, type TestApp } from '../../test/app';

type AccountDetail = components['schemas']['AccountDetail'];
type BulkReminderJob = components['schemas']['BulkReminderJob'];

let t: TestApp;
const cookies: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestApp();
  for (const u of ['officer.vietyen', 'officer.center', 'head.ict', 'admin.ict'])
    cookies[u] = await t.signIn(u);
}, 180_000);
afterAll(async () => {
  await settleReminderJobs(t.services);
  await t.close();
});

const TODAY = BUSINESS_DATE;
const TOMORROW = '2024-06-21';

const call = (method: string, path: string, options: { cookie?: string; body?: unknown }) =>
  t.call(method, path, options);
async function post(user: string, path: string, body?: unknown) {
  const res = await call('POST', path, { cookie: cookies[user], body: body ?? {} });
  return { status: res.statusCode, json: res.body ? res.json<unknown>() : undefined };
}
async function get(user: string, path: string) {
  const res = await call('GET', path, { cookie: cookies[user] });
  return { status: res.statusCode, json: res.json<unknown>() };
}

/** Accounts by a condition on `accounts as a` (with `status` as of today), first by id. */
async function accounts(
  where: ReturnType<typeof sql<boolean>>,
  limit = 1,
): Promise<{ id: string; commune_code: string; status: string; phone: string | null }[]> {
  return t.services.db
    .selectFrom('accounts as a')
    .select(['a.id', 'a.commune_code', 'a.phone', statusSql(TODAY).as('status')])
    .where(sql<boolean>`a.registered_on <= ${TODAY}::date`)
    .where(where)
    .orderBy('a.id')
    .limit(limit)
    .execute();
}
const unconverted = sql<boolean>`(a.state = 'active' and a.kind = 'citizen'
  and (a.converted_on is null or a.converted_on > ${TODAY}::date))`;
/** Ids already used by a test, so that each test acts on accounts of its own. */
const used = new Set<string>();
async function freshUnconverted(district: string, extra = sql<boolean>`true`) {
  const rows = await accounts(
    sql<boolean>`${unconverted} and a.district_code = ${district} and ${extra}
      and not exists (select 1 from account_events e where e.account_id = a.id)`,
    200,
  );
  const row = rows.find((r) => !used.has(r.id))!;
  used.add(row.id);
  return row;
}

/** The figures' aggregates for a commune: accounts counted, and converted by a day. */
async function figures(commune: string, day = TOMORROW) {
  const r = await t.services.db
    .selectFrom('account_daily')
    .select([
      sql<number>`coalesce(sum(accounts), 0)`.as('total'),
      sql<number>`coalesce(sum(accounts) filter (where converted_on <= ${day}::date), 0)`.as(
        'converted',
      ),
    ])
    .where('commune_code', '=', commune)
    .executeTakeFirstOrThrow();
  return { total: Number(r.total), converted: Number(r.converted) };
}

async function audit(action: string) {
  return t.services.db
    .selectFrom('audit_log')
    .select(['username', 'targets', 'details', 'outcome'])
    .where('action', '=', action)
    .orderBy('id', 'desc')
    .execute();
}

describe('counter visits and desk reports', () => {
  it('records an outcome in the history and the audit log', async () => {
    const a = await freshUnconverted('222');
    const res = await post('officer.vietyen', `/accounts/${a.id}/visits`, {
      outcome: 'come_back_later',
      note: ' Mang CCCD lần sau ',
    });
    expect(res.status).toBe(200);
    const detail = res.json as AccountDetail;
    expect(detail.status).toBe('unconverted');
    expect(detail.history.at(-1)).toMatchObject({
      type: 'visit',
      username: 'officer.vietyen',
      details: { outcome: 'come_back_later', note: 'Mang CCCD lần sau' },
    });
    expect((await audit('account.visit'))[0]).toMatchObject({
      username: 'officer.vietyen',
      targets: [a.id],
      details: { outcome: 'come_back_later' },
    });
  });

  it('"linked" asks for the account id, reports rather than converts, and the sync day counts it', async () => {
    // An account the demo's sync confirms, so that the report converts it on the next day.
    let a = await freshUnconverted('222');
    while (!demoSyncConfirms(a.id, TODAY)) a = await freshUnconverted('222');
    const before = await figures(a.commune_code);
    const beforeToday = await figures(a.commune_code, TODAY);
    const missing = await post('officer.vietyen', `/accounts/${a.id}/visits`, {
      outcome: 'linked',
    });
    expect(missing.status).toBe(400);
    expect(missing.json).toMatchObject({ errors: [{ field: 'confirmAccountId' }] });
    const res = await post('officer.vietyen', `/accounts/${a.id}/visits`, {
      outcome: 'linked',
      confirmAccountId: a.id,
    });
    expect(res.status).toBe(200);
    const detail = res.json as AccountDetail;
    expect(detail).toMatchObject({ status: 'reported_at_desk', convertedOn: null });
    expect(detail.deskReport).toMatchObject({
      state: 'pending',
      reportedBy: 'officer.vietyen',
      reportedOn: TODAY,
      canWithdraw: true,
    });
    // Converted from the sync's day in the figures, not today.
    expect(await figures(a.commune_code, TODAY)).toEqual(beforeToday);
    const after = await figures(a.commune_code);
    expect(after).toEqual({ total: before.total, converted: before.converted + 1 });
    // A second visit: the account is no longer unconverted.
    const again = await post('officer.vietyen', `/accounts/${a.id}/visits`, {
      outcome: 'declined',
    });
    expect(again.status).toBe(409);

    // Withdrawal: not by another officer (403, audited), by the author with a reason.
    const other = await post('officer.center', `/accounts/${a.id}/desk-report/withdraw`, {
      reason: 'Nhầm',
    });
    expect(other.status).toBe(403);
    expect((await audit('account.desk-report.withdraw'))[0]).toMatchObject({
      username: 'officer.center',
      outcome: 'refused',
    });
    const blank = await post('officer.vietyen', `/accounts/${a.id}/desk-report/withdraw`, {
      reason: '   ',
    });
    expect(blank.status).toBe(400);
    const withdrawn = await post('officer.vietyen', `/accounts/${a.id}/desk-report/withdraw`, {
      reason: 'Ghi nhầm tài khoản',
    });
    expect(withdrawn.status).toBe(200);
    const w = withdrawn.json as AccountDetail;
    expect(w.status).toBe('unconverted');
    expect(w.deskReport).toMatchObject({
      state: 'withdrawn',
      withdrawReason: 'Ghi nhầm tài khoản',
      resolvedOn: TODAY,
    });
    expect(w.history.at(-1)).toMatchObject({
      type: 'desk-report-withdrawn',
      username: 'officer.vietyen',
      details: { reportedBy: 'officer.vietyen', reason: 'Ghi nhầm tài khoản' },
    });
    expect(await figures(a.commune_code)).toEqual(before);
    expect((await audit('account.desk-report.withdraw'))[0]).toMatchObject({
      username: 'officer.vietyen',
      outcome: 'ok',
      details: { reportedBy: 'officer.vietyen', reason: 'Ghi nhầm tài khoản' },
    });
    const twice = await post('officer.vietyen', `/accounts/${a.id}/desk-report/withdraw`, {
      reason: 'Lần nữa',
    });
    expect(twice.status).toBe(409);
  });
});

describe('identity checks', () => {
  it('go to the police once, for id_mismatch accounts only', async () => {
    const a = await freshUnconverted('222', sql<boolean>`a.reason = 'id_mismatch'`);
    const res = await post('officer.vietyen', `/accounts/${a.id}/identity-checks`, {
      note: 'Sai ngày sinh',
    });
    expect(res.status).toBe(200);
    expect((res.json as AccountDetail).history.at(-1)).toMatchObject({
      type: 'identity-check',
      details: { note: 'Sai ngày sinh' },
    });
    expect((await audit('account.identity-check'))[0]!.targets).toEqual([a.id]);
    const again = await post('officer.vietyen', `/accounts/${a.id}/identity-checks`, {
      note: 'Lần hai',
    });
    expect(again.status).toBe(409);
    const b = await freshUnconverted('222', sql<boolean>`a.reason = 'cmnd_only'`);
    expect(
      (await post('officer.vietyen', `/accounts/${b.id}/identity-checks`, { note: 'x' })).status,
    ).toBe(409);
  });
});

describe('merge, close and reopen', () => {
  it('merges duplicates: the others leave the figures and name the kept account', async () => {
    const [keep] = await accounts(
      sql<boolean>`a.state = 'active' and a.duplicate_of is not null and a.district_code = '222'
        and exists (select 1 from accounts o where o.id = a.duplicate_of and o.state = 'active'
          and o.district_code = '222' and o.registered_on <= ${TODAY}::date)`,
    );
    const { duplicate_of: other } = await t.services.db
      .selectFrom('accounts')
      .select('duplicate_of')
      .where('id', '=', keep!.id)
      .executeTakeFirstOrThrow();
    const otherCommune = (await accounts(sql<boolean>`a.id = ${other}`))[0]!.commune_code;
    const before = await figures(otherCommune);
    // Not a duplicate of it: 400.
    const stranger = await freshUnconverted('222');
    expect(
      (await post('admin.ict', `/accounts/${keep!.id}/merge`, { others: [stranger.id] })).status,
    ).toBe(400);
    // An officer may not merge.
    expect(
      (await post('officer.vietyen', `/accounts/${keep!.id}/merge`, { others: [other] })).status,
    ).toBe(403);
    const res = await post('admin.ict', `/accounts/${keep!.id}/merge`, { others: [other] });
    expect(res.status).toBe(200);
    expect((res.json as AccountDetail).history.at(-1)).toMatchObject({
      type: 'merged',
      username: 'admin.ict',
      details: { kept: true, others: other },
    });
    const merged = (await get('admin.ict', `/accounts/${other}`)).json as AccountDetail;
    expect(merged.status).toBe('merged');
    expect(merged.history.at(-1)).toMatchObject({ type: 'merged', details: { into: keep!.id } });
    expect((await figures(otherCommune)).total).toBe(before.total - 1);
    expect((await audit('account.merge'))[0]!.targets).toEqual([keep!.id, other]);
    expect(
      (await post('admin.ict', `/accounts/${keep!.id}/merge`, { others: [other] })).status,
    ).toBe(409);
  });

  it('closes with a reason and reopens within 30 days, the figures following', async () => {
    const a = await freshUnconverted('222');
    const before = await figures(a.commune_code);
    const closed = await post('admin.ict', `/accounts/${a.id}/close`, {
      reason: 'deceased',
      note: 'Giấy chứng tử',
    });
    expect(closed.status).toBe(200);
    expect(closed.json).toMatchObject({ status: 'closed' });
    expect((closed.json as AccountDetail).history.at(-1)).toMatchObject({
      type: 'closed',
      details: { reason: 'deceased', note: 'Giấy chứng tử' },
    });
    expect((await figures(a.commune_code)).total).toBe(before.total - 1);
    expect((await audit('account.close'))[0]).toMatchObject({
      targets: [a.id],
      details: { reason: 'deceased' },
    });
    expect((await post('admin.ict', `/accounts/${a.id}/close`, { reason: 'other' })).status).toBe(
      409,
    );
    const reopened = await post('admin.ict', `/accounts/${a.id}/reopen`);
    expect(reopened.status).toBe(200);
    expect(reopened.json).toMatchObject({ status: 'unconverted' });
    expect(await figures(a.commune_code)).toEqual(before);
    expect((await audit('account.reopen'))[0]!.targets).toEqual([a.id]);
    expect((await post('admin.ict', `/accounts/${a.id}/reopen`)).status).toBe(409);

    // Closed 31 days ago: too late to reopen.
    const b = await freshUnconverted('222');
    expect((await post('admin.ict', `/accounts/${b.id}/close`, { reason: 'other' })).status).toBe(
      200,
    );
    await t.services.db
      .updateTable('account_events')
      .set({ at: sql`at - interval '31 days'` })
      .where('account_id', '=', b.id)
      .where('type', '=', 'closed')
      .execute();
    const late = await post('admin.ict', `/accounts/${b.id}/reopen`);
    expect(late.status).toBe(409);
    expect((late.json as { detail: string }).detail).toContain('30 days');
  });
});

describe('reminders', () => {
  it('not twice within 7 days; a refusal is audited', async () => {
    const a = await freshUnconverted('222');
    const first = await post('officer.vietyen', `/accounts/${a.id}/reminders`, {
      channel: 'portal',
    });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ lastReminderOn: TODAY });
    expect((first.json as AccountDetail).history.at(-1)).toMatchObject({
      type: 'reminder',
      details: { channel: 'portal' },
    });
    const second = await post('officer.vietyen', `/accounts/${a.id}/reminders`, {
      channel: 'portal',
    });
    expect(second.status).toBe(409);
    expect((await audit('account.reminder'))[0]).toMatchObject({
      targets: [a.id],
      outcome: 'refused',
    });
    // Six days later still refused, seven days later allowed.
    const shift = (days: number) =>
      t.services.db
        .updateTable('account_events')
        .set({ at: sql`at - make_interval(days => ${days})` })
        .where('account_id', '=', a.id)
        .where('type', '=', 'reminder')
        .execute();
    await shift(6);
    expect(
      (await post('officer.vietyen', `/accounts/${a.id}/reminders`, { channel: 'portal' })).status,
    ).toBe(409);
    await shift(1);
    expect(
      (await post('officer.vietyen', `/accounts/${a.id}/reminders`, { channel: 'portal' })).status,
    ).toBe(200);
  });

  it('an SMS needs a phone number; only unconverted accounts', async () => {
    const noPhone = await freshUnconverted('222', sql<boolean>`a.phone is null`);
    const sms = await post('officer.vietyen', `/accounts/${noPhone.id}/reminders`, {
      channel: 'sms',
    });
    expect(sms.status).toBe(400);
    expect(sms.json).toMatchObject({ errors: [{ field: 'channel' }] });
    const [converted] = await accounts(
      sql<boolean>`a.district_code = '222' and a.kind = 'citizen' and a.state = 'active'
        and a.converted_on <= ${TODAY}::date`,
    );
    expect(
      (await post('officer.vietyen', `/accounts/${converted!.id}/reminders`, { channel: 'portal' }))
        .status,
    ).toBe(409);
  });
});

describe('scope', () => {
  it('another district’s account does not exist for a district officer; roles are checked', async () => {
    const outside = await freshUnconverted('219');
    for (const [path, body] of [
      [`/accounts/${outside.id}/visits`, { outcome: 'declined' }],
      [`/accounts/${outside.id}/reminders`, { channel: 'portal' }],
      [`/accounts/${outside.id}/identity-checks`, { note: 'x' }],
    ] as const) {
      expect((await post('officer.vietyen', path, body)).status, path).toBe(404);
    }
    expect(
      (await post('head.ict', `/accounts/${outside.id}/reminders`, { channel: 'portal' })).status,
    ).toBe(403);
    expect(
      (
        await post('officer.vietyen', '/accounts/reminders', {
          channel: 'portal',
          filter: { district: '219' },
        })
      ).status,
    ).toBe(403);
    // Nothing was written to the account.
    const events = await t.services.db
      .selectFrom('account_events')
      .select('id')
      .where('account_id', '=', outside.id)
      .execute();
    expect(events).toEqual([]);
  });
});

describe('accounts opened at the desk', () => {
  it('an organisation account joins the list, search, page and figures', async () => {
    const commune = (await freshUnconverted('222')).commune_code;
    const before = await figures(commune);
    const body = {
      taxCode: '2400999991',
      name: 'Công ty TNHH Hợp tác xã Thử nghiệm Đông Hòa',
      address: 'Số 1, đường Thử',
      communeCode: commune,
      representative: {
        name: 'Trần Văn Bình',
        identityNumber: '024099000111',
        phone: '0912000111',
      },
    };
    const res = await post('officer.vietyen', '/accounts/organisations', body);
    expect(res.status).toBe(201);
    const created = res.json as components['schemas']['CreatedAccount'];
    expect(created).toMatchObject({
      kind: 'organisation',
      taxCode: '2400999991',
      districtCode: '222',
      createdOn: TODAY,
      createdBy: 'officer.vietyen',
    });
    expect(created.identityNumberMasked).toContain('•');
    expect(created.id).toMatch(/^DN\d{7}$/);
    expect(await figures(commune)).toEqual({
      total: before.total + 1,
      converted: before.converted,
    });
    // An organisation's name matches the folded query anywhere in it (src/lib/account-search.ts).
    const found = (await get('officer.vietyen', '/accounts?q=thu%20nghiem%20dong&pageSize=100'))
      .json as components['schemas']['AccountPage'];
    expect(found.items.map((i) => i.id)).toContain(created.id);
    const page = (await get('officer.vietyen', `/accounts/${created.id}`)).json as AccountDetail;
    expect(page).toMatchObject({
      status: 'awaiting_guidance',
      source: 'desk',
      taxCode: '2400999991',
    });
    expect(page.history[0]).toMatchObject({ type: 'registered', username: 'officer.vietyen' });
    expect((await audit('account.create-organisation'))[0]).toMatchObject({
      targets: [created.id],
      details: { taxCode: '2400999991' },
    });
    expect((await post('officer.vietyen', '/accounts/organisations', body)).status).toBe(409);
    const outside = (await freshUnconverted('219')).commune_code;
    expect(
      (
        await post('officer.vietyen', '/accounts/organisations', {
          ...body,
          taxCode: '2400999992',
          communeCode: outside,
        })
      ).status,
    ).toBe(403);
  });

  it('citizen accounts are gone from 15/06/2024, whatever the body, and every attempt is audited', async () => {
    const res = await post('officer.vietyen', '/accounts/citizens', {
      fullName: 'Nguyễn Văn Thử',
      identityNumber: '024099000222',
      birthDate: '1990-01-01',
      phone: '0912000222',
      communeCode: '07759',
    });
    expect(res.status).toBe(410);
    expect(res.json).toMatchObject({ since: '2024-06-15' });
    // Whatever the body, and whatever the role.
    const empty = await post('head.ict', '/accounts/citizens', { fullName: '' });
    expect(empty.status).toBe(410);
    const form = await get('head.ict', '/accounts/citizens/form');
    expect(form.status).toBe(410);
    const entries = await audit('account.create-citizen.refused');
    expect(entries[0]).toMatchObject({ username: 'head.ict', details: { via: 'form' } });
    expect(entries[1]).toMatchObject({ username: 'head.ict', details: { via: 'api' } });
    expect(entries[2]).toMatchObject({ username: 'officer.vietyen', details: { via: 'api' } });
    const { n } = await t.services.db
      .selectFrom('accounts')
      .select(sql<number>`count(*)`.as('n'))
      .where('id', 'like', 'CD%')
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(0);
  });
});

/** Follow a job until it ends; every state seen. */
async function follow(user: string, job: BulkReminderJob) {
  const seen = [job];
  while (job.status === 'running') {
    await new Promise((r) => setTimeout(r, 20));
    const res = await get(user, `/accounts/reminders/jobs/${job.id}`);
    expect(res.status).toBe(200);
    job = res.json as BulkReminderJob;
    seen.push(job);
  }
  return { job, seen };
}

describe('bulk reminders as a job', () => {
  it('answers 202 at once, then sends to the filter’s accounts; a second job refuses them all', async () => {
    const commune = (await freshUnconverted('222')).commune_code;
    const filter = { commune, reason: 'cmnd_only' };
    const list = (await get('officer.vietyen', `/accounts?commune=${commune}&reason=cmnd_only`))
      .json as components['schemas']['AccountPage'];
    expect(list.total).toBeGreaterThan(0);
    const started = await post('officer.vietyen', '/accounts/reminders', {
      channel: 'portal',
      filter,
    });
    expect(started.status).toBe(202);
    expect(started.json).toMatchObject({ status: 'running', matched: list.total });
    const { job } = await follow('officer.vietyen', started.json as BulkReminderJob);
    expect(job).toMatchObject({
      status: 'done',
      matched: list.total,
      processed: list.total,
      failure: null,
    });
    expect(job.sent + job.refusedCount).toBe(list.total);
    expect(job.finishedAt).not.toBeNull();
    // Each sent reminder is in its account's history.
    const sample = list.items[0]!.id;
    const detail = (await get('officer.vietyen', `/accounts/${sample}`)).json as AccountDetail;
    expect(detail.lastReminderOn).toBe(TODAY);
    const audited = (await audit('account.reminder')).find((e) =>
      JSON.stringify(e.details).includes(job.id),
    );
    expect(audited?.details).toMatchObject({
      bulk: true,
      job: job.id,
      matched: list.total,
      sent: job.sent,
      refused: job.refusedCount,
      channel: 'portal',
    });
    const second = await follow(
      'officer.vietyen',
      (await post('officer.vietyen', '/accounts/reminders', { channel: 'portal', filter }))
        .json as BulkReminderJob,
    );
    expect(second.job).toMatchObject({ status: 'done', sent: 0, refusedCount: list.total });
    expect(second.job.refused.every((r) => r.reason === 'recently_reminded')).toBe(true);
  });

  it('selected ids outside the scope are refused; only the owner or a system admin follow the job', async () => {
    const inside = await freshUnconverted('222');
    const outside = await freshUnconverted('219');
    const started = await post('officer.vietyen', '/accounts/reminders', {
      channel: 'portal',
      ids: [inside.id, outside.id],
    });
    expect(started.status).toBe(202);
    const { job } = await follow('officer.vietyen', started.json as BulkReminderJob);
    expect(job).toMatchObject({ status: 'done', matched: 2, processed: 2, sent: 1 });
    expect(job.refused).toEqual([{ id: outside.id, reason: 'out_of_scope' }]);
    expect((await get('officer.center', `/accounts/reminders/jobs/${job.id}`)).status).toBe(404);
    expect((await get('admin.ict', `/accounts/reminders/jobs/${job.id}`)).status).toBe(200);
    expect((await get('officer.vietyen', '/accounts/reminders/jobs/RJnothere')).status).toBe(404);
    // A bad filter value is a 400 before any job starts.
    const bad = await post('officer.vietyen', '/accounts/reminders', {
      channel: 'portal',
      filter: { status: 'whatever' },
    });
    expect(bad.status).toBe(400);
  });

  it('a job whose server stopped shows as failed, interrupted', async () => {
    await t.services.db
      .insertInto('reminder_jobs')
      .values({
        id: 'RJgone1',
        owner: 'officer.vietyen',
        channel: 'portal',
        ids: ['TK0000001'],
        filter: null,
        business_day: TODAY,
        matched: 1,
        started_at: new Date().toISOString(),
        runner: 'a-process-that-stopped',
        heartbeat_at: new Date(Date.now() - 3_600_000).toISOString(),
      })
      .execute();
    const res = await get('officer.vietyen', '/accounts/reminders/jobs/RJgone1');
    expect(res.json).toMatchObject({ status: 'failed', failure: 'interrupted' });
    expect((res.json as BulkReminderJob).finishedAt).not.toBeNull();
  });

  it('a province-wide job reports progress while list requests go on', async () => {
    const filter = { status: 'unconverted' };
    const started = await post('officer.center', '/accounts/reminders', {
      channel: 'portal',
      filter,
    });
    expect(started.status).toBe(202);
    let job = started.json as BulkReminderJob;
    expect(job.matched).toBeGreaterThan(150_000);
    const t0 = performance.now();
    const listTimes: number[] = [];
    const seen: BulkReminderJob[] = [job];
    let k = 0;
    while (job.status === 'running') {
      // A few list requests while the job runs, then only its progress: on PGlite (one connection)
      // each list request takes its turn between two batches, and a request after every batch
      // would make the job wait on them.
      if (listTimes.length < 10) {
        const s = performance.now();
        const list = await get(
          'officer.center',
          `/accounts?q=nguyen&district=219&sort=${k++ % 2 ? 'name' : '-registeredOn'}&pageSize=50`,
        );
        listTimes.push(performance.now() - s);
        expect(list.status).toBe(200);
      } else {
        await new Promise((r) => setTimeout(r, 500));
      }
      job = (await get('officer.center', `/accounts/reminders/jobs/${job.id}`))
        .json as BulkReminderJob;
      seen.push(job);
    }
    const jobMs = performance.now() - t0;
    const sorted = [...listTimes].sort((a, b) => a - b);
    const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    console.log(
      `bulk job of ${job.matched} accounts (${t.services.database.kind}): ${Math.round(jobMs)} ms; ` +
        `${listTimes.length} list requests meanwhile: median ${p(0.5)?.toFixed(0)} ms, ` +
        `p95 ${p(0.95)?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms`,
    );
    expect(job).toMatchObject({ status: 'done', processed: job.matched });
    expect(job.sent + job.refusedCount).toBe(job.matched);
    expect(job.sent).toBeGreaterThan(100_000);
    expect(seen.some((j) => j.processed > 0 && j.processed < j.matched)).toBe(true);
    for (let i = 1; i < seen.length; i++)
      expect(seen[i]!.processed).toBeGreaterThanOrEqual(seen[i - 1]!.processed);
    expect(listTimes.length).toBeGreaterThan(1);
  }, 600_000);
});

describe('contract', () => {
  it('every answer was one the contract allows', () => {
    expect(t.mismatches).toEqual([]);
  });
});
