/**
 * Who a notice is for, and how far reading it has got (read tracking): the rules the demo backend
 * (mocks/db/notices.ts) and the server (server/src/routes/notices.ts) both follow. No React, no MSW.
 *
 * The staff of a unit who are not users of the system are counted, not listed: each unit has a
 * deterministic number of staff meant to confirm (`intended`), and for a published first revision
 * a stable share of those who are not users have confirmed (the demo's stand-in for the province's
 * real staff).
 */
import type { components } from '../api/schema';

type UnitTree = components['schemas']['UnitTree'];
type Audience = components['schemas']['NoticeAudience'];
type Tracking = components['schemas']['NoticeTracking'];

export interface AudienceUnit {
  unitCode: string;
  unitName: string;
  intended: number;
}

/** The provincial one-stop desk: a desk and a provincial body. */
export const SERVICE_CENTER = {
  code: 'TTPVHCC',
  name: 'Trung tâm Phục vụ hành chính công tỉnh',
  intended: 12,
};

/**
 * The units a notice is meant for, with how many staff each should confirm: each unit once (the
 * service centre is both a desk and a provincial body), the issuing unit left out (it does not
 * confirm its own notice).
 */
export function audienceUnits(
  tree: UnitTree,
  audience: Audience,
  issuerCode?: string,
): AudienceUnit[] {
  const districts = tree.districts.map((d) => ({
    unitCode: d.code,
    unitName: d.name,
    // One per commune desk plus the district's own.
    intended: d.communes.length + 4,
  }));
  const center = {
    unitCode: SERVICE_CENTER.code,
    unitName: SERVICE_CENTER.name,
    intended: SERVICE_CENTER.intended,
  };
  let all: AudienceUnit[];
  switch (audience.staff) {
    case 'all':
      all = [
        center,
        ...tree.organisations.map((o) => ({
          unitCode: o.code,
          unitName: o.name,
          intended: 6 + (o.code.length % 3),
        })),
        ...districts,
      ];
      break;
    case 'desks':
      all = [center, ...districts];
      break;
    case 'districts':
      all = districts.filter((d) => audience.districtCodes.includes(d.unitCode));
      break;
    default:
      all = [];
  }
  const seen = new Set<string>();
  return all.filter((u) => {
    if (u.unitCode === issuerCode || seen.has(u.unitCode)) return false;
    seen.add(u.unitCode);
    return true;
  });
}

/** A stable fraction per notice and unit (FNV-1a), for the staff who are not users. */
export function confirmedShare(noticeId: string, unitCode: string): number {
  let h = 2166136261;
  for (const ch of noticeId + unitCode) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) % 1000) / 1000;
}

export interface TrackedNotice {
  id: string;
  issuerCode: string;
  status: 'draft' | 'published' | 'archived';
  revision: number;
  audience: Audience;
}

export interface TrackedUser {
  username: string;
  displayName: string;
  unitCode: string;
}

/**
 * Read tracking: per unit, how many of the intended staff confirmed (the users who did, plus the
 * stable share of the others for a published first revision), units with the lowest share first
 * (then by name); the users in the audience who have not confirmed, each with the name of the unit
 * that counts them, by that unit's name, then by their own (whatever order the users came in).
 */
export function noticeTracking(
  tree: UnitTree,
  n: TrackedNotice,
  users: readonly TrackedUser[],
  confirmedBy: readonly string[],
): Tracking {
  const confirmed = new Set(confirmedBy);
  const units = audienceUnits(tree, n.audience, n.issuerCode).map((u) => {
    const own = users.filter((d) => d.unitCode === u.unitCode);
    const ownConfirmed = own.filter((d) => confirmed.has(d.username)).length;
    const others = u.intended - own.length;
    const othersConfirmed =
      n.status === 'published' && n.revision === 1
        ? Math.floor(others * confirmedShare(n.id, u.unitCode))
        : 0;
    return { ...u, confirmed: ownConfirmed + othersConfirmed };
  });
  units.sort(
    (a, b) =>
      a.confirmed / a.intended - b.confirmed / b.intended ||
      a.unitName.localeCompare(b.unitName, 'vi'),
  );
  // Each beside the name of the unit that counts them.
  const unitNames = new Map(units.map((u) => [u.unitCode, u.unitName]));
  const pending = users
    .filter((d) => unitNames.has(d.unitCode) && !confirmed.has(d.username))
    .map((d) => ({
      username: d.username,
      displayName: d.displayName,
      unitName: unitNames.get(d.unitCode)!,
    }))
    .sort(
      (a, b) =>
        a.unitName.localeCompare(b.unitName, 'vi') ||
        a.displayName.localeCompare(b.displayName, 'vi') ||
        a.username.localeCompare(b.username),
    );
  return {
    units,
    pending,
    intended: units.reduce((s, u) => s + u.intended, 0),
    confirmed: units.reduce((s, u) => s + u.confirmed, 0),
  };
}

/** Governing bodies of the issuers that are not the province's own (Decree 30/2020's cơ quan chủ quản). */
const CENTRAL_GOVERNING: Record<string, string> = {
  BHXH: 'BẢO HIỂM XÃ HỘI VIỆT NAM',
  CT: 'TỔNG CỤC THUẾ',
  CAT: 'BỘ CÔNG AN',
};

/** What the document's header prints above the issuer: null for the People's Committee itself. */
export function governingBodyOf(issuerCode: string): string | null {
  if (issuerCode === 'UBND') return null;
  return CENTRAL_GOVERNING[issuerCode] ?? 'UBND TỈNH BẮC GIANG';
}

/** A pin holds while the notice is published and in force on the day. */
export function pinnedOn(
  n: {
    pinned: boolean;
    status: string;
    effectiveFrom: string;
    effectiveUntil: string | null;
  },
  day: string,
): boolean {
  return (
    n.pinned &&
    n.status === 'published' &&
    n.effectiveFrom <= day &&
    (!n.effectiveUntil || n.effectiveUntil >= day)
  );
}

/** Notices list order: live before archived, those still to confirm first, newest first. */
export function compareNoticeSummaries(
  a: { status: string; addressedToMe: boolean; confirmed: boolean; issuedOn: string; id: string },
  b: { status: string; addressedToMe: boolean; confirmed: boolean; issuedOn: string; id: string },
): number {
  return (
    Number(a.status === 'archived') - Number(b.status === 'archived') ||
    Number(!a.addressedToMe || a.confirmed) - Number(!b.addressedToMe || b.confirmed) ||
    b.issuedOn.localeCompare(a.issuedOn) ||
    b.id.localeCompare(a.id)
  );
}
