import type { components } from '../../src/api/schema';
import type { QueryOf } from '../../src/api/operations';
import { can } from '../../src/config/permissions';
import type { DemoUser } from '../db/demo-users';
import { classifyQuery, searchIsAudited } from '../../src/lib/account-search';
import {
  exportHeader,
  exportLang,
  exportPreamble,
  exportRow,
  filterForAudit,
  idsSha256,
  type ExportFilter,
} from '../../src/lib/account-export';
import { canWithdrawDeskReport, syncDayOf } from '../../src/lib/desk-report';
import { changeRow, dataset } from '../db';
import {
  accountIdOf,
  communeOfRow,
  deskAccountOf,
  duplicatesOf,
  matchingRows,
  registeredDayOf,
  rowOfAccountId,
  statusOf,
  summaryOf,
  type AccountFilter,
} from '../db/accounts-query';
import {
  addDeskReport,
  allDeskReports,
  latestReport,
  reportState,
  withdrawDeskReport,
} from '../db/desk-reports';
import {
  REASONS,
  SOURCES,
  STATE_ACTIVE,
  STATE_CLOSED,
  STATE_MERGED,
  accountId,
  identityNumber,
  nationality,
  phoneNumber,
  rowOfId,
  type Dataset,
} from '../db/dataset';
import { NEVER, dayOf, isoOf } from '../db/days';
import { nowOnDemoDay, today, todayDay } from '../db/demo-state';
import { addBulkReminders, bulkReminderEvents, lastReminderDay } from '../db/reminders';
import { onReset, persisted } from '../db/storage';
import { accountEvents, addAccountEvent, writeAudit, type AccountEvent } from '../db/journal';
import { communeIndex, communes, districtIndex, unitTree } from '../db/units';
import { exportResponse } from './files';
import {
  conflict,
  forbidden,
  http,
  answerCheck,
  invalidField,
  notFound,
  requirePermission,
  valid,
} from './http';
import { checkOperationRequest } from '../../contract/request-validators';

type AccountDetail = components['schemas']['AccountDetail'];
type ApiEvent = components['schemas']['AccountEvent'];

/** Whether a row lies in the user's unit scope. */
function inScope(ds: Dataset, user: DemoUser, row: number): boolean {
  const district = communes[communeOfRow(ds, row)]!.districtCode;
  return !user.scopeDistrictCode || user.scopeDistrictCode === district;
}

/** The row behind an id, if it exists and lies in the user's scope (else 404: no hint it exists). */
function rowInScope(ds: Dataset, user: DemoUser, id: string): number {
  const row = rowOfAccountId(ds, id);
  if (row === undefined) return notFound('Account');
  if (!inScope(ds, user, row)) return notFound('Account');
  if (registeredDayOf(ds, row) > todayDay()) return notFound('Account');
  return row;
}

/** An account's full numbers (seeded or opened at the desk). */
function numbersOf(ds: Dataset, row: number) {
  const desk = deskAccountOf(ds, row);
  if (desk) return { identityNumber: desk.identityNumber ?? null, phone: desk.phone ?? null };
  return { identityNumber: identityNumber(ds, row), phone: phoneNumber(ds, row) };
}

/** Noon in Vietnam on a demo day, as an instant (for events the seed implies). */
const noonOn = (day: number) => `${isoOf(day)}T05:00:00.000Z`;

/** Events of an account's desk reports: the sync's verdict, or the withdrawal (with its reason). */
function reportEvents(row: number, day: number): ApiEvent[] {
  const out: ApiEvent[] = [];
  for (const r of allDeskReports()) {
    if (r.row !== row) continue;
    const state = reportState(r, day);
    if (state === 'withdrawn') {
      out.push({
        id: `${r.id}-w`,
        at: r.withdrawnAt ?? noonOn(dayOf(r.withdrawnOn!)),
        type: 'desk-report-withdrawn',
        username: r.withdrawnBy,
        details: { reportedBy: r.reportedBy, reason: r.withdrawReason },
      });
    } else if (state === 'confirmed' || state === 'not_confirmed') {
      out.push({
        id: `${r.id}-s`,
        // The nightly sync, at half past midnight in Vietnam on the next day.
        at: new Date(`${syncDayOf(r.reportedOn)}T00:30:00+07:00`).toISOString(),
        type: state === 'confirmed' ? 'desk-report-confirmed' : 'desk-report-not-confirmed',
        username: null,
        details: { reportedBy: r.reportedBy, reportedOn: r.reportedOn },
      });
    }
  }
  return out;
}

/** History details that name other accounts (merges). */
const ID_DETAILS = ['into', 'others'] as const;

/**
 * Details as the user may see them: ids of accounts outside the user's scope are left out (a merge
 * across districts names only the side the user may see).
 */
function scopedDetails(
  ds: Dataset,
  user: DemoUser,
  details: AccountEvent['details'],
): AccountEvent['details'] {
  if (!details || !user.scopeDistrictCode) return details;
  const out = { ...details };
  for (const key of ID_DETAILS) {
    const value = out[key];
    if (typeof value !== 'string') continue;
    const visible = value.split(/,\s*/).filter((id) => {
      const r = rowOfAccountId(ds, id);
      return r !== undefined && inScope(ds, user, r);
    });
    out[key] = visible.length ? visible.join(', ') : null;
  }
  return out;
}

function history(ds: Dataset, user: DemoUser, row: number, day: number): ApiEvent[] {
  const desk = deskAccountOf(ds, row);
  const seeded: ApiEvent[] = [
    {
      id: `seed-reg-${row}`,
      at: desk ? noonOn(dayOf(desk.createdOn)) : noonOn(ds.registeredDay[row]!),
      type: 'registered',
      username: desk ? desk.createdBy : null,
      details: { source: desk ? 'desk' : SOURCES[ds.source[row]!]! },
    },
  ];
  const events = accountEvents(row);
  const converted = desk ? NEVER : ds.convertedDay[row]!;
  const convertedByDemo = events.some((e) => e.converts);
  const convertedBySync = reportEvents(row, day).some((e) => e.type === 'desk-report-confirmed');
  if (converted !== NEVER && converted <= day && !convertedByDemo && !convertedBySync) {
    seeded.push({
      id: `seed-conv-${row}`,
      at: noonOn(converted),
      type: 'converted',
      username: null,
    });
  }
  const recorded: ApiEvent[] = [...events, ...bulkReminderEvents(row)]
    .filter((e) => e.day <= day)
    .map((e: AccountEvent) => ({
      id: e.id,
      at: e.at,
      type: e.type as ApiEvent['type'],
      username: e.username,
      details: scopedDetails(ds, user, e.details),
    }));
  return [...seeded, ...recorded, ...reportEvents(row, day)].sort((a, b) =>
    a.at.localeCompare(b.at),
  );
}

/** A citizen is not reminded twice within this many days (single and bulk reminders alike). */
const REMINDER_INTERVAL_DAYS = 7;

/** The day of a reminder sent less than the interval ago, or null when a new one may go. */
function recentReminder(row: number, day: number): number | null {
  const last = lastReminderDay(row);
  return last !== null && day - last < REMINDER_INTERVAL_DAYS ? last : null;
}

function deskReportOf(ds: Dataset, user: DemoUser, row: number): AccountDetail['deskReport'] {
  const day = todayDay();
  const r = latestReport(row, day);
  if (!r) return null;
  const state = reportState(r, day);
  return {
    reportedAt: r.reportedAt,
    reportedOn: r.reportedOn,
    reportedBy: r.reportedBy,
    state,
    resolvedOn:
      state === 'withdrawn' ? r.withdrawnOn : state === 'pending' ? null : syncDayOf(r.reportedOn),
    withdrawReason: state === 'withdrawn' ? r.withdrawReason : null,
    canWithdraw: canWithdrawDeskReport(user, { reportedBy: r.reportedBy, state }),
  };
}

function detailOf(ds: Dataset, user: DemoUser, row: number): AccountDetail {
  const day = todayDay();
  const reminded = lastReminderDay(row);
  const desk = deskAccountOf(ds, row);
  return {
    ...summaryOf(ds, row, day),
    birthYear: desk || ds.kind[row] === 1 ? null : ds.birthYear[row]!,
    nationality: desk ? 'VN' : nationality(ds, row),
    taxCode: desk?.taxCode ?? null,
    // Only duplicates the user may see: another district's accounts are not named, not counted.
    duplicates: desk
      ? []
      : duplicatesOf(ds, row)
          .filter((r) => ds.registeredDay[r]! <= day && inScope(ds, user, r))
          .map((r) => summaryOf(ds, r, day)),
    history: history(ds, user, row, day),
    canReveal: can(user.role, 'accounts:reveal'),
    lastReminderOn: reminded === null ? null : isoOf(reminded),
    deskReport: desk ? null : deskReportOf(ds, user, row),
  };
}

type ListParams = Omit<QueryOf<'listAccounts'>, 'page' | 'pageSize'>;

/** Validated query → filter, with the user's scope enforced (another district: 403). */
function toFilter(user: DemoUser, q: ListParams): AccountFilter {
  if (user.scopeDistrictCode && q.district && q.district !== user.scopeDistrictCode) forbidden();
  const districtCode = user.scopeDistrictCode ?? q.district;
  const districtIdx = districtCode ? districtIndex(districtCode) : undefined;
  if (districtCode && districtIdx === undefined) invalidField('district');
  let communeIdx: number | undefined;
  if (q.commune) {
    communeIdx = communeIndex(q.commune);
    if (communeIdx === undefined) return invalidField('commune');
    if (districtCode && communes[communeIdx]!.districtCode !== districtCode) {
      if (user.scopeDistrictCode) forbidden();
      invalidField('commune');
    }
  }
  return {
    q: q.q?.trim() || undefined,
    districtIdx,
    communeIdx,
    kind: q.kind,
    status: q.status,
    reason: q.reason,
    source: q.source,
    regFrom: q.regFrom ? dayOf(q.regFrom) : undefined,
    regTo: q.regTo ? dayOf(q.regTo) : undefined,
    seenBefore: q.seenBefore ? dayOf(q.seenBefore) : undefined,
    sort: q.sort ?? 'name',
  };
}

/** A reason for full numbers: at least this many characters once trimmed. */
const EXPORT_REASON_MIN = 5;

/** The name of a district or commune by code (for the export's statement of its filter). */
function unitNameOf(code: string): string | undefined {
  if (code.length === 3) return unitTree.districts.find((d) => d.code === code)?.name;
  return communes.find((c) => c.code === code)?.name;
}

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

/** A closed account can be reopened for this many days. */
const REOPEN_DAYS = 30;

interface SavedView {
  id: string;
  name: string;
  query: Record<string, string>;
  createdAt: string;
}
/** Saved filters per username, kept until "Reset demo data". */
const savedViews = persisted<Record<string, SavedView[]>>('saved-views', () => ({}));
onReset(() => savedViews.drop());

/**
 * The list's filters from a bulk request's `filter`: the strings of the list's query, validated as
 * GET /accounts validates its query (400 naming the field); paging is ignored.
 */
function filterParams(filter: Record<string, string>): ListParams {
  const { page: _page, pageSize: _size, ...rest } = filter;
  const checked = checkOperationRequest('listAccounts', {
    params: {},
    query: rest,
    body: undefined,
    mediaType: '',
  });
  if (!checked.ok) answerCheck(checked);
  return checked.value.query;
}

type BulkReminderJob = components['schemas']['BulkReminderJob'];
type Refusal = components['schemas']['BulkReminderRefusal'];

/** A job in the demo: kept in the backend's memory (a reload of the demo's worker forgets it). */
interface DemoReminderJob extends BulkReminderJob {
  owner: string;
  rows: number[];
  next: number;
}
const reminderJobs = new Map<string, DemoReminderJob>();
onReset(() => reminderJobs.clear());
let jobCounter = 0;

/** Accounts handled per slice; the demo's backend answers other calls between slices. */
export const REMINDER_SLICE = 5000;
/** Refusals a job keeps with their account id (the rest are counted). */
const REFUSALS_KEPT = 200;

function jobAnswer(job: DemoReminderJob): BulkReminderJob {
  const { owner: _owner, rows: _rows, next: _next, ...answer } = job;
  return { ...answer, refused: [...answer.refused] };
}

/** Handle one slice of a job's accounts: each on the rules of a single reminder. */
function runReminderSlice(ds: Dataset, user: DemoUser, job: DemoReminderJob, day: number): void {
  const sentRows: number[] = [];
  const end = Math.min(job.rows.length, job.next + REMINDER_SLICE);
  const refuse = (row: number, reason: Refusal['reason']) => {
    job.refusedCount++;
    if (job.refused.length < REFUSALS_KEPT) job.refused.push({ id: accountIdOf(ds, row), reason });
  };
  for (let k = job.next; k < end; k++) {
    const row = job.rows[k]!;
    if (statusOf(ds, row, day) !== 'unconverted') refuse(row, 'not_unconverted');
    else if (job.channel === 'sms' && !numbersOf(ds, row).phone) refuse(row, 'no_phone');
    else if (recentReminder(row, day) !== null) refuse(row, 'recently_reminded');
    else sentRows.push(row);
  }
  addBulkReminders(
    { id: job.id, day, at: nowOnDemoDay(), username: user.username, channel: job.channel },
    sentRows,
  );
  job.sent += sentRows.length;
  job.next = end;
  job.processed = job.sent + job.refusedCount;
  if (end < job.rows.length) return;
  job.status = 'done';
  job.finishedAt = nowOnDemoDay();
  writeAudit(user, {
    action: 'account.reminder',
    targets: job.rows.slice(0, 50).map((r) => accountIdOf(ds, r)),
    details: {
      bulk: true,
      job: job.id,
      matched: job.matched,
      sent: job.sent,
      refused: job.refusedCount,
      channel: job.channel,
    },
  });
}

/**
 * Start a bulk reminder job: refusals known up front (ids out of scope) are counted at once; the
 * accounts are handled in slices, each after a pause so that the demo's backend answers other
 * calls (the list, the job's progress) meanwhile.
 */
function startReminderJob(
  ds: Dataset,
  user: DemoUser,
  channel: 'sms' | 'portal',
  rows: number[],
  refused: Refusal[],
  day: number,
): DemoReminderJob {
  jobCounter += 1;
  const job: DemoReminderJob = {
    id: `RJ${Date.now().toString(36)}${jobCounter.toString(36)}`,
    status: 'running',
    channel,
    matched: rows.length + refused.length,
    processed: refused.length,
    sent: 0,
    refusedCount: refused.length,
    refused: refused.slice(0, REFUSALS_KEPT),
    startedAt: nowOnDemoDay(),
    finishedAt: null,
    failure: null,
    owner: user.username,
    rows,
    next: 0,
  };
  reminderJobs.set(job.id, job);
  const step = () => {
    if (reminderJobs.get(job.id) !== job) return; // the demo was reset
    try {
      runReminderSlice(ds, user, job, day);
    } catch {
      job.status = 'failed';
      job.failure = 'error';
      job.finishedAt = nowOnDemoDay();
    }
    if (job.status === 'running') setTimeout(step, 0);
  };
  setTimeout(step, 0);
  return job;
}

export const accountHandlers = [
  http.get('/accounts', async ({ request, cookies, response }) => {
    const user = requirePermission(cookies, 'accounts:view');
    const { query: q } = await valid('listAccounts', request);
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
    return response(200).json({ items, total: rows.length, page, pageSize });
  }),

  http.post('/accounts/reminders', async ({ request, cookies, response }) => {
    const user = requirePermission(cookies, 'accounts:act');
    const { body } = await valid('sendBulkReminders', request);
    if (Boolean(body.ids) === Boolean(body.filter)) invalidField('ids');
    if (body.ids && !body.ids.length) invalidField('ids', 'required');
    const ds = await dataset();
    const day = todayDay();
    const refused: Refusal[] = [];
    let rows: number[];
    if (body.ids) {
      rows = [];
      for (const id of body.ids) {
        const row = rowOfId(id);
        const district =
          row === undefined || row >= ds.size ? null : communes[ds.commune[row]!]!.districtCode;
        if (
          row === undefined ||
          !district ||
          (user.scopeDistrictCode && user.scopeDistrictCode !== district)
        ) {
          refused.push({ id, reason: 'out_of_scope' });
        } else rows.push(row);
      }
    } else {
      rows = Array.from(matchingRows(ds, toFilter(user, filterParams(body.filter ?? {})), day));
    }
    const job = startReminderJob(ds, user, body.channel, rows, refused, day);
    return response(202).json(jobAnswer(job));
  }),

  http.get('/accounts/reminders/jobs/{jobId}', async ({ params, request, cookies, response }) => {
    const user = requirePermission(cookies, 'accounts:act');
    const { params: p } = await valid('getBulkReminderJob', request, params);
    const job = reminderJobs.get(p.jobId);
    // Someone else's job is not found, as an unknown one: only its owner or a system admin follow it.
    if (!job || (job.owner !== user.username && !can(user.role, 'accounts:clean'))) notFound('Job');
    return response(200).json(jobAnswer(job!));
  }),

  http.get('/accounts/views', ({ cookies, response }) => {
    const user = requirePermission(cookies, 'accounts:view');
    return response(200).json({ items: savedViews.get()[user.username] ?? [] });
  }),

  http.post('/accounts/views', async ({ request, cookies, response }) => {
    const user = requirePermission(cookies, 'accounts:view');
    const { body } = await valid('saveView', request);
    const name = body.name.trim();
    if (!name) invalidField('name');
    const view: SavedView = {
      id: `V${Date.now().toString(36)}`,
      createdAt: new Date().toISOString(),
      name,
      query: body.query,
    };
    savedViews.update((all) => ({
      ...all,
      [user.username]: [view, ...(all[user.username] ?? [])].slice(0, 30),
    }));
    return response(201).json(view);
  }),

  http.delete('/accounts/views/{viewId}', ({ params, cookies, response }) => {
    const user = requirePermission(cookies, 'accounts:view');
    const mine = savedViews.get()[user.username] ?? [];
    if (!mine.some((v) => v.id === params.viewId)) notFound('View');
    savedViews.update((all) => ({
      ...all,
      [user.username]: mine.filter((v) => v.id !== params.viewId),
    }));
    return response(204).empty();
  }),

  // Before /accounts/{id}, which would otherwise take "export" for an id.
  http.get('/accounts/export', async ({ request, cookies, response }) => {
    const user = requirePermission(cookies, 'accounts:export');
    const { query: q } = await valid('exportAccounts', request);
    const reason = (q.fullNumbersReason ?? '').trim();
    const lang = exportLang(q.lang, request.headers.get('accept-language'));
    const full = q.numbers === 'full';
    if (full && !can(user.role, 'accounts:reveal')) {
      writeAudit(user, {
        action: 'account.export',
        targets: [],
        details: { format: q.format, numbers: 'full', lang },
        outcome: 'refused',
      });
      forbidden('Your role may not see full identity and phone numbers.');
    }
    if (full && reason.length < EXPORT_REASON_MIN) invalidField('fullNumbersReason', 'required');
    const filter = toFilter(user, q);
    const ds = await dataset();
    const day = todayDay();
    const rows = matchingRows(ds, filter, day);
    const applied: ExportFilter = {
      q: filter.q,
      district: user.scopeDistrictCode ?? q.district,
      commune: q.commune,
      kind: q.kind,
      status: q.status,
      reason: q.reason,
      source: q.source,
      regFrom: q.regFrom,
      regTo: q.regTo,
      seenBefore: q.seenBefore,
    };
    const ids = Array.from(rows, (r) => accountIdOf(ds, r));
    writeAudit(user, {
      action: 'account.export',
      targets: [],
      details: {
        format: q.format,
        numbers: q.numbers ?? 'masked',
        lang,
        rows: rows.length,
        filter: filterForAudit(applied),
        idsSha256: await idsSha256(ids),
        ...(full ? { reason } : {}),
      },
    });
    const scopeName = user.scopeDistrictCode
      ? (unitNameOf(user.scopeDistrictCode) ?? user.scopeDistrictCode)
      : unitTree.province.name;
    const preamble = exportPreamble({
      lang,
      scopeName,
      filter: applied,
      unitName: unitNameOf,
      at: nowOnDemoDay(),
      user,
      rows: rows.length,
      numbers: q.numbers ?? 'masked',
      reason: full ? reason : undefined,
    });
    return response.untyped(
      exportResponse(
        {
          format: q.format,
          name: `tai-khoan-${isoOf(day)}`,
          sheetName: lang === 'en' ? 'Accounts' : 'Tài khoản',
          preamble,
        },
        exportHeader(lang),
        rows,
        (r) => {
          const commune = communes[communeOfRow(ds, r)]!;
          return exportRow(
            lang,
            summaryOf(ds, r, day),
            { commune: commune.name, district: unitTree.districts[commune.districtIndex]!.name },
            full ? numbersOf(ds, r) : undefined,
          );
        },
      ),
    );
  }),

  http.get('/accounts/{id}', async ({ params, request, cookies, response }) => {
    const user = requirePermission(cookies, 'accounts:view');
    await valid('getAccount', request, params);
    const ds = await dataset();
    const row = rowInScope(ds, user, params.id);
    return response(200).json(detailOf(ds, user, row));
  }),

  http.post('/accounts/{id}/reveal', async ({ params, request, cookies, response }) => {
    const user = requirePermission(cookies, 'accounts:reveal');
    await valid('revealAccount', request, params);
    const ds = await dataset();
    const row = rowInScope(ds, user, params.id);
    writeAudit(user, { action: 'account.reveal', targets: [params.id] });
    return response(200).json(numbersOf(ds, row));
  }),

  http.post('/accounts/{id}/visits', async ({ params, request, cookies, response }) => {
    const user = requirePermission(cookies, 'accounts:act');
    const { body } = await valid('recordVisit', request, params);
    const ds = await dataset();
    const row = rowInScope(ds, user, params.id);
    const day = todayDay();
    const status = statusOf(ds, row, day);
    if (status !== 'unconverted') {
      conflict(`The account is ${status ?? 'not registered yet'}: there is nothing to link.`);
    }
    const details = { outcome: body.outcome, note: body.note?.trim() || null };
    if (body.outcome === 'linked') {
      // The officer's word, not VNeID's: the account waits for the sync to confirm the link.
      if (body.confirmAccountId !== params.id) invalidField('confirmAccountId', 'required');
      const event = addAccountEvent({ row, day, username: user.username, type: 'visit', details });
      addDeskReport(ds, {
        id: `DR${event.id}`,
        row,
        reportedOn: today(),
        reportedAt: event.at,
        reportedBy: user.username,
      });
    } else {
      addAccountEvent({ row, day, username: user.username, type: 'visit', details });
    }
    writeAudit(user, {
      action: 'account.visit',
      targets: [params.id],
      details: { outcome: body.outcome },
    });
    return response(200).json(detailOf(ds, user, row));
  }),

  http.post('/accounts/{id}/identity-checks', async ({ params, request, cookies, response }) => {
    const user = requirePermission(cookies, 'accounts:act');
    const { body } = await valid('requestIdentityCheck', request, params);
    const note = body.note.trim();
    if (!note) invalidField('note', 'required');
    const ds = await dataset();
    const row = rowInScope(ds, user, params.id);
    const day = todayDay();
    if (statusOf(ds, row, day) !== 'unconverted' || REASONS[ds.reason[row]!] !== 'id_mismatch') {
      conflict(
        'Only unconverted accounts whose number does not match the population database go to the police.',
      );
    }
    if (accountEvents(row).some((e) => e.type === 'identity-check')) {
      conflict('A check has already been requested for this account.');
    }
    addAccountEvent({
      row,
      day,
      username: user.username,
      type: 'identity-check',
      details: { note },
    });
    writeAudit(user, { action: 'account.identity-check', targets: [params.id] });
    return response(200).json(detailOf(ds, user, row));
  }),

  http.post('/accounts/{id}/merge', async ({ params, request, cookies, response }) => {
    const user = requirePermission(cookies, 'accounts:clean');
    const { body } = await valid('mergeAccounts', request, params);
    const ds = await dataset();
    const keep = rowInScope(ds, user, params.id);
    const day = todayDay();
    const duplicates = new Set(duplicatesOf(ds, keep));
    const others = body.others.map((id) => rowInScope(ds, user, id));
    if (others.some((r) => r === keep || !duplicates.has(r))) invalidField('others');
    if (statusOf(ds, keep, day) === 'closed' || statusOf(ds, keep, day) === 'merged') {
      conflict('The account to keep is closed or merged.');
    }
    if (others.some((r) => ds.state[r] !== STATE_ACTIVE))
      conflict('An account to merge is already closed or merged.');
    for (const r of others) {
      addAccountEvent({
        row: r,
        day,
        username: user.username,
        type: 'merged',
        details: { into: accountId(keep) },
        state: STATE_MERGED,
      });
      changeRow(ds, r, { state: STATE_MERGED });
    }
    addAccountEvent({
      row: keep,
      day,
      username: user.username,
      type: 'merged',
      details: { kept: true, others: body.others.join(', ') },
    });
    writeAudit(user, { action: 'account.merge', targets: [params.id, ...body.others] });
    return response(200).json(detailOf(ds, user, keep));
  }),

  http.post('/accounts/{id}/close', async ({ params, request, cookies, response }) => {
    const user = requirePermission(cookies, 'accounts:clean');
    const { body } = await valid('closeAccount', request, params);
    const ds = await dataset();
    const row = rowInScope(ds, user, params.id);
    if (ds.state[row] !== STATE_ACTIVE) conflict('The account is already closed or merged.');
    const day = todayDay();
    addAccountEvent({
      row,
      day,
      username: user.username,
      type: 'closed',
      details: { reason: body.reason, note: body.note?.trim() || null },
      state: STATE_CLOSED,
    });
    changeRow(ds, row, { state: STATE_CLOSED });
    writeAudit(user, {
      action: 'account.close',
      targets: [params.id],
      details: { reason: body.reason },
    });
    return response(200).json(detailOf(ds, user, row));
  }),

  http.post('/accounts/{id}/reopen', async ({ params, request, cookies, response }) => {
    const user = requirePermission(cookies, 'accounts:clean');
    await valid('reopenAccount', request, params);
    const ds = await dataset();
    const row = rowInScope(ds, user, params.id);
    const closed = accountEvents(row)
      .filter((e) => e.type === 'closed')
      .at(-1);
    if (ds.state[row] !== STATE_CLOSED || !closed) conflict('The account is not closed.');
    const day = todayDay();
    if (day - closed!.day > REOPEN_DAYS)
      conflict(`Closed more than ${REOPEN_DAYS} days ago: it can no longer be reopened.`);
    addAccountEvent({ row, day, username: user.username, type: 'reopened', state: STATE_ACTIVE });
    changeRow(ds, row, { state: STATE_ACTIVE });
    writeAudit(user, { action: 'account.reopen', targets: [params.id] });
    return response(200).json(detailOf(ds, user, row));
  }),

  http.post(
    '/accounts/{id}/desk-report/withdraw',
    async ({ params, request, cookies, response }) => {
      const user = requirePermission(cookies, 'accounts:view');
      const { body } = await valid('withdrawDeskReport', request, params);
      const reason = body.reason.trim();
      if (!reason) invalidField('reason', 'required');
      const ds = await dataset();
      const row = rowInScope(ds, user, params.id);
      const day = todayDay();
      const report = latestReport(row, day);
      const state = report ? reportState(report, day) : null;
      if (!report || state !== 'pending') conflict('There is no pending desk report to withdraw.');
      if (!canWithdrawDeskReport(user, { reportedBy: report!.reportedBy, state: state! })) {
        writeAudit(user, {
          action: 'account.desk-report.withdraw',
          targets: [params.id],
          details: { reportedBy: report!.reportedBy },
          outcome: 'refused',
        });
        forbidden('Only the officer who made the report or a system admin may withdraw it.');
      }
      withdrawDeskReport(ds, report!.id, {
        on: today(),
        at: nowOnDemoDay(),
        by: user.username,
        reason,
      });
      writeAudit(user, {
        action: 'account.desk-report.withdraw',
        targets: [params.id],
        details: { reportedBy: report!.reportedBy, reason },
      });
      return response(200).json(detailOf(ds, user, row));
    },
  ),

  http.post('/accounts/{id}/reminders', async ({ params, request, cookies, response }) => {
    const user = requirePermission(cookies, 'accounts:act');
    const { body } = await valid('sendReminder', request, params);
    const ds = await dataset();
    const row = rowInScope(ds, user, params.id);
    const day = todayDay();
    if (statusOf(ds, row, day) !== 'unconverted')
      conflict('Only unconverted citizen accounts get reminders.');
    if (body.channel === 'sms' && !phoneNumber(ds, row)) invalidField('channel');
    const last = recentReminder(row, day);
    if (last !== null) {
      writeAudit(user, { action: 'account.reminder', targets: [params.id], outcome: 'refused' });
      conflict(`A reminder was sent on ${isoOf(last)}, less than 7 days ago.`);
    }
    addAccountEvent({
      row,
      day,
      username: user.username,
      type: 'reminder',
      details: { channel: body.channel },
    });
    writeAudit(user, {
      action: 'account.reminder',
      targets: [params.id],
      details: { channel: body.channel },
    });
    return response(200).json(detailOf(ds, user, row));
  }),
];
