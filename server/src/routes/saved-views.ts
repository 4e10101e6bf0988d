/** Saved views: a user's named queries of the work list (the newest few are kept, as the demo). */
import { randomBytes } from 'node:crypto';
import { invalidField, notFound } from '../http/problem';
import type { Handlers } from '../http/routing';

/** Saved views kept per user (the newest). */
const SAVED_VIEWS_MAX = 30;

export const savedViewsRoutes: Handlers = {
  listSavedViews: async ({ services, require }) => {
    const user = await require('accounts:view');
    const rows = await services.db
      .selectFrom('saved_views')
      .select(['id', 'name', 'query', 'created_at'])
      .where('username', '=', user.username)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return {
      items: rows.map((r) => ({
        id: r.id,
        name: r.name,
        query: r.query as Record<string, string>,
        createdAt: r.created_at,
      })),
    };
  },

  saveView: async (ctx) => {
    const { services, require, reply } = ctx;
    const user = await require('accounts:view');
    const { body } = ctx;
    const name = body.name.trim();
    if (!name) throw invalidField('name');
    const view = {
      id: `V${Date.now().toString(36)}${randomBytes(3).toString('hex')}`,
      createdAt: new Date(services.clock.nowMs()).toISOString(),
      name,
      query: body.query,
    };
    await services.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('saved_views')
        .values({
          id: view.id,
          username: user.username,
          name,
          query: JSON.stringify(body.query),
          created_at: view.createdAt,
        })
        .execute();
      // Keep the newest few, as the demo does.
      await trx
        .deleteFrom('saved_views')
        .where('username', '=', user.username)
        .where(
          'id',
          'not in',
          trx
            .selectFrom('saved_views')
            .select('id')
            .where('username', '=', user.username)
            .orderBy('created_at', 'desc')
            .orderBy('id', 'desc')
            .limit(SAVED_VIEWS_MAX),
        )
        .execute();
    });
    reply.code(201);
    return view;
  },

  deleteView: async ({ params, services, require }) => {
    const user = await require('accounts:view');
    const deleted = await services.db
      .deleteFrom('saved_views')
      .where('username', '=', user.username)
      .where('id', '=', params.viewId)
      .returning('id')
      .execute();
    if (!deleted.length) throw notFound('View');
    return undefined;
  },
};
