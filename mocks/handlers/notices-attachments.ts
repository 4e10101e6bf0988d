/**
 * A notice's attachments in the demo backend: PDF, PNG or JPEG (the type read from the file's first
 * bytes), at most MAX_ATTACHMENT_BYTES each and MAX_ATTACHMENTS per notice; a public notice's files
 * are readable without a session.
 */
import { HttpResponse } from 'msw';
import { attachmentDisposition, nextAttachmentId } from '../../src/lib/notice-attachments';
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
  findNotice,
  issuedBy,
  mayRead,
  saveNotice,
  toNotice,
  type StoredNotice,
} from '../db/notices';
import { sessionUser } from '../db/users';
import { http, invalidField, notFound, requirePermission, SESSION_COOKIE } from './http';
import { editable } from './notices-access';

export const noticeAttachmentHandlers = [
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
];
