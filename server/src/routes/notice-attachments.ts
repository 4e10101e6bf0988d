/**
 * A notice's files: PDF, PNG or JPEG (the type read from the file's first bytes), at most
 * MAX_ATTACHMENTS of MAX_ATTACHMENT_BYTES each (src/lib/notice-attachments.ts). A public notice's
 * files are public; the others' need a user who may read the notice.
 */
import {
  MAX_ATTACHMENTS,
  MAX_ATTACHMENT_BYTES,
  attachmentDisposition,
  cleanFileName,
  nextAttachmentId,
  sniffType,
} from '../../../src/lib/notice-attachments';
import { conflict, invalidField, notFound } from '../http/problem';
import type { Handlers } from '../http/routing';
import { toNotice } from '../services/notice-answers';
import { attachmentsOf, findNotice } from '../services/notice-rows';
import { editable, isPublic, isUniqueViolation, mayRead } from '../services/notice-rules';
import { loadUnitTree } from '../services/units';

export const noticeAttachmentRoutes: Handlers = {
  addNoticeAttachment: async (ctx) => {
    const user = await ctx.require('notices:write');
    const { services } = ctx;
    const { n, tree } = await editable(ctx, ctx.params.id, user);
    // One file under `file`, read up to one byte past the limit (more is refused, not stored).
    let part: Awaited<ReturnType<typeof ctx.req.file>>;
    try {
      part = await ctx.req.file({
        // The name as given (it is cleaned below), not only what follows its last slash.
        preservePath: true,
        limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1 },
      });
    } catch {
      throw invalidField('file', 'required');
    }
    if (!part || part.fieldname !== 'file') throw invalidField('file', 'required');
    let bytes: Buffer;
    try {
      bytes = await part.toBuffer();
    } catch {
      throw invalidField('file', 'file_size');
    }
    if (part.file.truncated || bytes.length > MAX_ATTACHMENT_BYTES)
      throw invalidField('file', 'file_size');
    if (bytes.length === 0) throw invalidField('file', 'required');
    const type = sniffType(bytes);
    if (!type) throw invalidField('file', 'file_type');
    const attached = await attachmentsOf(services, n.id);
    if (attached.length >= MAX_ATTACHMENTS) throw invalidField('file', 'file_count');
    const id = nextAttachmentId(n.id, attached);
    try {
      await services.db
        .insertInto('notice_attachments')
        .values({
          id,
          notice_id: n.id,
          name: cleanFileName(part.filename ?? ''),
          type,
          size: bytes.length,
          bytes,
          ord: attached.length + 1,
          created_at: services.clock.now(),
        })
        .execute();
    } catch (e) {
      if (isUniqueViolation(e))
        throw conflict('Another file was being attached at the same moment; try again.');
      throw e;
    }
    await services.audit.write(
      user,
      { action: 'notice.attach', targets: [n.id], details: { file: id } },
      ctx.req.ip,
    );
    ctx.reply.code(201);
    return toNotice(services, tree, n, user);
  },

  getNoticeAttachment: async (ctx) => {
    const { services, params } = ctx;
    const day = services.clock.today();
    const n = await findNotice(services, params.id);
    let allowed = Boolean(n && isPublic(n, day));
    if (n && !allowed) {
      // Without a session, a file that is not public does not exist (only 404 is answered).
      const user = await ctx.user().catch(() => null);
      allowed = Boolean(user && mayRead(await loadUnitTree(services), n, user, day));
    }
    if (!n || !allowed) throw notFound('Attachment');
    const file = await services.db
      .selectFrom('notice_attachments')
      .select(['name', 'type', 'bytes'])
      .where('notice_id', '=', n.id)
      .where('id', '=', params.attachmentId)
      .executeTakeFirst();
    if (!file) throw notFound('Attachment');
    return void (await ctx.reply
      .code(200)
      .headers({
        'content-type': file.type,
        'content-disposition': attachmentDisposition(file.name),
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      })
      .send(Buffer.from(file.bytes)));
  },

  removeNoticeAttachment: async (ctx) => {
    const user = await ctx.require('notices:write');
    const { services, params } = ctx;
    const { n, tree } = await editable(ctx, params.id, user);
    const gone = await services.db
      .deleteFrom('notice_attachments')
      .where('notice_id', '=', n.id)
      .where('id', '=', params.attachmentId)
      .returning('id')
      .execute();
    if (gone.length === 0) throw notFound('Attachment');
    await services.audit.write(user, { action: 'notice.detach', targets: [n.id] }, ctx.req.ip);
    return toNotice(services, tree, n, user);
  },
};
