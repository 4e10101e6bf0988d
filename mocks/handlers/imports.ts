/**
 * Imports in the demo (issue 19): the file is read in the demo backend's worker, never sent
 * anywhere; see ../db/imports.ts.
 */
import { HttpResponse } from 'msw';
import { problemTypes } from '../../src/api/errors';
import { MAX_IMPORT_BYTES, type ImportField } from '../../src/lib/import/fields';
import { dayOf } from '../db/days';
import { todayDay } from '../db/demo-state';
import {
  allRejected,
  cancel,
  commit,
  findImport,
  jobView,
  latestSnapshot,
  remap,
  snapshots,
  startImport,
} from '../db/imports';
import type { DemoUser } from '../db/demo-users';
import { conflict, fail, http, invalidField, notFound, requirePermission, valid } from './http';

/** An import of this user (system admins see each other's: they share the task). */
function ownImport(id: string, user: DemoUser) {
  const job = findImport(id);
  if (!job || (job.owner !== user.username && user.role !== 'sys_admin')) return notFound('Import');
  return job;
}

export const importHandlers = [
  http.get('/imports', ({ cookies, response }) => {
    requirePermission(cookies, 'imports:run');
    return response(200).json({ items: snapshots() });
  }),

  http.get('/imports/latest', ({ cookies, response }) => {
    requirePermission(cookies, 'stats:view');
    const latest = latestSnapshot();
    return response(200).json({
      asOf: latest?.asOf ?? null,
      importedAt: latest?.importedAt ?? null,
      stale: latest ? todayDay() - dayOf(latest.asOf) > 2 : false,
    });
  }),

  http.post('/imports', async ({ cookies, request, response }) => {
    const user = requirePermission(cookies, 'imports:run');
    const declared = Number(request.headers.get('content-length') ?? 0);
    if (declared > MAX_IMPORT_BYTES + 64 * 1024) {
      return fail(413, problemTypes.validation, 'Payload too large', {
        detail: `The file is larger than ${MAX_IMPORT_BYTES} bytes.`,
      });
    }
    const form = await request.formData().catch(() => null);
    const file = form?.get('file');
    if (!file || typeof file === 'string') return invalidField('file', 'required');
    if (file.size > MAX_IMPORT_BYTES) {
      return fail(413, problemTypes.validation, 'Payload too large', {
        detail: `${file.name}: ${file.size} bytes, above the limit of ${MAX_IMPORT_BYTES} bytes.`,
      });
    }
    const job = startImport(user, file.name || 'import', new Uint8Array(await file.arrayBuffer()));
    return response(202).json(jobView(job));
  }),

  http.get('/imports/{id}', async ({ cookies, params, request, response }) => {
    const user = requirePermission(cookies, 'imports:run');
    const { params: p } = await valid('getImport', request, params);
    return response(200).json(jobView(ownImport(p.id, user)));
  }),

  http.put('/imports/{id}/mapping', async ({ cookies, params, request, response }) => {
    const user = requirePermission(cookies, 'imports:run');
    const { params: p, body } = await valid('mapImportColumns', request, params);
    const job = ownImport(p.id, user);
    const seen = new Map<ImportField, number>();
    body.columns.forEach((c, i) => {
      if (!c.field) return;
      if (seen.has(c.field)) invalidField(`columns.${i}.field`, 'duplicate_field');
      seen.set(c.field, i);
    });
    const mappable =
      job.status === 'validated' ||
      (job.status === 'refused' && job.result?.fileProblem?.code === 'missing_fields');
    if (!mappable || !job.bytes) return conflict('The import cannot be mapped again now.');
    // Columns not named keep their heading's field, unless that field is now taken by hand.
    const mapping = new Map<number, ImportField | null>(
      body.columns.map((c) => [c.index, c.field]),
    );
    for (const col of job.result?.columns ?? []) {
      if (!mapping.has(col.index) && col.field && seen.has(col.field)) mapping.set(col.index, null);
    }
    remap(job, mapping);
    return response(202).json(jobView(job));
  }),

  http.get('/imports/{id}/rejected', async ({ cookies, params, request, response }) => {
    const user = requirePermission(cookies, 'imports:run');
    const { params: p, query: q } = await valid('downloadRejectedRows', request, params);
    // The file's writer and its headings in both languages: loaded for the first download.
    const { rejectedRowsCsv } = await import('../../src/lib/import/rejected-file');
    const job = ownImport(p.id, user);
    if (!job.result || job.status === 'reading') return conflict('The file is still being read.');
    const csv = rejectedRowsCsv(job.result.headings, allRejected(job), q.lang ?? 'vi');
    return response.untyped(
      new HttpResponse(csv, {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="rejected-${job.id}.csv"`,
        },
      }),
    );
  }),

  http.post('/imports/{id}/commit', async ({ cookies, params, request, response }) => {
    const user = requirePermission(cookies, 'imports:run');
    const { params: p, body } = await valid('commitImport', request, params);
    const job = ownImport(p.id, user);
    const outcome = await commit(user, job, body?.skipRejected ?? false);
    if (outcome === 'rejected')
      return conflict('The file has rejected rows: fix them, or leave them out (skipRejected).');
    if (outcome === 'stale') return conflict('A snapshot dated after today exists.');
    if (outcome === 'state') return conflict('Only a validated import can be committed.');
    return response(200).json(jobView(job));
  }),

  http.post('/imports/{id}/cancel', async ({ cookies, params, request, response }) => {
    const user = requirePermission(cookies, 'imports:run');
    const { params: p } = await valid('cancelImport', request, params);
    const job = ownImport(p.id, user);
    if (job.status === 'committed') return conflict('A committed import cannot be cancelled.');
    cancel(job);
    return response(200).json(jobView(job));
  }),
];
