import { dataset } from '../db';
import { todayDay } from '../db/demo-state';
import { isoOf, WINDOW_START } from '../db/days';
import {
  DEADLINE_DATE,
  SERIES_FROM,
  SWITCH_DATE,
  allCommunes,
  awaiting,
  communesOfDistrict,
  figures,
  outlook,
  reasonCounts,
  scopeForecast,
  shareOn,
} from '../db/stats';
import { communeIndex, communes, districtIndex, unitTree } from '../db/units';
import { forbidden, http, invalidField, requirePermission, valid } from './http';
import type { DemoUser } from '../db/demo-users';
import type { components } from '../../src/api/schema';

type StatsScope = components['schemas']['StatsScope'];

/** The part of the province a statistics request asks for. */
interface ScopeQuery {
  district?: string;
  commune?: string;
}

interface ResolvedScope {
  scope: StatsScope;
  districtIdx: number | null;
  communeIdx: number[];
}

/**
 * The part of the province asked for, checked against the user's scope on the server: a district
 * user asking for another district gets 403 whatever the page shows.
 */
function resolveScope(user: DemoUser, query: ScopeQuery): ResolvedScope {
  let districtCode = query.district;
  if (query.commune) {
    const ci = communeIndex(query.commune);
    if (ci === undefined) return invalidField('commune');
    const owner = communes[ci]!.districtCode;
    if (districtCode && districtCode !== owner) invalidField('commune');
    districtCode = owner;
  }
  if (user.scopeDistrictCode) {
    if (districtCode && districtCode !== user.scopeDistrictCode) forbidden();
    districtCode = user.scopeDistrictCode;
  }
  if (!districtCode) {
    return {
      scope: { level: 'province', code: unitTree.province.code, name: unitTree.province.name },
      districtIdx: null,
      communeIdx: [...allCommunes],
    };
  }
  const di = districtIndex(districtCode);
  if (di === undefined) return invalidField('district');
  const district = unitTree.districts[di]!;
  if (query.commune) {
    const ci = communeIndex(query.commune)!;
    const c = communes[ci]!;
    return {
      scope: { level: 'commune', code: c.code, name: c.name, districtCode: district.code },
      districtIdx: di,
      communeIdx: [ci],
    };
  }
  return {
    scope: { level: 'district', code: district.code, name: district.name },
    districtIdx: di,
    communeIdx: communesOfDistrict(di),
  };
}

export const statsHandlers = [
  http.get('/stats/summary', async ({ request, cookies, response }) => {
    const user = requirePermission(cookies, 'stats:view');
    const { query } = await valid('getStatsSummary', request);
    const { scope, communeIdx } = resolveScope(user, query);
    const ds = await dataset();
    const day = todayDay();
    const f = figures(ds, communeIdx, day);
    const o = outlook(f, day);
    return response(200).json({
      scope,
      asOf: isoOf(day),
      citizens: {
        total: f.total,
        converted: f.converted,
        reported: f.reported,
        unconverted: f.total - f.converted - f.reported,
        convertedToday: f.convertedToday,
        convertedLast7Days: f.convertedLast7Days,
        share: f.total ? f.converted / f.total : 0,
      },
      awaiting: awaiting(ds, communeIdx, day),
      deadlines: {
        switchDate: SWITCH_DATE,
        deadline: DEADLINE_DATE,
        daysToDeadline: o.daysToDeadline,
        requiredPerDay: o.requiredPerDay,
        pacePerDay: o.pacePerDay,
        forecastDate: scopeForecast(ds, communeIdx, day, o),
        shareAtDeadline: o.shareAtDeadline,
      },
      reasons: reasonCounts(f),
      status: o.status,
    });
  }),

  http.get('/stats/by-unit', async ({ request, cookies, response }) => {
    const user = requirePermission(cookies, 'stats:view');
    const { query } = await valid('getStatsByUnit', request);
    const { scope, districtIdx } = resolveScope(user, query);
    const ds = await dataset();
    const day = todayDay();
    const units =
      districtIdx === null
        ? unitTree.districts.map((d, i) => ({
            code: d.code,
            name: d.name,
            level: 'district' as const,
            communeIdx: communesOfDistrict(i),
          }))
        : communesOfDistrict(districtIdx).map((ci) => ({
            code: communes[ci]!.code,
            name: communes[ci]!.name,
            level: 'commune' as const,
            communeIdx: [ci],
          }));
    const rows = units.map((u) => {
      const f = figures(ds, u.communeIdx, day);
      const o = outlook(f, day);
      return {
        code: u.code,
        name: u.name,
        level: u.level,
        total: f.total,
        converted: f.converted,
        reported: f.reported,
        remaining: f.total - f.converted - f.reported,
        share: f.total ? f.converted / f.total : 0,
        pacePerDay: o.pacePerDay,
        requiredPerDay: o.requiredPerDay,
        forecastDate: scopeForecast(ds, u.communeIdx, day, o),
        status: o.status,
        convertedLast7Days: f.convertedLast7Days,
        shareWeekAgo: shareOn(ds, u.communeIdx, day - 7),
      };
    });
    return response(200).json({ scope, asOf: isoOf(day), rows });
  }),

  http.get('/stats/series', async ({ request, cookies, response }) => {
    const user = requirePermission(cookies, 'stats:view');
    const { query } = await valid('getStatsSeries', request);
    const { scope, communeIdx } = resolveScope(user, query);
    const ds = await dataset();
    const day = todayDay();
    const f = figures(ds, communeIdx, day);
    const points = [];
    // Totals grow a little in May–June (desk sign-ups until 15/06): each day's share uses that day's total.
    let total = f.registered[0]!;
    let cumulative = 0;
    for (let d = WINDOW_START; d <= day; d++) {
      const w = d - WINDOW_START;
      total += f.registered[w + 1] ?? 0;
      const converted = f.daily[w] ?? 0;
      cumulative += converted;
      points.push({ date: isoOf(d), converted, cumulative, share: total ? cumulative / total : 0 });
    }
    return response(200).json({
      scope,
      from: SERIES_FROM,
      to: isoOf(day),
      switchDate: SWITCH_DATE,
      deadline: DEADLINE_DATE,
      points,
    });
  }),
];
