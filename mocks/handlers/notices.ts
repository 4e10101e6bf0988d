/**
 * Guidance notices in the demo backend: the list, drafts and their saves (a new revision once
 * published), publishing, archiving, readers' confirmations and the issuer's tracking, and the
 * public page of a notice for citizens and businesses. Attachments: notices-attachments.ts.
 */
import { HttpResponse } from 'msw';
import { problemTypes } from '../../src/api/errors';
import { foldVietnamese } from '../../src/lib/text';
import { compareNoticeSummaries } from '../../src/lib/notice-audience';
import { noticeText } from '../../src/lib/notice-limits';
import type { components } from '../../src/api/schema';
import { today } from '../db/demo-state';
import { writeAudit } from '../db/journal';
import {
  allNotices,
  confirm,
  findNotice,
  inAudience,
  issuedBy,
  mayEdit,
  mayRead,
  nextNoticeId,
  resetConfirmations,
  saveNotice,
  toNotice,
  toSummary,
  tracking,
  type StoredNotice,
} from '../db/notices';
import { districtCodes, organisationOf } from '../db/units';
import {
  conflict,
  fail,
  forbidden,
  http,
  invalid,
  invalidField,
  notFound,
  requirePermission,
  valid,
} from './http';
import { editable, readable } from './notices-access';
import { noticeAttachmentHandlers } from './notices-attachments';

type NoticeInput = components['schemas']['NoticeInput'];

const trimmed = (s: string | undefined) => (s === undefined ? undefined : s.trim());
const lines = (list: string[] | undefined) =>
  list === undefined ? undefined : list.map((s) => s.trim()).filter(Boolean);

/**
 * The rules beyond the contract (as on the server). They clean the body with sanitize-html (an HTML
 * parser and PostCSS), which only a save needs: loaded then, so that the worker starts without it.
 * A handler loads them before it reads the notice, so that nothing changes it meanwhile.
 */
const noticeRules = () => import('../../src/lib/notice-input');
type NoticeRules = Awaited<ReturnType<typeof noticeRules>>;

/** A notice with the input applied, after the rules beyond the contract. */
function apply(rules: NoticeRules, n: StoredNotice, input: NoticeInput): StoredNotice {
  const checked = rules.checkNoticeInput(input, new Set(districtCodes));
  if (!checked.ok) return invalid(checked.errors);
  return {
    ...n,
    docType: input.docType,
    subject: input.subject.trim(),
    bodyHtml: checked.html,
    number: trimmed(input.number) ?? n.number,
    signerAuthority: trimmed(input.signerAuthority) ?? n.signerAuthority,
    signerTitle: trimmed(input.signerTitle) ?? n.signerTitle,
    signerName: trimmed(input.signerName) ?? n.signerName,
    recipients: lines(input.recipients) ?? n.recipients.filter(Boolean),
    related: lines(input.related) ?? n.related.filter(Boolean),
    audience: input.audience,
    pinned: input.pinned ?? n.pinned,
    effectiveFrom: input.effectiveFrom ?? n.effectiveFrom,
    effectiveUntil: input.effectiveUntil === undefined ? n.effectiveUntil : input.effectiveUntil,
  };
}

export const noticeHandlers = [
  http.get('/notices', async ({ cookies, request }) => {
    const user = requirePermission(cookies, 'notices:view');
    const {
      query: { q },
    } = await valid('listNotices', request);
    const words = q
      ? foldVietnamese(q)
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean)
      : [];
    const items = allNotices()
      // Archived notices stay visible to the department that issued them, last.
      .filter((n) => mayRead(n, user) && (n.status !== 'archived' || mayEdit(n, user)))
      .filter((n) => {
        if (words.length === 0) return true;
        const hay = foldVietnamese(`${n.subject} ${n.number} ${noticeText(n.bodyHtml)}`);
        return words.every((w) => hay.includes(w));
      })
      .map((n) => toSummary(n, user))
      // Live before archived, those the user still has to confirm first, newest first.
      .sort(compareNoticeSummaries);
    return HttpResponse.json({ items });
  }),

  http.post('/notices', async ({ cookies, request }) => {
    const user = requirePermission(cookies, 'notices:write');
    const { body: input } = await valid('createNotice', request);
    const rules = await noticeRules();
    const org = organisationOf(user.unitCode);
    const draft: StoredNotice = apply(
      rules,
      {
        id: nextNoticeId(),
        number: '',
        docType: input.docType,
        subject: '',
        issuerCode: user.unitCode,
        issuerName: (org?.name ?? user.unitName).toLocaleUpperCase('vi-VN'),
        issuedOn: today(),
        place: 'Bắc Giang',
        status: 'draft',
        pinned: false,
        effectiveFrom: today(),
        effectiveUntil: null,
        version: 1,
        revision: 0,
        previousBodyHtml: null,
        attachments: [],
        audience: input.audience,
        signerAuthority: '',
        signerTitle: '',
        signerName: '',
        recipients: [],
        related: [],
        bodyHtml: '',
      },
      input,
    );
    saveNotice(draft);
    writeAudit(user, { action: 'notice.create', targets: [draft.id] });
    return HttpResponse.json(toNotice(draft, user), { status: 201 });
  }),

  http.get('/notices/{id}', ({ cookies, params }) => {
    const user = requirePermission(cookies, 'notices:view');
    return HttpResponse.json(toNotice(readable(params.id, user), user));
  }),

  http.put('/notices/{id}', async ({ cookies, params, request }) => {
    const user = requirePermission(cookies, 'notices:write');
    const { params: p, body: input } = await valid('updateNotice', request, params);
    const rules = await noticeRules();
    const n = editable(p.id, user);
    if (input.baseVersion !== n.version) {
      return fail(409, problemTypes.staleVersion, 'Conflict', {
        detail: 'Someone else saved this notice after you opened it.',
        current: toNotice(n, user),
      });
    }
    let next = apply(rules, { ...n, version: n.version + 1 }, input);
    if (n.status === 'published' && next.bodyHtml !== n.bodyHtml) {
      // A new revision: readers confirm again and see what changed.
      next = { ...next, revision: n.revision + 1, previousBodyHtml: n.bodyHtml };
      resetConfirmations(n.id);
    }
    saveNotice(next);
    writeAudit(user, { action: 'notice.save', targets: [n.id] });
    return HttpResponse.json(toNotice(next, user));
  }),

  http.post('/notices/{id}/publish', ({ cookies, params }) => {
    const user = requirePermission(cookies, 'notices:write');
    const n = editable(params.id, user);
    if (n.status !== 'draft') return conflict('The notice is already published.');
    if (n.audience.staff === 'districts' && n.audience.districtCodes.length === 0)
      return invalidField('audience.districtCodes', 'required');
    const count = allNotices().filter((x) => x.issuerCode === n.issuerCode && x.number).length;
    const next: StoredNotice = {
      ...n,
      status: 'published',
      revision: 1,
      version: n.version + 1,
      issuedOn: today(),
      number: n.number || `${130 + count}/TB-${n.issuerCode}`,
    };
    saveNotice(next);
    writeAudit(user, { action: 'notice.publish', targets: [n.id] });
    return HttpResponse.json(toNotice(next, user));
  }),

  http.post('/notices/{id}/archive', ({ cookies, params }) => {
    const user = requirePermission(cookies, 'notices:write');
    const n = editable(params.id, user);
    if (n.status !== 'published') return conflict('Only a published notice can be archived.');
    const next: StoredNotice = { ...n, status: 'archived', version: n.version + 1 };
    saveNotice(next);
    writeAudit(user, { action: 'notice.archive', targets: [n.id] });
    return HttpResponse.json(toNotice(next, user));
  }),

  http.post('/notices/{id}/confirm', ({ cookies, params }) => {
    const user = requirePermission(cookies, 'notices:view');
    const n = readable(params.id, user);
    if (n.status !== 'published') return conflict('Only published notices can be confirmed.');
    if (!inAudience(n, user)) return forbidden('This notice is not addressed to your unit.');
    confirm(n.id, user.username);
    return HttpResponse.json(toNotice(n, user));
  }),

  http.get('/notices/{id}/tracking', ({ cookies, params }) => {
    const user = requirePermission(cookies, 'notices:write');
    return HttpResponse.json(tracking(editable(params.id, user)));
  }),

  http.post('/notices/{id}/reminders', ({ cookies, params }) => {
    const user = requirePermission(cookies, 'notices:write');
    const n = editable(params.id, user);
    const t = tracking(n);
    const reminded = t.intended - t.confirmed;
    writeAudit(user, { action: 'notice.remind', targets: [n.id], details: { reminded } });
    return HttpResponse.json({ reminded });
  }),

  http.get('/public/notices/{id}', ({ params }) => {
    const n = findNotice(params.id);
    if (
      !n ||
      n.status !== 'published' ||
      !issuedBy(n) ||
      !(n.audience.citizens || n.audience.businesses)
    )
      return notFound('Notice');
    return HttpResponse.json(toNotice(n, null));
  }),
  // Attachments: their own paths, under /notices/{id}/attachments.
  ...noticeAttachmentHandlers,
];
