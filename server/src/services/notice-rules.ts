/**
 * Who may read and edit a notice, and what a notice's input may be. The rules are the demo
 * backend's (mocks/handlers/notices.ts), shared where they can be: who a notice is for
 * (src/lib/notice-audience.ts), what a body may be (src/lib/notice-limits.ts, cleaned by
 * src/lib/notice-html.ts).
 */
import { can } from '../../../src/config/permissions';
import { audienceUnits } from '../../../src/lib/notice-audience';
import { checkNoticeInput } from '../../../src/lib/notice-input';
import { noticeText } from '../../../src/lib/notice-limits';
import { foldVietnamese } from '../../../src/lib/text';
import { invalid, notFound } from '../http/problem';
import type { Services } from '.';
import { findNotice, type NoticeInput, type Stored, type UnitTree } from './notice-rows';
import { loadUnitTree } from './units';
import type { SessionUser } from './users';

export const mayEdit = (n: Stored, user: SessionUser) =>
  can(user.role, 'notices:manage-all') ||
  (can(user.role, 'notices:write') && user.unitCode === n.issuerCode);

export const inAudience = (tree: UnitTree, n: Stored, user: SessionUser) =>
  audienceUnits(tree, n.audience, n.issuerCode).some((u) => u.unitCode === user.unitCode);

/** A notice exists from the day it was issued (a draft: written). */
export const issuedBy = (n: Stored, day: string) => n.issuedOn <= day;

export const mayRead = (tree: UnitTree, n: Stored, user: SessionUser, day: string) =>
  issuedBy(n, day) && (mayEdit(n, user) || (n.status !== 'draft' && inAudience(tree, n, user)));

export const isPublic = (n: Stored, day: string) =>
  n.status === 'published' && issuedBy(n, day) && (n.audience.citizens || n.audience.businesses);

/** What `q` searches: subject, number and the body's text, folded. */
export const searchText = (subject: string, number: string, bodyHtml: string) =>
  foldVietnamese(`${subject} ${number} ${noticeText(bodyHtml)}`);

/** What the guarded look-ups need of a request (a handler's `ctx`). */
export interface NoticeCtx {
  services: Services;
  refuse: (user: SessionUser, detail?: string, targets?: string[]) => Promise<never>;
}

/** The notice if the user may read it, else 404 (not 403: whether it exists is not told). */
export async function readable(ctx: NoticeCtx, id: string, user: SessionUser) {
  const tree = await loadUnitTree(ctx.services);
  const n = await findNotice(ctx.services, id);
  if (!n || !mayRead(tree, n, user, ctx.services.clock.today())) throw notFound('Notice');
  return { n, tree };
}

/** The notice if the user may edit it: 404 when unreadable, 403 (audited) when only readable. */
export async function editable(ctx: NoticeCtx, id: string, user: SessionUser) {
  const found = await readable(ctx, id, user);
  if (!mayEdit(found.n, user)) {
    await ctx.refuse(user, 'Only the issuing department may edit this notice.', [id]);
  }
  return found;
}

export const trimmed = (s: string | undefined) => (s === undefined ? undefined : s.trim());
export const lines = (list: string[] | undefined) =>
  list === undefined ? undefined : list.map((s) => s.trim()).filter(Boolean);

/** The rules beyond the contract's schema (src/lib/notice-input.ts); the body comes back cleaned. */
export async function checkInput(services: Services, input: NoticeInput): Promise<string> {
  const tree = await loadUnitTree(services);
  const checked = checkNoticeInput(input, new Set(tree.districts.map((d) => d.code)));
  if (!checked.ok) throw invalid(checked.errors);
  return checked.html;
}

/** 23505: a unique key taken by a request that ran at the same time. */
export const isUniqueViolation = (e: unknown) =>
  typeof e === 'object' && e !== null && (e as { code?: string }).code === '23505';
