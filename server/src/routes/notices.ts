/**
 * Notices: official guidance documents, from draft to publication and archive, with attached files,
 * per-user confirmations and read tracking, and the public page of a notice addressed to citizens
 * or businesses. The rules are the demo backend's (mocks/handlers/notices.ts), shared where they
 * can be: who a notice is for (src/lib/notice-audience.ts), what a body may be
 * (src/lib/notice-limits.ts, cleaned by src/lib/notice-html.ts), what a file may be
 * (src/lib/notice-attachments.ts).
 *
 * Here: reading notices, confirming them, read tracking and the public page; writing them is in
 * notice-editing.ts, their files in notice-attachments.ts, and the rules in services/notice-*.ts.
 *
 * A notice exists from its `issuedOn` day (the business day, see services/clock.ts): before it,
 * every operation answers 404, for its issuer too.
 */
import { sql } from 'kysely';
import { compareNoticeSummaries } from '../../../src/lib/notice-audience';
import { foldVietnamese } from '../../../src/lib/text';
import { conflict, notFound } from '../http/problem';
import type { Handlers } from '../http/routing';
import { toNotice, toNoticeSummary, tracking } from '../services/notice-answers';
import { findNotice, stored } from '../services/notice-rows';
import {
  editable,
  inAudience,
  isPublic,
  mayEdit,
  mayRead,
  readable,
} from '../services/notice-rules';
import { loadUnitTree } from '../services/units';
import { noticeAttachmentRoutes } from './notice-attachments';
import { noticeEditingRoutes } from './notice-editing';

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
      .map((n) => toNoticeSummary(tree, n, user, mine.has(n.id), day))
      .sort(compareNoticeSummaries);
    return { items };
  },

  getNotice: async (ctx) => {
    const user = await ctx.require('notices:view');
    const { n, tree } = await readable(ctx, ctx.params.id, user);
    return toNotice(ctx.services, tree, n, user);
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
  ...noticeEditingRoutes,
  ...noticeAttachmentRoutes,
};
