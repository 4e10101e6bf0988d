/**
 * Notices: official guidance documents, from draft to publication and archive, with attached files,
 * per-user confirmations and read tracking, and the public page of a notice addressed to citizens
 * or businesses. The rules are the demo backend's (mocks/handlers/notices.ts), shared where they
 * can be: who a notice is for (src/lib/notice-audience.ts), what a body may be
 * (src/lib/notice-limits.ts, cleaned by src/lib/notice-html.ts), what a file may be
 * (src/lib/notice-attachments.ts).
 *
 * A notice exists from its `issuedOn` day (the business day, see services/clock.ts): before it,
 * every operation answers 404, for its issuer too.
 */
import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import { problemTypes } from '../../../src/api/errors';
import type { components } from '../../../src/api/schema';
import { can } from '../../../src/config/permissions';
import {
  MAX_ATTACHMENTS,
  MAX_ATTACHMENT_BYTES,
  attachmentDisposition,
  cleanFileName,
  nextAttachmentId,
  sniffType,
} from '../../../src/lib/notice-attachments';
import {
  audienceUnits,
  compareNoticeSummaries,
  governingBodyOf,
  noticeTracking,
  pinnedOn,
} from '../../../src/lib/notice-audience';
import { checkNoticeInput } from '../../../src/lib/notice-input';
import { noticeText } from '../../../src/lib/notice-limits';
import { foldVietnamese } from '../../../src/lib/text';
import type { NoticesTable } from '../db/schema';
import { conflict, invalid, invalidField, notFound, problem } from '../http/problem';
import type { Ctx, Handlers, OperationId } from '../http/routing';
import type { Services } from '../services';
import type { SessionUser } from '../services/users';
import { loadUnitTree } from './reference';

type Notice = components['schemas']['Notice'];
type NoticeSummary = components['schemas']['NoticeSummary'];
type NoticeInput = components['schemas']['NoticeInput'];
type Audience = components['schemas']['NoticeAudience'];
type UnitTree = components['schemas']['UnitTree'];
type Row = Selectable<NoticesTable>;
type AttachmentRow = {
  id: string;
  name: string;
  type: Notice['attachments'][number]['type'];
  size: number;
};

const PLACE = 'Bắc Giang';

// ------------------------------------------------------------------------------------ reading

/** A notice row with what the rules need in the API's names. */
interface Stored {
  row: Row;
  id: string;
  issuerCode: string;
  status: Row['status'];
  revision: number;
  issuedOn: string;
  audience: Audience;
}

const stored = (row: Row): Stored => ({
  row,
  id: row.id,
  issuerCode: row.issuer_code,
  status: row.status,
  revision: row.revision,
  issuedOn: row.issued_on,
  audience: row.audience as Audience,
});

async function findNotice(services: Services, id: string): Promise<Stored | null> {
  const row = await services.db
    .selectFrom('notices')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? stored(row) : null;
}

async function attachmentsOf(services: Services, id: string): Promise<AttachmentRow[]> {
  return services.db
    .selectFrom('notice_attachments')
    .select(['id', 'name', 'type', 'size'])
    .where('notice_id', '=', id)
    .orderBy('ord')
    .execute();
}

async function confirmedBy(services: Services, id: string): Promise<string[]> {
  const rows = await services.db
    .selectFrom('notice_confirmations')
    .select('username')
    .where('notice_id', '=', id)
    .orderBy('confirmed_at')
    .execute();
  return rows.map((r) => r.username);
}

// -------------------------------------------------------------------------------------- rules

const mayEdit = (n: Stored, user: SessionUser) =>
  can(user.role, 'notices:manage-all') ||
  (can(user.role, 'notices:write') && user.unitCode === n.issuerCode);

const inAudience = (tree: UnitTree, n: Stored, user: SessionUser) =>
  audienceUnits(tree, n.audience, n.issuerCode).some((u) => u.unitCode === user.unitCode);

/** A notice exists from the day it was issued (a draft: written). */
const issuedBy = (n: Stored, day: string) => n.issuedOn <= day;

const mayRead = (tree: UnitTree, n: Stored, user: SessionUser, day: string) =>
  issuedBy(n, day) && (mayEdit(n, user) || (n.status !== 'draft' && inAudience(tree, n, user)));

const isPublic = (n: Stored, day: string) =>
  n.status === 'published' && issuedBy(n, day) && (n.audience.citizens || n.audience.businesses);

// ---------------------------------------------------------------------------------- answering

function toSummary(
  tree: UnitTree,
  n: Stored,
  user: SessionUser,
  confirmed: boolean,
  day: string,
): NoticeSummary {
  const r = n.row;
  return {
    id: r.id,
    number: r.number,
    docType: r.doc_type,
    subject: r.subject,
    issuerCode: r.issuer_code,
    issuerName: r.issuer_name,
    issuedOn: r.issued_on,
    status: r.status,
    pinned: pinnedOn(
      {
        pinned: r.pinned,
        status: r.status,
        effectiveFrom: r.effective_from,
        effectiveUntil: r.effective_until,
      },
      day,
    ),
    effectiveFrom: r.effective_from,
    effectiveUntil: r.effective_until,
    version: r.version,
    revision: r.revision,
    confirmed,
    addressedToMe: inAudience(tree, n, user),
  };
}

async function toNotice(
  services: Services,
  tree: UnitTree,
  n: Stored,
  user: SessionUser | null,
): Promise<Notice> {
  const r = n.row;
  const [attachments, confirmed] = await Promise.all([
    attachmentsOf(services, r.id),
    user
      ? services.db
          .selectFrom('notice_confirmations')
          .select('username')
          .where('notice_id', '=', r.id)
          .where('username', '=', user.username)
          .executeTakeFirst()
      : undefined,
  ]);
  return {
    id: r.id,
    number: r.number,
    docType: r.doc_type,
    subject: r.subject,
    issuerCode: r.issuer_code,
    issuerName: r.issuer_name,
    issuedOn: r.issued_on,
    status: r.status,
    // As stored: the document says it is pinned; lists say whether the pin holds today.
    pinned: r.pinned,
    effectiveFrom: r.effective_from,
    effectiveUntil: r.effective_until,
    version: r.version,
    revision: r.revision,
    bodyHtml: r.body_html,
    previousBodyHtml: r.previous_body_html,
    governingBodyName: governingBodyOf(r.issuer_code),
    place: r.place,
    signerAuthority: r.signer_authority,
    signerTitle: r.signer_title,
    signerName: r.signer_name,
    recipients: r.recipients,
    related: r.related,
    audience: n.audience,
    attachments,
    confirmed: Boolean(confirmed),
    canEdit: user ? mayEdit(n, user) : false,
    addressedToMe: user ? inAudience(tree, n, user) : false,
  };
}

/** What `q` searches: subject, number and the body's text, folded. */
const searchText = (subject: string, number: string, bodyHtml: string) =>
  foldVietnamese(`${subject} ${number} ${noticeText(bodyHtml)}`);

// --------------------------------------------------------------------------- guarded look-ups

type NoticeCtx = Pick<Ctx<OperationId>, 'services' | 'refuse'>;

/** The notice if the user may read it, else 404 (not 403: whether it exists is not told). */
async function readable(ctx: NoticeCtx, id: string, user: SessionUser) {
  const tree = await loadUnitTree(ctx.services);
  const n = await findNotice(ctx.services, id);
  if (!n || !mayRead(tree, n, user, ctx.services.clock.today())) throw notFound('Notice');
  return { n, tree };
}

/** The notice if the user may edit it: 404 when unreadable, 403 (audited) when only readable. */
async function editable(ctx: NoticeCtx, id: string, user: SessionUser) {
  const found = await readable(ctx, id, user);
  if (!mayEdit(found.n, user)) {
    await ctx.refuse(user, 'Only the issuing department may edit this notice.', [id]);
  }
  return found;
}

// ------------------------------------------------------------------------------------ writing

const trimmed = (s: string | undefined) => (s === undefined ? undefined : s.trim());
const lines = (list: string[] | undefined) =>
  list === undefined ? undefined : list.map((s) => s.trim()).filter(Boolean);

/** The rules beyond the contract's schema (src/lib/notice-input.ts); the body comes back cleaned. */
async function checkInput(services: Services, input: NoticeInput): Promise<string> {
  const tree = await loadUnitTree(services);
  const checked = checkNoticeInput(input, new Set(tree.districts.map((d) => d.code)));
  if (!checked.ok) throw invalid(checked.errors);
  return checked.html;
}

/** 23505: a unique key taken by a request that ran at the same time. */
const isUniqueViolation = (e: unknown) =>
  typeof e === 'object' && e !== null && (e as { code?: string }).code === '23505';

// ----------------------------------------------------------------------------------- handlers

export const noticeRoutes: Handlers = {
  listNotices: async (ctx) => {
    const user = await ctx.require('notices:view');
    const { services } = ctx;
    const day = services.clock.today();
    const tree = await loadUnitTree(services);
    const words = ctx.query.q
      ? foldVietnamese(ctx.query.q)
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean)
      : [];
    let query = services.db.selectFrom('notices').selectAll().where('issued_on', '<=', day);
    for (const w of words) query = query.where(sql<boolean>`strpos(search_folded, ${w}) > 0`);
    const rows = (await query.execute()).map(stored);
    const mine = new Set(
      (
        await services.db
          .selectFrom('notice_confirmations')
          .select('notice_id')
          .where('username', '=', user.username)
          .execute()
      ).map((r) => r.notice_id),
    );
    const items = rows
      // Archived notices stay visible to the department that issued them, last.
      .filter((n) => mayRead(tree, n, user, day) && (n.status !== 'archived' || mayEdit(n, user)))
      .map((n) => toSummary(tree, n, user, mine.has(n.id), day))
      .sort(compareNoticeSummaries);
    return { items };
  },

  createNotice: async (ctx) => {
    const user = await ctx.require('notices:write');
    const { services, body: input } = ctx;
    const bodyHtml = await checkInput(services, input);
    const day = services.clock.today();
    const number = trimmed(input.number) ?? '';
    const subject = input.subject.trim();
    const values = {
      number,
      doc_type: input.docType,
      subject,
      issuer_code: user.unitCode,
      issuer_name: user.unitName.toLocaleUpperCase('vi-VN'),
      issued_on: day,
      place: PLACE,
      status: 'draft' as const,
      pinned: input.pinned ?? false,
      effective_from: input.effectiveFrom ?? day,
      effective_until: input.effectiveUntil ?? null,
      version: 1,
      revision: 0,
      body_html: bodyHtml,
      previous_body_html: null,
      audience: JSON.stringify(input.audience),
      signer_authority: trimmed(input.signerAuthority) ?? '',
      signer_title: trimmed(input.signerTitle) ?? '',
      signer_name: trimmed(input.signerName) ?? '',
      recipients: lines(input.recipients) ?? [],
      related: lines(input.related) ?? [],
      search_folded: searchText(subject, number, bodyHtml),
      created_at: services.clock.now(),
    };
    // The next TB number, taken in the insert itself; a request that took it at the same moment
    // makes this one try the next.
    let id: string | undefined;
    for (let attempt = 0; attempt < 5 && !id; attempt++) {
      try {
        const row = await services.db
          .insertInto('notices')
          .values({
            id: sql<string>`(select 'TB' || lpad((coalesce(max(substr(id, 3)::int), 0) + 1)::text, 4, '0') from notices)`,
            ...values,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        id = row.id;
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
      }
    }
    if (!id) throw conflict('Another notice was being created at the same moment; try again.');
    await services.audit.write(user, { action: 'notice.create', targets: [id] }, ctx.req.ip);
    const tree = await loadUnitTree(services);
    ctx.reply.code(201);
    return toNotice(services, tree, (await findNotice(services, id))!, user);
  },

  getNotice: async (ctx) => {
    const user = await ctx.require('notices:view');
    const { n, tree } = await readable(ctx, ctx.params.id, user);
    return toNotice(ctx.services, tree, n, user);
  },

  updateNotice: async (ctx) => {
    const user = await ctx.require('notices:write');
    const { services, body: input } = ctx;
    const { n, tree } = await editable(ctx, ctx.params.id, user);
    const stale = async (current: Stored) =>
      problem(409, problemTypes.staleVersion, 'Conflict', {
        detail: 'Someone else saved this notice after you opened it.',
        current: await toNotice(services, tree, current, user),
      });
    if (input.baseVersion !== n.row.version) throw await stale(n);
    const bodyHtml = await checkInput(services, input);
    const r = n.row;
    const subject = input.subject.trim();
    const number = trimmed(input.number) ?? r.number;
    // A published body that changes is a new revision: readers confirm again and see what changed.
    const newRevision = r.status === 'published' && bodyHtml !== r.body_html;
    const saved = await services.db
      .updateTable('notices')
      .set({
        doc_type: input.docType,
        subject,
        body_html: bodyHtml,
        number,
        signer_authority: trimmed(input.signerAuthority) ?? r.signer_authority,
        signer_title: trimmed(input.signerTitle) ?? r.signer_title,
        signer_name: trimmed(input.signerName) ?? r.signer_name,
        recipients: lines(input.recipients) ?? r.recipients.filter(Boolean),
        related: lines(input.related) ?? r.related.filter(Boolean),
        audience: JSON.stringify(input.audience),
        pinned: input.pinned ?? r.pinned,
        effective_from: input.effectiveFrom ?? r.effective_from,
        effective_until:
          input.effectiveUntil === undefined ? r.effective_until : input.effectiveUntil,
        version: r.version + 1,
        revision: newRevision ? r.revision + 1 : r.revision,
        previous_body_html: newRevision ? r.body_html : r.previous_body_html,
        search_folded: searchText(subject, number, bodyHtml),
      })
      .where('id', '=', r.id)
      // Saved by someone else in between: stale, as if the check above had seen it.
      .where('version', '=', input.baseVersion)
      .returning('id')
      .execute();
    if (saved.length === 0) throw await stale((await findNotice(services, r.id))!);
    if (newRevision) {
      await services.db.deleteFrom('notice_confirmations').where('notice_id', '=', r.id).execute();
    }
    await services.audit.write(user, { action: 'notice.save', targets: [r.id] }, ctx.req.ip);
    return toNotice(services, tree, (await findNotice(services, r.id))!, user);
  },

  publishNotice: async (ctx) => {
    const user = await ctx.require('notices:write');
    const { services } = ctx;
    const { n, tree } = await editable(ctx, ctx.params.id, user);
    if (n.status !== 'draft') throw conflict('The notice is already published.');
    if (n.audience.staff === 'districts' && n.audience.districtCodes.length === 0)
      throw invalidField('audience.districtCodes', 'required');
    const r = n.row;
    let number = r.number;
    if (!number) {
      const [{ count } = { count: 0 }] = await services.db
        .selectFrom('notices')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('issuer_code', '=', r.issuer_code)
        .where('number', '<>', '')
        .execute();
      number = `${130 + Number(count)}/TB-${r.issuer_code}`;
    }
    const done = await services.db
      .updateTable('notices')
      .set({
        status: 'published',
        revision: 1,
        version: r.version + 1,
        issued_on: services.clock.today(),
        number,
        search_folded: searchText(r.subject, number, r.body_html),
      })
      .where('id', '=', r.id)
      .where('status', '=', 'draft')
      .returning('id')
      .execute();
    if (done.length === 0) throw conflict('The notice is already published.');
    await services.audit.write(user, { action: 'notice.publish', targets: [r.id] }, ctx.req.ip);
    return toNotice(services, tree, (await findNotice(services, r.id))!, user);
  },

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

  archiveNotice: async (ctx) => {
    const user = await ctx.require('notices:write');
    const { services } = ctx;
    const { n, tree } = await editable(ctx, ctx.params.id, user);
    if (n.status !== 'published') throw conflict('Only a published notice can be archived.');
    const done = await services.db
      .updateTable('notices')
      .set({ status: 'archived', version: n.row.version + 1 })
      .where('id', '=', n.id)
      .where('status', '=', 'published')
      .returning('id')
      .execute();
    if (done.length === 0) throw conflict('Only a published notice can be archived.');
    await services.audit.write(user, { action: 'notice.archive', targets: [n.id] }, ctx.req.ip);
    return toNotice(services, tree, (await findNotice(services, n.id))!, user);
  },

  confirmNotice: async (ctx) => {
    const user = await ctx.require('notices:view');
    const { services } = ctx;
    const { n, tree } = await readable(ctx, ctx.params.id, user);
    if (n.status !== 'published') throw conflict('Only published notices can be confirmed.');
    if (!inAudience(tree, n, user)) {
      await ctx.refuse(user, 'This notice is not addressed to your unit.', [n.id]);
    }
    await services.db
      .insertInto('notice_confirmations')
      .values({ notice_id: n.id, username: user.username, confirmed_at: services.clock.now() })
      .onConflict((oc) => oc.columns(['notice_id', 'username']).doNothing())
      .execute();
    return toNotice(services, tree, n, user);
  },

  getNoticeTracking: async (ctx) => {
    const user = await ctx.require('notices:write');
    const { n, tree } = await editable(ctx, ctx.params.id, user);
    return tracking(ctx.services, tree, n);
  },

  remindNoticeReaders: async (ctx) => {
    const user = await ctx.require('notices:write');
    const { n, tree } = await editable(ctx, ctx.params.id, user);
    const t = await tracking(ctx.services, tree, n);
    const reminded = t.intended - t.confirmed;
    await ctx.services.audit.write(
      user,
      { action: 'notice.remind', targets: [n.id], details: { reminded } },
      ctx.req.ip,
    );
    return { reminded };
  },

  getPublicNotice: async (ctx) => {
    const { services } = ctx;
    const n = await findNotice(services, ctx.params.id);
    if (!n || !isPublic(n, services.clock.today())) throw notFound('Notice');
    return toNotice(services, await loadUnitTree(services), n, null);
  },
};

/** Read tracking from the users of the system (the list of who has not confirmed) and the rules. */
async function tracking(services: Services, tree: UnitTree, n: Stored) {
  const users = await services.db
    .selectFrom('users')
    .select(['username', 'display_name', 'unit_code'])
    .where('disabled', '=', false)
    .orderBy('created_at')
    .orderBy('username')
    .execute();
  return noticeTracking(
    tree,
    n,
    users.map((u) => ({
      username: u.username,
      displayName: u.display_name,
      unitCode: u.unit_code,
    })),
    await confirmedBy(services, n.id),
  );
}
