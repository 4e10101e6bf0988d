/** The notices store: seeded, persisted in the demo, with per-user confirmations and read tracking. */
import type { components } from '../../src/api/schema';
import { can } from '../../src/config/permissions';
import { demoUsers, type DemoUser } from '../../src/features/auth/demo-users';
import { today } from './demo-state';
import { seedConfirmations, seedNotices } from './notices-seed';
import { onReset, persisted } from './storage';
import { communes, unitTree } from './units';

type Notice = components['schemas']['Notice'];
type Summary = components['schemas']['NoticeSummary'];
type Audience = components['schemas']['NoticeAudience'];

/** As kept in the demo store; notices saved before attachments existed have none. */
export type StoredNotice = Omit<
  Notice,
  'confirmed' | 'canEdit' | 'addressedToMe' | 'attachments' | 'governingBodyName'
> & {
  attachments?: Notice['attachments'];
};

const notices = persisted<StoredNotice[]>('notices', () => structuredClone(seedNotices));
const confirmations = persisted<Record<string, string[]>>('notice-confirmations', () =>
  structuredClone(seedConfirmations),
);
onReset(() => {
  notices.drop();
  confirmations.drop();
});

export const allNotices = (): readonly StoredNotice[] => notices.get();
export const findNotice = (id: string) => notices.get().find((n) => n.id === id);

export function saveNotice(next: StoredNotice): void {
  notices.update((list) =>
    list.some((n) => n.id === next.id)
      ? list.map((n) => (n.id === next.id ? next : n))
      : [...list, next],
  );
}

export function nextNoticeId(): string {
  const max = Math.max(0, ...notices.get().map((n) => Number(n.id.slice(2)) || 0));
  return `TB${String(max + 1).padStart(4, '0')}`;
}

export const confirmedBy = (id: string): readonly string[] => confirmations.get()[id] ?? [];

export function confirm(id: string, username: string): void {
  confirmations.update((all) => {
    const list = all[id] ?? [];
    return list.includes(username) ? all : { ...all, [id]: [...list, username] };
  });
}

export interface AudienceUnit {
  unitCode: string;
  unitName: string;
  intended: number;
}

/** Service center: the provincial one-stop desk. */
const CENTER = { code: 'TTPVHCC', name: 'Trung tâm Phục vụ hành chính công tỉnh' };

/** Staff a district's one-stop desks hold: one per commune desk plus the district desk (deterministic). */
function districtStaff(code: string): number {
  const n = communes.filter((c) => c.districtCode === code).length;
  return n + 4;
}

/**
 * The units a notice is meant for, with how many staff each should confirm: each unit once (the
 * service centre is both a desk and a provincial body), the issuing unit left out (it does not
 * confirm its own notice).
 */
export function audienceUnits(audience: Audience, issuerCode?: string): AudienceUnit[] {
  const seen = new Set<string>();
  return allAudienceUnits(audience).filter((u) => {
    if (u.unitCode === issuerCode || seen.has(u.unitCode)) return false;
    seen.add(u.unitCode);
    return true;
  });
}

function allAudienceUnits(audience: Audience): AudienceUnit[] {
  const districts = unitTree.districts.map((d) => ({
    unitCode: d.code,
    unitName: d.name,
    intended: districtStaff(d.code),
  }));
  const center = { unitCode: CENTER.code, unitName: CENTER.name, intended: 12 };
  switch (audience.staff) {
    case 'all':
      return [
        center,
        ...unitTree.organisations.map((o) => ({
          unitCode: o.code,
          unitName: o.name,
          intended: 6 + (o.code.length % 3),
        })),
        ...districts,
      ];
    case 'desks':
      return [center, ...districts];
    case 'districts':
      return districts.filter((d) => audience.districtCodes.includes(d.unitCode));
    default:
      return [];
  }
}

export function inAudience(n: StoredNotice, user: DemoUser): boolean {
  return audienceUnits(n.audience, n.issuerCode).some((u) => u.unitCode === user.unitCode);
}

export function mayEdit(n: StoredNotice, user: DemoUser): boolean {
  if (can(user.role, 'notices:manage-all')) return true;
  return can(user.role, 'notices:write') && user.unitCode === n.issuerCode;
}

/**
 * A notice exists from the day it was issued (or, for a draft, written): on an earlier demo day
 * nobody sees it, its issuer included.
 */
export function issuedBy(n: StoredNotice, day = today()): boolean {
  return n.issuedOn <= day;
}

export function mayRead(n: StoredNotice, user: DemoUser): boolean {
  if (!issuedBy(n)) return false;
  if (mayEdit(n, user)) return true;
  return n.status !== 'draft' && inAudience(n, user);
}

/** A pin holds while the notice is published and in force on the demo day. */
function pinnedNow(n: StoredNotice): boolean {
  return (
    n.pinned &&
    n.status === 'published' &&
    n.effectiveFrom <= today() &&
    (!n.effectiveUntil || n.effectiveUntil >= today())
  );
}

export function toSummary(n: StoredNotice, user: DemoUser): Summary {
  return {
    id: n.id,
    number: n.number,
    docType: n.docType,
    subject: n.subject,
    issuerCode: n.issuerCode,
    issuerName: n.issuerName,
    issuedOn: n.issuedOn,
    status: n.status,
    pinned: pinnedNow(n),
    effectiveFrom: n.effectiveFrom,
    effectiveUntil: n.effectiveUntil,
    version: n.version,
    revision: n.revision,
    confirmed: confirmedBy(n.id).includes(user.username),
    addressedToMe: inAudience(n, user),
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

export function toNotice(n: StoredNotice, user: DemoUser | null): Notice {
  return {
    ...n,
    governingBodyName: governingBodyOf(n.issuerCode),
    // Notices saved by an older demo have no attachment list.
    attachments: n.attachments ?? [],
    confirmed: user ? confirmedBy(n.id).includes(user.username) : false,
    canEdit: user ? mayEdit(n, user) : false,
    addressedToMe: user ? inAudience(n, user) : false,
  };
}

/** A stable fraction per notice and unit, for the staff who are not demo users. */
function share(id: string, unit: string): number {
  let h = 2166136261;
  for (const ch of id + unit) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) % 1000) / 1000;
}

export function tracking(n: StoredNotice) {
  const users = confirmedBy(n.id);
  const units = audienceUnits(n.audience, n.issuerCode).map((u) => {
    const demo = demoUsers.filter((d) => d.unitCode === u.unitCode);
    const demoConfirmed = demo.filter((d) => users.includes(d.username)).length;
    const others = u.intended - demo.length;
    // Published notices: the other staff confirmed a stable share (none for a new revision's first day).
    const otherConfirmed =
      n.status === 'published' && n.revision === 1
        ? Math.floor(others * share(n.id, u.unitCode))
        : 0;
    return { ...u, confirmed: demoConfirmed + otherConfirmed };
  });
  // The units furthest behind first: those are the ones to follow up.
  units.sort(
    (a, b) =>
      a.confirmed / a.intended - b.confirmed / b.intended ||
      a.unitName.localeCompare(b.unitName, 'vi'),
  );
  const pending = demoUsers
    .filter((d) => units.some((u) => u.unitCode === d.unitCode) && !users.includes(d.username))
    .map((d) => ({ username: d.username, displayName: d.displayName, unitName: d.unitName }));
  return {
    units,
    pending,
    intended: units.reduce((s, u) => s + u.intended, 0),
    confirmed: units.reduce((s, u) => s + u.confirmed, 0),
  };
}

export function resetConfirmations(id: string): void {
  confirmations.update((all) => ({ ...all, [id]: [] }));
}
