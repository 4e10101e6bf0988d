/**
 * One account as a user sees it: its scope, its full numbers, and its page (summary, duplicates,
 * history, desk report) on a demo day.
 */
import type { components } from '../../src/api/schema';
import { can } from '../../src/config/permissions';
import type { DemoUser } from './demo-users';
import { canWithdrawDeskReport, syncDayOf } from '../../src/lib/desk-report';
import {
  communeOfRow,
  deskAccountOf,
  duplicatesOf,
  importedOf,
  registeredDayOf,
  rowOfAccountId,
  summaryOf,
} from './accounts-query';
import { SOURCES, identityNumber, nationality, phoneNumber, type Dataset } from './dataset';
import { NEVER, dayOf, isoOf } from './days';
import { todayDay } from './demo-state';
import { allDeskReports, latestReport, reportState } from './desk-reports';
import { accountEvents, type AccountEvent } from './journal';
import { bulkReminderEvents, lastReminderDay } from './reminders';
import { communes } from './units';

type AccountDetail = components['schemas']['AccountDetail'];
type ApiEvent = components['schemas']['AccountEvent'];

/** Whether a row lies in the user's unit scope. */
export function inScope(ds: Dataset, user: DemoUser, row: number): boolean {
  const district = communes[communeOfRow(ds, row)]!.districtCode;
  return !user.scopeDistrictCode || user.scopeDistrictCode === district;
}

/** An account's full numbers (seeded, opened at the desk or added by an import). */
export function numbersOf(ds: Dataset, row: number) {
  const imported = importedOf(row);
  if (imported) return { identityNumber: imported.identityNumber, phone: imported.phone };
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
  const imported = importedOf(row);
  // An imported account's events are named by its id's number, as the server names them.
  const ref = imported ? String(Number(imported.id.slice(2)) - 1) : row;
  const seeded: ApiEvent[] = [
    {
      id: `seed-reg-${ref}`,
      at: noonOn(registeredDayOf(ds, row)),
      type: 'registered',
      username: desk ? desk.createdBy : null,
      details: {
        source: desk ? 'desk' : imported ? 'provincial_portal' : SOURCES[ds.source[row]!]!,
      },
    },
  ];
  const events = accountEvents(row);
  const converted = desk ? NEVER : (imported?.convertedDay ?? ds.convertedDay[row]!);
  const convertedByDemo = events.some((e) => e.converts);
  const convertedBySync = reportEvents(row, day).some((e) => e.type === 'desk-report-confirmed');
  if (converted !== NEVER && converted <= day && !convertedByDemo && !convertedBySync) {
    seeded.push({
      id: `seed-conv-${ref}`,
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

function deskReportOf(user: DemoUser, row: number): AccountDetail['deskReport'] {
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

/** An account's page as the user sees it today. */
export function detailOf(ds: Dataset, user: DemoUser, row: number): AccountDetail {
  const day = todayDay();
  const reminded = lastReminderDay(row);
  const desk = deskAccountOf(ds, row);
  // An account an import added: no birth year, nationality or tax code in the file; no duplicates.
  const apart = desk ?? importedOf(row);
  return {
    ...summaryOf(ds, row, day),
    birthYear: apart || ds.kind[row] === 1 ? null : ds.birthYear[row]!,
    nationality: apart ? 'VN' : nationality(ds, row),
    taxCode: desk?.taxCode ?? null,
    // Only duplicates the user may see: another district's accounts are not named, not counted.
    duplicates: apart
      ? []
      : duplicatesOf(ds, row)
          .filter((r) => ds.registeredDay[r]! <= day && inScope(ds, user, r))
          .map((r) => summaryOf(ds, r, day)),
    history: history(ds, user, row, day),
    canReveal: can(user.role, 'accounts:reveal'),
    lastReminderOn: reminded === null ? null : isoOf(reminded),
    deskReport: desk ? null : deskReportOf(user, row),
  };
}
