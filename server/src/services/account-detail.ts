/**
 * One account's page (AccountDetail), as the demo's detailOf (mocks/db/account-detail.ts): its
 * duplicates and the history details inside the user's scope only, the events the seed implies,
 * the desk reports' verdicts and withdrawals, and the latest report's state.
 */
import { sql } from 'kysely';
import type { components } from '../../../src/api/schema';
import { can } from '../../../src/config/permissions';
import { canWithdrawDeskReport, syncDayOf } from '../../../src/lib/desk-report';
import type { Services } from '.';
import { summaryColumns, toSummary } from './account-rows';
import { accountInScope, inScope } from './account-scope';
import { reportStateOf, type DeskReportRow } from './account-status';
import type { SessionUser } from './users';

type AccountDetail = components['schemas']['AccountDetail'];
type ApiEvent = components['schemas']['AccountEvent'];
type EventDetails = NonNullable<ApiEvent['details']>;

/** Noon in Vietnam on a day, as an instant (events the seed implies). */
const noonOn = (day: string) => `${day}T05:00:00.000Z`;

/** The account's row number in the demo's dataset (seeded ids), for the seeded events' ids. */
const seedRef = (id: string) => (/^TK\d+$/.test(id) ? String(Number(id.slice(2)) - 1) : id);

/** History details that name other accounts (merges): only ids inside the user's scope. */
const ID_DETAILS = ['into', 'others'] as const;

async function scopedDetails(
  services: Services,
  user: SessionUser,
  details: EventDetails,
): Promise<EventDetails> {
  if (!user.scopeDistrictCode) return details;
  const out = { ...details };
  for (const key of ID_DETAILS) {
    const value = out[key];
    if (typeof value !== 'string') continue;
    const ids = value.split(/,\s*/).filter(Boolean);
    const visible = ids.length
      ? await services.db
          .selectFrom('accounts')
          .select(['id', 'district_code'])
          .where('id', 'in', ids)
          .execute()
      : [];
    const ok = new Set(visible.filter((r) => inScope(user, r.district_code)).map((r) => r.id));
    const kept = ids.filter((id) => ok.has(id));
    out[key] = kept.length ? kept.join(', ') : null;
  }
  return out;
}

/** Events of an account's desk reports: the sync's verdict, or the withdrawal (with its reason). */
function reportEvents(reports: DeskReportRow[], today: string): ApiEvent[] {
  const out: ApiEvent[] = [];
  for (const r of reports) {
    const state = reportStateOf(r, today);
    if (state === 'withdrawn') {
      out.push({
        id: `${r.id}-w`,
        at: r.withdrawn_at ?? noonOn(r.withdrawn_on!),
        type: 'desk-report-withdrawn',
        username: r.withdrawn_by,
        details: { reportedBy: r.reported_by, reason: r.withdraw_reason },
      });
    } else if (state === 'confirmed' || state === 'not_confirmed') {
      out.push({
        id: `${r.id}-s`,
        // The nightly sync, at half past midnight in Vietnam on the next day.
        at: new Date(`${syncDayOf(r.reported_on)}T00:30:00+07:00`).toISOString(),
        type: state === 'confirmed' ? 'desk-report-confirmed' : 'desk-report-not-confirmed',
        username: null,
        details: { reportedBy: r.reported_by, reportedOn: r.reported_on },
      });
    }
  }
  return out;
}

/** The day of an instant in Vietnam, in SQL. */
const vnDay = sql<string>`(account_events.at at time zone 'Asia/Ho_Chi_Minh')::date`;

/** One account's page, as the demo's detailOf. */
export async function detailOf(
  services: Services,
  user: SessionUser,
  row: Awaited<ReturnType<typeof accountInScope>>,
): Promise<AccountDetail> {
  const today = services.clock.today();
  const db = services.db;
  const desk = row.source === 'desk' && !row.id.startsWith('TK');
  const original = row.duplicate_of ?? row.id;
  const [duplicates, events, reports, reminded] = await Promise.all([
    desk
      ? Promise.resolve([])
      : db
          .selectFrom('accounts as a')
          .select(summaryColumns(today))
          .where((eb) =>
            eb.or([
              eb.and([eb('a.id', '=', original), eb('a.id', '<>', row.id)]),
              eb.and([eb('a.duplicate_of', '=', original), eb('a.id', '<>', row.id)]),
            ]),
          )
          .where(sql<boolean>`a.registered_on <= ${today}::date`)
          .$if(!!user.scopeDistrictCode, (q) =>
            q.where('a.district_code', '=', user.scopeDistrictCode!),
          )
          .orderBy(sql`a.id = ${original}`, 'desc')
          .orderBy('a.id')
          .execute(),
    db
      .selectFrom('account_events')
      .select(['id', 'at', 'type', 'username', 'details'])
      .where('account_id', '=', row.id)
      .where(sql<boolean>`${vnDay} <= ${today}::date`)
      .orderBy('at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('desk_reports')
      .selectAll()
      .where('account_id', '=', row.id)
      .orderBy('reported_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('account_events')
      .select(sql<string | null>`max(${vnDay})`.as('day'))
      .where('account_id', '=', row.id)
      .where('type', '=', 'reminder')
      .executeTakeFirst(),
  ]);

  const fromReports = reportEvents(reports, today);
  const seeded: ApiEvent[] = [
    {
      id: `seed-reg-${seedRef(row.id)}`,
      at: noonOn(row.registered_on),
      type: 'registered',
      username: desk ? row.created_by : null,
      details: { source: row.source },
    },
  ];
  const convertedByEvent = events.some((e) => e.type === 'converted');
  const convertedBySync = fromReports.some((e) => e.type === 'desk-report-confirmed');
  if (
    row.converted_on !== null &&
    row.converted_on <= today &&
    !convertedByEvent &&
    !convertedBySync
  ) {
    seeded.push({
      id: `seed-conv-${seedRef(row.id)}`,
      at: noonOn(row.converted_on),
      type: 'converted',
      username: null,
    });
  }
  const recorded: ApiEvent[] = await Promise.all(
    events.map(async (e) => {
      const stored = (e.details ?? {}) as EventDetails;
      // An event with nothing to add has no details (as the demo records it).
      if (Object.keys(stored).length === 0) {
        return {
          id: String(e.id),
          at: e.at,
          type: e.type as ApiEvent['type'],
          username: e.username,
        };
      }
      return {
        id: String(e.id),
        at: e.at,
        type: e.type as ApiEvent['type'],
        username: e.username,
        details: await scopedDetails(services, user, stored),
      };
    }),
  );
  const history = [...seeded, ...recorded, ...fromReports].sort((a, b) => a.at.localeCompare(b.at));

  const latest = reports.filter((r) => r.reported_on <= today).at(-1);
  let deskReport: AccountDetail['deskReport'] = null;
  if (latest && !desk) {
    const state = reportStateOf(latest, today);
    deskReport = {
      reportedAt: latest.reported_at,
      reportedOn: latest.reported_on,
      reportedBy: latest.reported_by,
      state,
      resolvedOn:
        state === 'withdrawn'
          ? latest.withdrawn_on
          : state === 'pending'
            ? null
            : syncDayOf(latest.reported_on),
      withdrawReason: state === 'withdrawn' ? latest.withdraw_reason : null,
      canWithdraw: canWithdrawDeskReport(user, { reportedBy: latest.reported_by, state }),
    };
  }

  return {
    ...toSummary(row, today),
    birthYear: desk || row.kind === 'organisation' ? null : row.birth_year,
    nationality: row.nationality,
    taxCode: row.tax_code,
    duplicates: duplicates.map((d) => toSummary(d, today)),
    history,
    canReveal: can(user.role, 'accounts:reveal'),
    lastReminderOn: reminded?.day ?? null,
    deskReport,
  };
}

/** The page of an account the user may see (404 otherwise), for a user already checked. */
export async function accountDetail(
  services: Services,
  user: SessionUser,
  id: string,
): Promise<AccountDetail> {
  return detailOf(services, user, await accountInScope(services, user, id));
}
