/**
 * Writing notices: a draft created, saved (a stale version answers 409 with the current notice; a
 * published body that changes is a new revision), published and archived. Only the issuing
 * department (or a user who manages all notices) edits a notice (services/notice-rules.ts).
 */
import { sql } from 'kysely';
import { problemTypes } from '../../../src/api/errors';
import { conflict, invalidField, problem } from '../http/problem';
import type { Handlers } from '../http/routing';
import { toNotice } from '../services/notice-answers';
import { findNotice, type Stored } from '../services/notice-rows';
import {
  checkInput,
  editable,
  isUniqueViolation,
  lines,
  searchText,
  trimmed,
} from '../services/notice-rules';
import { loadUnitTree } from '../services/units';

const PLACE = 'Bắc Giang';

export const noticeEditingRoutes: Handlers = {
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
};
