/** Many accounts at once: the export, and bulk reminders with their job's progress. */
import { can } from '../../src/config/permissions';
import type { ExportFilter } from '../../src/lib/account-export';
import { dataset } from '../db';
import { numbersOf } from '../db/account-detail';
import { accountIdOf, communeOfRow, matchingRows, summaryOf } from '../db/accounts-query';
import { isoOf } from '../db/days';
import { nowOnDemoDay, todayDay } from '../db/demo-state';
import { writeAudit } from '../db/journal';
import { jobAnswer, reminderJobFor, rowsOfIds, startReminderJob } from '../db/reminder-jobs';
import { communes, unitTree } from '../db/units';
import { filterParams, toFilter } from './account-filter';
import { accountOp } from './account-op';
import { exportResponse } from './files';
import { forbidden, http, invalidField, notFound } from './http';

/** A reason for full numbers: at least this many characters once trimmed. */
const EXPORT_REASON_MIN = 5;

/** The name of a district or commune by code (for the export's statement of its filter). */
function unitNameOf(code: string): string | undefined {
  if (code.length === 3) return unitTree.districts.find((d) => d.code === code)?.name;
  return communes.find((c) => c.code === code)?.name;
}

/** Before `accountReadHandlers`: `/accounts/{id}` would take "export" for an id. */
export const accountBulkHandlers = [
  http.post('/accounts/reminders', async (info) => {
    const { user, body } = await accountOp(info, 'sendBulkReminders', 'accounts:act');
    if (Boolean(body.ids) === Boolean(body.filter)) invalidField('ids');
    if (body.ids && !body.ids.length) invalidField('ids', 'required');
    const ds = await dataset();
    const day = todayDay();
    const { rows, refused } = body.ids
      ? rowsOfIds(ds, user, body.ids)
      : {
          rows: Array.from(matchingRows(ds, toFilter(user, filterParams(body.filter ?? {})), day)),
          refused: [],
        };
    const job = startReminderJob(ds, user, body.channel, rows, refused, day);
    return info.response(202).json(jobAnswer(job));
  }),

  http.get('/accounts/reminders/jobs/{jobId}', async (info) => {
    const { user, params } = await accountOp(info, 'getBulkReminderJob', 'accounts:act');
    // Someone else's job is not found, as an unknown one: only its owner or a system admin follow it.
    const job = reminderJobFor(user, params.jobId);
    if (!job) return notFound('Job');
    return info.response(200).json(jobAnswer(job));
  }),

  http.get('/accounts/export', async (info) => {
    const { request, response } = info;
    const { user, query: q } = await accountOp(info, 'exportAccounts', 'accounts:export');
    // The file's headings, rows and preamble (with their translations): loaded for the first export.
    const { exportHeader, exportLang, exportPreamble, exportRow, filterForAudit, idsSha256 } =
      await import('../../src/lib/account-export');
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
      await exportResponse(
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
];
