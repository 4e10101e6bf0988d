/**
 * The accounts' export (CSV or XLSX), streamed from keyset batches: masked numbers unless a user who
 * may reveal gives a reason, a preamble that says scope, filter, author and row count, and an audit
 * entry with a SHA-256 of the exported ids (src/lib/account-export.ts, as the demo backend).
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { can } from '../../../src/config/permissions';
import {
  exportHeader,
  exportLang,
  exportPreamble,
  exportRow,
  filterForAudit,
} from '../../../src/lib/account-export';
import { csvChunks, type Cell } from '../../../src/lib/csv';
import { XLSX_MIME, xlsxChunks } from '../../../src/lib/xlsx';
import { forbidden, invalidField } from '../http/problem';
import type { Handlers } from '../http/routing';
import { countAccounts } from '../services/account-count';
import { exportBatches } from '../services/account-export';
import { accountFilter, type AccountListParams } from '../services/account-filter';
import { accountOrder } from '../services/account-order';
import { toSummary, type AccountRow } from '../services/account-rows';
import { unitIndex } from '../services/units';

/** A reason for full numbers: at least this many characters once trimmed (as the demo). */
const EXPORT_REASON_MIN = 5;

export const accountsExportRoutes: Handlers = {
  exportAccounts: async ({ query, services, require, refuse, req, reply }) => {
    const user = await require('accounts:export');
    const lang = exportLang(query.lang, req.headers['accept-language']);
    const full = query.numbers === 'full';
    if (full && !can(user.role, 'accounts:reveal')) {
      await services.audit.write(
        user,
        {
          action: 'account.export',
          details: { format: query.format, numbers: 'full', lang },
          outcome: 'refused',
        },
        req.ip,
      );
      throw forbidden('Your role may not see full identity and phone numbers.');
    }
    const reason = (query.fullNumbersReason ?? '').trim();
    if (full && reason.length < EXPORT_REASON_MIN)
      throw invalidField('fullNumbersReason', 'required');

    const today = services.clock.today();
    const params: AccountListParams = query;
    const filter = await accountFilter(services, user, params, refuse);
    const order = accountOrder(query.sort, today, filter);
    const units = await unitIndex(services);
    const total = await countAccounts(services, filter);
    const unitName = (code: string) =>
      code.length === 3 ? units.districts.get(code) : units.communes.get(code)?.name;
    const scopeName = user.scopeDistrictCode
      ? (units.districts.get(user.scopeDistrictCode) ?? user.scopeDistrictCode)
      : units.provinceName;
    const preamble = exportPreamble({
      lang,
      scopeName,
      filter: filter.applied,
      unitName,
      at: services.clock.now(),
      user,
      rows: total,
      numbers: full ? 'full' : 'masked',
      reason: full ? reason : undefined,
    });
    const toRow = (r: AccountRow) =>
      exportRow(
        lang,
        toSummary(r, today),
        {
          commune: units.communes.get(r.commune_code)?.name ?? r.commune_code,
          district: units.districts.get(r.district_code) ?? r.district_code,
        },
        full ? { identityNumber: r.identity_number, phone: r.phone } : undefined,
      );

    const progress = { rows: 0, hash: createHash('sha256') };
    let audited = false;
    const audit = async (complete: boolean) => {
      if (audited) return;
      audited = true;
      await services.audit.write(
        user,
        {
          action: 'account.export',
          details: {
            format: query.format,
            numbers: full ? 'full' : 'masked',
            lang,
            rows: progress.rows,
            filter: filterForAudit(filter.applied),
            idsSha256: progress.hash.digest('hex'),
            ...(full ? { reason } : {}),
            ...(complete ? {} : { complete: false }),
          },
        },
        req.ip,
      );
    };
    // Preamble and headings first, then the accounts batch by batch; the audit entry is written
    // when the last batch has been read (or, if the download stops early, with what was sent).
    async function* batches(): AsyncGenerator<Cell[][]> {
      let complete = false;
      try {
        yield [...preamble, exportHeader(lang)];
        yield* exportBatches(services, filter, order, toRow, progress);
        complete = true;
        await audit(true);
      } finally {
        if (!complete) await audit(false);
      }
    }
    const chunks =
      query.format === 'xlsx'
        ? xlsxChunks(lang === 'en' ? 'Accounts' : 'Tài khoản', batches())
        : csvChunks(batches());
    reply
      .header('Content-Type', query.format === 'xlsx' ? XLSX_MIME : 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="tai-khoan-${today}.${query.format}"`);
    return reply.send(Readable.from(chunks, { objectMode: false })) as never;
  },
};
