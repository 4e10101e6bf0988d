/**
 * Imports (issue 19): the demo backend's answers (mocks/handlers/imports.ts) from the server's
 * imports (../services/imports.ts). System admins (`imports:run`); an import is seen by its
 * uploader or another system admin, 404 for anyone else.
 */
import type { FastifyRequest } from 'fastify';
import { MAX_IMPORT_BYTES, type ImportField } from '../../../src/lib/import/fields';
import type { RejectedRow } from '../../../src/lib/import/pipeline';
import { rejectedRowsCsv } from '../../../src/lib/import/rejected-file';
import type { Handlers } from '../http/routing';
import { conflict, invalidField, notFound, tooLarge } from '../http/problem';
import type { Services } from '../services';
import { commitImport, latestImport, listSnapshots } from '../services/import-commit';
import { mergeRejected } from '../services/import-read';
import {
  cancelImport,
  importView,
  loadImport,
  remapImport,
  startImport,
  type ImportRecord,
} from '../services/imports';
import type { SessionUser } from '../services/users';

/** An import of this user (system admins see each other's: they share the task). */
async function ownImport(services: Services, id: string, user: SessionUser) {
  const r = await loadImport(services, id);
  if (!r || (r.owner !== user.username && user.role !== 'sys_admin')) throw notFound('Import');
  return r;
}

/** The multipart's one file under `file`, read up to one byte past the limit (413 beyond). */
async function uploadedFile(req: FastifyRequest) {
  let part: Awaited<ReturnType<typeof req.file>>;
  try {
    part = await req.file({ preservePath: true, limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });
  } catch {
    throw invalidField('file', 'required');
  }
  if (!part || part.fieldname !== 'file') throw invalidField('file', 'required');
  const name = part.filename || 'import';
  let bytes: Buffer | null;
  try {
    bytes = await part.toBuffer();
  } catch {
    bytes = null;
  }
  if (!bytes || part.file.truncated || bytes.length > MAX_IMPORT_BYTES) {
    // Whatever is left of the upload is read and thrown away.
    part.file.resume();
    throw tooLarge(`${name}: above the limit of ${MAX_IMPORT_BYTES} bytes.`);
  }
  return { name, bytes: new Uint8Array(bytes) };
}

const mappable = (r: ImportRecord) =>
  r.status === 'validated' ||
  (r.status === 'refused' &&
    (r.file_problem as { code?: string } | null)?.code === 'missing_fields');

export const importRoutes: Handlers = {
  listImports: async ({ require, services }) => {
    await require('imports:run');
    return { items: await listSnapshots(services) };
  },

  getLatestImport: async ({ require, services }) => {
    await require('stats:view');
    return latestImport(services);
  },

  startImport: async ({ require, services, req, reply }) => {
    const user = await require('imports:run');
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_IMPORT_BYTES + 64 * 1024)
      throw tooLarge(`The file is larger than ${MAX_IMPORT_BYTES} bytes.`);
    const file = await uploadedFile(req);
    const r = await startImport(services, user, file.name, file.bytes);
    reply.code(202);
    return importView(r);
  },

  getImport: async (ctx) => {
    const user = await ctx.require('imports:run');
    return importView(await ownImport(ctx.services, ctx.params.id, user));
  },

  mapImportColumns: async (ctx) => {
    const { services, reply } = ctx;
    const user = await ctx.require('imports:run');
    const r = await ownImport(services, ctx.params.id, user);
    const body = ctx.body;
    const seen = new Set<ImportField>();
    body.columns.forEach((c, i) => {
      if (!c.field) return;
      if (seen.has(c.field)) throw invalidField(`columns.${i}.field`, 'duplicate_field');
      seen.add(c.field);
    });
    if (!mappable(r)) throw conflict('The import cannot be mapped again now.');
    const hasFile = await services.db
      .selectFrom('imports')
      .select('id')
      .where('id', '=', r.id)
      .where('bytes', 'is not', null)
      .executeTakeFirst();
    if (!hasFile) throw conflict('The import cannot be mapped again now.');
    // Columns not named keep their heading's field, unless that field is now taken by hand.
    const mapping = new Map<number, ImportField | null>(
      body.columns.map((c) => [c.index, c.field]),
    );
    for (const col of (r.columns as { index: number; field: ImportField | null }[] | null) ?? []) {
      if (!mapping.has(col.index) && col.field && seen.has(col.field)) mapping.set(col.index, null);
    }
    const next = await remapImport(services, r.id, [...mapping]);
    reply.code(202);
    return importView(next);
  },

  downloadRejectedRows: async (ctx) => {
    const { services, reply } = ctx;
    const user = await ctx.require('imports:run');
    const r = await ownImport(services, ctx.params.id, user);
    const query = ctx.query;
    const stored = await services.db
      .selectFrom('imports')
      .select(['headings', 'rejected_rows', 'account_rejected'])
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    if (r.status === 'reading' || !stored.headings) throw conflict('The file is still being read.');
    const { all } = mergeRejected(
      (stored.rejected_rows as RejectedRow[] | null) ?? [],
      stored.account_rejected as RejectedRow[],
    );
    const csv = rejectedRowsCsv(stored.headings as string[], all, query.lang ?? 'vi');
    return void (await reply
      .code(200)
      .headers({
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="rejected-${r.id}.csv"`,
        'cache-control': 'private, no-store',
      })
      .send(csv));
  },

  commitImport: async (ctx) => {
    const { services } = ctx;
    const user = await ctx.require('imports:run');
    const r = await ownImport(services, ctx.params.id, user);
    const skip = ctx.body?.skipRejected ?? false;
    const { outcome, record } = await commitImport(services, user, r, skip, ctx.req.ip);
    if (outcome === 'rejected')
      throw conflict('The file has rejected rows: fix them, or leave them out (skipRejected).');
    if (outcome === 'stale') throw conflict('A snapshot dated after today exists.');
    if (outcome === 'state') throw conflict('Only a validated import can be committed.');
    return importView(record);
  },

  cancelImport: async (ctx) => {
    const { services } = ctx;
    const user = await ctx.require('imports:run');
    const r = await ownImport(services, ctx.params.id, user);
    if (r.status === 'committed') throw conflict('A committed import cannot be cancelled.');
    await cancelImport(services, r);
    return importView((await loadImport(services, r.id))!);
  },
};
