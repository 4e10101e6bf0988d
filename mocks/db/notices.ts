/** The notices store: seeded, persisted in the demo, with per-user confirmations and read tracking. */
import type { components } from '../../src/api/schema';
import { can } from '../../src/config/permissions';
import {
  audienceUnits as sharedAudienceUnits,
  governingBodyOf,
  noticeTracking,
  pinnedOn,
  type AudienceUnit,
} from '../../src/lib/notice-audience';
import { demoUsers, type DemoUser } from './demo-users';
import { today } from './demo-state';
import { seedConfirmations, seedNotices } from './notices-seed';
import { onReset, persisted } from './storage';
import { unitTree } from './units';

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

/** The units a notice is meant for (src/lib/notice-audience.ts, as the server computes them). */
export function audienceUnits(audience: Audience, issuerCode?: string): AudienceUnit[] {
  return sharedAudienceUnits(unitTree, audience, issuerCode);
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

const pinnedNow = (n: StoredNotice) => pinnedOn(n, today());

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

/** Read tracking (src/lib/notice-audience.ts, as the server computes it); the demo users are the users. */
export function tracking(n: StoredNotice) {
  return noticeTracking(unitTree, n, demoUsers, confirmedBy(n.id));
}

export function resetConfirmations(id: string): void {
  confirmations.update((all) => ({ ...all, [id]: [] }));
}
