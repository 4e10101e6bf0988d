import { HttpResponse } from 'msw';
import { z } from 'zod';
import { problemTypes } from '../../src/api/errors';
import { foldVietnamese } from '../../src/lib/text';
import { noticeText } from '../../src/features/notices/lib/sanitize';
import { attachmentDisposition, nextAttachmentId } from '../../src/lib/notice-attachments';
import { compareNoticeSummaries } from '../../src/lib/notice-audience';
import { NOTICE_HTML_MAX_DEPTH, noticeHtmlProblem } from '../../src/lib/notice-limits';
import type { DemoUser } from '../../src/features/auth/demo-users';
import { today } from '../db/demo-state';
import { sanitizeOnServer } from '../db/sanitizer';
import { writeAudit } from '../db/journal';
import {
  cleanFileName,
  dropFile,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  putFile,
  readFile,
  sniffType,
} from '../db/notice-files';
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
import { sessionUser } from '../db/users';
import {
  conflict,
  fail,
  forbidden,
  http,
  invalidField,
  isoDateSchema,
  notFound,
  requirePermission,
  SESSION_COOKIE,
  validBody,
  validQuery,
} from './http';

const text = (max: number) => z.string().trim().max(max);

const NoticeInput = z.object({
  docType: z.enum(['thong_bao', 'cong_van', 'huong_dan']),
  subject: text(300).min(1),
  // The shared limits (length, then nesting depth), checked before the body is parsed.
  bodyHtml: z.string().superRefine((html, ctx) => {
    const problem = noticeHtmlProblem(html);
    if (problem)
      ctx.addIssue({
        code: 'custom',
        params: { code: problem },
        message:
          problem === 'too_deep'
            ? `Elements may nest at most ${NOTICE_HTML_MAX_DEPTH} deep.`
            : 'The body is too long.',
      });
  }),
  number: text(40).optional(),
  signerAuthority: text(80).optional(),
  signerTitle: text(80).optional(),
  signerName: text(80).optional(),
  recipients: z.array(text(200)).max(30).optional(),
  related: z.array(text(60)).max(20).optional(),
  audience: z.object({
    staff: z.enum(['all', 'districts', 'desks', 'none']),
    districtCodes: z.array(z.string().refine((c) => districtCodes.includes(c))).max(20),
    citizens: z.boolean(),
    businesses: z.boolean(),
  }),
  pinned: z.boolean().optional(),
  effectiveFrom: isoDateSchema.optional(),
  effectiveUntil: isoDateSchema.nullable().optional(),
});

/** The end of validity may not come before its start. */
const datesInOrder = (
  v: { effectiveFrom?: string; effectiveUntil?: string | null },
  ctx: z.RefinementCtx,
) => {
  if (v.effectiveFrom && v.effectiveUntil && v.effectiveUntil < v.effectiveFrom)
    ctx.addIssue({ code: 'custom', path: ['effectiveUntil'], params: { code: 'date_order' } });
};
const NoticeCreate = NoticeInput.superRefine(datesInOrder);
const NoticeUpdate = NoticeInput.extend({ baseVersion: z.number().int().min(1) }).superRefine(
  datesInOrder,
);

function apply(n: StoredNotice, input: z.infer<typeof NoticeInput>): StoredNotice {
  const body = sanitizeOnServer(input.bodyHtml);
  if (!body.ok) return invalidField('bodyHtml', body.problem);
  return {
    ...n,
    docType: input.docType,
    subject: input.subject,
    bodyHtml: body.html,
    number: input.number ?? n.number,
    signerAuthority: input.signerAuthority ?? n.signerAuthority,
    signerTitle: input.signerTitle ?? n.signerTitle,
    signerName: input.signerName ?? n.signerName,
    recipients: (input.recipients ?? n.recipients).filter(Boolean),
    related: (input.related ?? n.related).filter(Boolean),
    audience: input.audience,
    pinned: input.pinned ?? n.pinned,
    effectiveFrom: input.effectiveFrom ?? n.effectiveFrom,
    effectiveUntil: input.effectiveUntil === undefined ? n.effectiveUntil : input.effectiveUntil,
  };
}

function readable(id: string, user: DemoUser): StoredNotice {
  const n = findNotice(id);
  if (!n || !mayRead(n, user)) return notFound('Notice');
  return n;
}

function editable(id: string, user: DemoUser): StoredNotice {
  const n = findNotice(id);
  if (!n || !mayRead(n, user)) return notFound('Notice');
  if (!mayEdit(n, user)) return forbidden('Only the issuing department may edit this notice.');
  return n;
}

export const noticeHandlers = [
  http.get('/notices', ({ cookies, request }) => {
    const user = requirePermission(cookies, 'notices:view');
    const { q } = validQuery(request, z.object({ q: z.string().max(100).optional() }));
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
    const input = await validBody(request, NoticeCreate);
    const org = organisationOf(user.unitCode);
    const draft: StoredNotice = apply(
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
    const n = editable(params.id, user);
    const input = await validBody(request, NoticeUpdate);
    if (input.baseVersion !== n.version) {
      return fail(409, problemTypes.staleVersion, 'Conflict', {
        detail: 'Someone else saved this notice after you opened it.',
        current: toNotice(n, user),
      });
    }
    let next = apply({ ...n, version: n.version + 1 }, input);
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

  http.post('/notices/{id}/attachments', async ({ cookies, params, request }) => {
    const user = requirePermission(cookies, 'notices:write');
    const n = editable(params.id, user);
    const form = await request.formData().catch(() => null);
    const file = form?.get('file');
    if (!file || typeof file === 'string') return invalidField('file', 'required');
    if (file.size > MAX_ATTACHMENT_BYTES) return invalidField('file', 'file_size');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = sniffType(bytes);
    if (!type) return invalidField('file', 'file_type');
    const attachments = n.attachments ?? [];
    if (attachments.length >= MAX_ATTACHMENTS) return invalidField('file', 'file_count');
    const attachment = {
      id: nextAttachmentId(n.id, attachments),
      name: cleanFileName(file.name),
      type,
      size: bytes.length,
    };
    putFile(attachment.id, bytes);
    const next: StoredNotice = {
      ...n,
      // Files are their own resources: attaching one does not make an open editor's copy stale.
      attachments: [...attachments, attachment],
    };
    saveNotice(next);
    writeAudit(user, {
      action: 'notice.attach',
      targets: [n.id],
      details: { file: attachment.id },
    });
    return HttpResponse.json(toNotice(next, user), { status: 201 });
  }),

  http.get('/notices/{id}/attachments/{attachmentId}', ({ cookies, params, response }) => {
    const n = findNotice(params.id);
    const isPublic =
      n?.status === 'published' && issuedBy(n) && (n.audience.citizens || n.audience.businesses);
    // Without a session, a file that is not public does not exist (the contract answers only 404).
    const user = sessionUser(cookies[SESSION_COOKIE]);
    if (!n || (!isPublic && !(user && mayRead(n, user)))) return notFound('Attachment');
    const attachment = (n.attachments ?? []).find((a) => a.id === params.attachmentId);
    const bytes = attachment ? readFile(attachment.id) : null;
    if (!attachment || !bytes) return notFound('Attachment');
    return response.untyped(
      new HttpResponse(bytes, {
        headers: {
          'Content-Type': attachment.type,
          'Content-Disposition': attachmentDisposition(attachment.name),
          'X-Content-Type-Options': 'nosniff',
        },
      }),
    );
  }),

  http.delete('/notices/{id}/attachments/{attachmentId}', ({ cookies, params }) => {
    const user = requirePermission(cookies, 'notices:write');
    const n = editable(params.id, user);
    const attachments = n.attachments ?? [];
    if (!attachments.some((a) => a.id === params.attachmentId)) return notFound('Attachment');
    dropFile(params.attachmentId);
    const next: StoredNotice = {
      ...n,
      attachments: attachments.filter((a) => a.id !== params.attachmentId),
    };
    saveNotice(next);
    writeAudit(user, { action: 'notice.detach', targets: [n.id] });
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
];
