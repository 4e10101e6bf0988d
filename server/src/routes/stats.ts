/**
 * Migration progress: the summary, the table by unit and the daily series, for the part of the
 * province asked for, within the user's scope (a district user asking for another district: 403,
 * whatever the page shows). Counts from server/src/services/stats.ts; judgement from
 * src/lib/progress.ts, as in the demo backend.
 */
import type { components } from '../../../src/api/schema';
import { addDays } from '../../../src/lib/dates';
import {
  DEADLINE_DATE,
  SERIES_FROM,
  SWITCH_DATE,
  outlook,
  scopeForecastOf,
  type Outlook,
} from '../../../src/lib/progress';
import { invalidField } from '../http/problem';
import type { Ctx, Handlers } from '../http/routing';
import type { Services } from '../services';
import {
  REASONS,
  awaitingCounts,
  communeCounts,
  dailyCounts,
  reportedCounts,
  sumCounts,
  unconvertedByReason,
  type CommuneCounts,
} from '../services/stats';
import type { SessionUser } from '../services/users';

type StatsScope = components['schemas']['StatsScope'];

interface UnitRow {
  code: string;
  name: string;
  level: 'province' | 'district' | 'commune' | 'organisation';
  district_code: string | null;
}

interface ResolvedScope {
  scope: StatsScope;
  /** The scope's district, or null for the province. */
  district: UnitRow | null;
  /** The scope's communes (null: the whole province). */
  communes: string[] | null;
}

async function units(services: Services): Promise<UnitRow[]> {
  return services.db
    .selectFrom('units')
    .select(['code', 'name', 'level', 'district_code'])
    .where('level', 'in', ['province', 'district', 'commune'])
    .orderBy('ord')
    .execute();
}

/** The part of the province asked for, checked against the user's scope. */
async function resolveScope(
  ctx: { refuse: Ctx<'getStatsSummary'>['refuse']; services: Services },
  user: SessionUser,
  query: { district?: string; commune?: string },
  all: UnitRow[],
): Promise<ResolvedScope> {
  let districtCode = query.district;
  let commune: UnitRow | undefined;
  if (query.commune) {
    commune = all.find((u) => u.level === 'commune' && u.code === query.commune);
    if (!commune) throw invalidField('commune');
    if (districtCode && districtCode !== commune.district_code) throw invalidField('commune');
    districtCode = commune.district_code ?? undefined;
  }
  if (user.scopeDistrictCode) {
    if (districtCode && districtCode !== user.scopeDistrictCode) return ctx.refuse(user);
    districtCode = user.scopeDistrictCode;
  }
  if (!districtCode) {
    const province = all.find((u) => u.level === 'province')!;
    return {
      scope: { level: 'province', code: province.code, name: province.name },
      district: null,
      communes: null,
    };
  }
  const district = all.find((u) => u.level === 'district' && u.code === districtCode);
  if (!district) throw invalidField('district');
  if (commune) {
    return {
      scope: {
        level: 'commune',
        code: commune.code,
        name: commune.name,
        districtCode: district.code,
      },
      district,
      communes: [commune.code],
    };
  }
  return {
    scope: { level: 'district', code: district.code, name: district.name },
    district,
    communes: all.filter((u) => u.district_code === district.code).map((u) => u.code),
  };
}

/** Counts of the units below a scope: its communes, and its districts when it spans several. */
function unitsBelow(
  all: UnitRow[],
  communes: string[] | null,
  counts: Map<string, CommuneCounts>,
): CommuneCounts[][] {
  const codes = communes ?? all.filter((u) => u.level === 'commune').map((u) => u.code);
  const of = (code: string) => counts.get(code) ?? sumCounts([]);
  const below = codes.map((c) => [of(c)]);
  if (communes === null) {
    for (const d of all.filter((u) => u.level === 'district')) {
      below.push(all.filter((u) => u.district_code === d.code).map((u) => of(u.code)));
    }
  }
  return below;
}

function forecast(own: Outlook, below: CommuneCounts[][], day: string): string | null {
  if (below.length <= 1) return own.forecastDate;
  return scopeForecastOf(
    own,
    below.map((group) => outlook(sumCounts(group), day)),
  );
}

export const statsRoutes: Handlers = {
  getStatsSummary: async (ctx) => {
    const user = await ctx.require('stats:view');
    const { db } = ctx.services;
    const all = await units(ctx.services);
    const { scope, communes } = await resolveScope(ctx, user, ctx.query, all);
    const day = ctx.services.clock.today();
    const [counts, reasons, awaiting, reported] = await Promise.all([
      communeCounts(db, communes, day),
      unconvertedByReason(db, communes, day),
      awaitingCounts(db, communes, day),
      reportedCounts(db, communes, day),
    ]);
    const f = sumCounts(counts.values());
    const o = outlook(f, day);
    const reportedTotal = reported.reduce((n, r) => n + r.n, 0);
    for (const r of reported) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) - r.n);
    return {
      scope,
      asOf: day,
      citizens: {
        total: f.total,
        converted: f.converted,
        reported: reportedTotal,
        unconverted: f.total - f.converted - reportedTotal,
        convertedToday: f.convertedToday,
        convertedLast7Days: f.convertedLast7Days,
        share: f.total ? f.converted / f.total : 0,
      },
      awaiting,
      deadlines: {
        switchDate: SWITCH_DATE,
        deadline: DEADLINE_DATE,
        daysToDeadline: o.daysToDeadline,
        requiredPerDay: o.requiredPerDay,
        pacePerDay: o.pacePerDay,
        forecastDate: forecast(o, unitsBelow(all, communes, counts), day),
        shareAtDeadline: o.shareAtDeadline,
      },
      reasons: REASONS.map((reason) => ({ reason, count: reasons.get(reason) ?? 0 })),
      status: o.status,
    };
  },

  getStatsByUnit: async (ctx) => {
    const user = await ctx.require('stats:view');
    const { db } = ctx.services;
    const all = await units(ctx.services);
    const { scope, district, communes } = await resolveScope(ctx, user, ctx.query, all);
    const day = ctx.services.clock.today();
    const [counts, reported] = await Promise.all([
      communeCounts(db, communes, day),
      reportedCounts(db, communes, day),
    ]);
    const reportedBy = new Map<string, number>();
    for (const r of reported)
      reportedBy.set(r.commune_code, (reportedBy.get(r.commune_code) ?? 0) + r.n);
    const of = (code: string) => counts.get(code) ?? sumCounts([]);
    const groups =
      district === null
        ? all
            .filter((u) => u.level === 'district')
            .map((d) => ({
              unit: d,
              level: 'district' as const,
              communes: all.filter((u) => u.district_code === d.code).map((u) => u.code),
            }))
        : all
            .filter((u) => u.district_code === district.code)
            .map((c) => ({ unit: c, level: 'commune' as const, communes: [c.code] }));
    const rows = groups.map(({ unit, level, communes: codes }) => {
      const f = sumCounts(codes.map(of));
      const o = outlook(f, day);
      const rep = codes.reduce((n, c) => n + (reportedBy.get(c) ?? 0), 0);
      return {
        code: unit.code,
        name: unit.name,
        level,
        total: f.total,
        converted: f.converted,
        reported: rep,
        remaining: f.total - f.converted - rep,
        share: f.total ? f.converted / f.total : 0,
        pacePerDay: o.pacePerDay,
        requiredPerDay: o.requiredPerDay,
        forecastDate: forecast(o, codes.length > 1 ? codes.map((c) => [of(c)]) : [], day),
        status: o.status,
        convertedLast7Days: f.convertedLast7Days,
        shareWeekAgo: f.totalWeekAgo ? f.convertedWeekAgo / f.totalWeekAgo : 0,
      };
    });
    return { scope, asOf: day, rows };
  },

  getStatsSeries: async (ctx) => {
    const user = await ctx.require('stats:view');
    const all = await units(ctx.services);
    const { scope, communes } = await resolveScope(ctx, user, ctx.query, all);
    const day = ctx.services.clock.today();
    const { registered, converted } = await dailyCounts(
      ctx.services.db,
      communes,
      SERIES_FROM,
      day,
    );
    // Each day's share uses that day's total (desk sign-ups grew it until 15/06).
    const before = addDays(SERIES_FROM, -1);
    let total = registered.get(before) ?? 0;
    let cumulative = converted.get(before) ?? 0;
    const points = [];
    for (let d = SERIES_FROM; d <= day; d = addDays(d, 1)) {
      total += registered.get(d) ?? 0;
      const n = converted.get(d) ?? 0;
      cumulative += n;
      points.push({ date: d, converted: n, cumulative, share: total ? cumulative / total : 0 });
    }
    return {
      scope,
      from: SERIES_FROM,
      to: day,
      switchDate: SWITCH_DATE,
      deadline: DEADLINE_DATE,
      points,
    };
  },
};
