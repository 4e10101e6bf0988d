/**
 * Imports (issue 19) on the server: the uploaded file kept in `imports.bytes`, read and checked in
 * the background with the shared pipeline (src/lib/import/), a slice at a time (requests go on
 * between slices; progress is written to the row), its valid rows staged and classified in SQL
 * (./import-sql.ts). Nothing touches the accounts before the commit (./import-commit.ts). An import
 * whose process stopped while it was reading shows as failed. The answers are the demo backend's
 * (mocks/db/imports.ts).
 */
import { randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { components } from '../../../src/api/schema';
import type { ImportField } from '../../../src/lib/import/fields';
import type { ImportRejection } from '../../../src/lib/import/pipeline';
import type { ImportsTable } from '../db/schema';
import type { Services } from '.';
import { RUNNER, run, runningOf } from './import-read';
import type { SessionUser } from './users';

export type ImportJob = components['schemas']['ImportJob'];
export type ImportSnapshot = components['schemas']['ImportSnapshot'];
export type ImportCounts = components['schemas']['ImportCounts'];
export type ImportRecord = Omit<Selectable<ImportsTable>, 'bytes' | 'rejected_rows'>;
type Progress = Omit<components['schemas']['ImportProgress'], 'rowsPerSecond'>;

/** A reading import whose runner has not written for this long (PostgreSQL) has stopped. */
const STALE_MS = 60_000;

/** The columns every view reads (not the file, not every rejected row). */
export const RECORD_COLUMNS = [
  'id',
  'owner',
  'file_name',
  'size',
  'sha256',
  'format',
  'encoding',
  'status',
  'progress',
  'columns',
  'headings',
  'formula_cells',
  'summary',
  'file_problem',
  'account_rejected',
  'shown_rejected',
  'mapping',
  'started_at',
  'created_at',
  'runner',
  'heartbeat_at',
  'as_of',
  'imported_at',
  'imported_by',
  'counts',
] as const;

export function snapshotOf(r: ImportRecord): ImportSnapshot | null {
  if (r.status !== 'committed' || !r.as_of) return null;
  return {
    id: r.id,
    asOf: r.as_of,
    importedAt: r.imported_at!,
    importedBy: r.imported_by!,
    fileName: r.file_name,
    size: r.size,
    sha256: r.sha256!,
    format: r.format ?? 'csv',
    counts: r.counts as ImportCounts,
  };
}

export function importView(r: ImportRecord): ImportJob {
  const reading = r.status === 'reading';
  const p = r.progress as Progress;
  return {
    id: r.id,
    status: r.status,
    fileName: r.file_name,
    size: r.size,
    format: r.format,
    encoding: r.encoding as ImportJob['encoding'],
    sha256: r.sha256,
    startedAt: r.started_at,
    startedBy: r.owner,
    progress: {
      ...p,
      rowsPerSecond: Math.round((p.rowsRead / Math.max(1, p.elapsedMs)) * 1000),
      elapsedMs: Math.round(p.elapsedMs),
    },
    columns: reading ? [] : ((r.columns as ImportJob['columns'] | null) ?? []),
    formulaCells: r.formula_cells,
    summary: reading ? null : (r.summary as ImportCounts | null),
    rejected: reading ? [] : (r.shown_rejected as ImportRejection[]),
    fileProblem: reading ? null : (r.file_problem as ImportJob['fileProblem']),
    snapshot: snapshotOf(r),
  };
}

const selectImport = (services: Services, id: string) =>
  services.db.selectFrom('imports').select(RECORD_COLUMNS).where('id', '=', id).executeTakeFirst();

/** An import as stored, marked failed first when its process stopped while reading it. */
export async function loadImport(services: Services, id: string): Promise<ImportRecord | null> {
  const r = await selectImport(services, id);
  if (!r || r.status !== 'reading' || runningOf(services).has(id)) return r ?? null;
  const stopped =
    r.runner === RUNNER ||
    services.database.kind === 'pglite' ||
    services.clock.nowMs() - Date.parse(r.heartbeat_at) > STALE_MS;
  if (!stopped) return r;
  await services.db
    .updateTable('imports')
    .set({ status: 'failed', bytes: null })
    .where('id', '=', id)
    .where('status', '=', 'reading')
    .execute();
  await services.db.deleteFrom('import_rows').where('import_id', '=', id).execute();
  return loadImport(services, id);
}

const startProgress = (size: number): string =>
  JSON.stringify({ rowsRead: 0, bytesRead: 0, totalBytes: size, elapsedMs: 0 });

/** Record an upload and start reading it; imports not committed after a day are dropped. */
export async function startImport(
  services: Services,
  user: Pick<SessionUser, 'username'>,
  fileName: string,
  bytes: Uint8Array,
): Promise<ImportRecord> {
  const { db } = services;
  await db
    .deleteFrom('imports')
    .where('status', '<>', 'committed')
    .where('created_at', '<', new Date(Date.now() - 86_400_000).toISOString())
    .execute();
  const id = `IM${Date.now().toString(36)}${randomBytes(5).toString('hex')}`;
  await db
    .insertInto('imports')
    .values({
      id,
      owner: user.username,
      file_name: fileName,
      size: bytes.length,
      status: 'reading',
      progress: startProgress(bytes.length),
      columns: null,
      headings: null,
      summary: null,
      file_problem: null,
      rejected_rows: null,
      mapping: null,
      started_at: services.clock.now(),
      runner: RUNNER,
      heartbeat_at: new Date().toISOString(),
      bytes,
      as_of: null,
      imported_at: null,
      imported_by: null,
      counts: null,
    })
    .execute();
  const record = (await selectImport(services, id))!;
  run(services, id);
  return record;
}

/** Read the file again with a hand mapping (column index → field, null: ignored). */
export async function remapImport(
  services: Services,
  id: string,
  mapping: [number, ImportField | null][],
): Promise<ImportRecord> {
  await services.db
    .updateTable('imports')
    .set({
      mapping: JSON.stringify(mapping),
      status: 'reading',
      format: null,
      encoding: null,
      formula_cells: 0,
      runner: RUNNER,
      heartbeat_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .execute();
  const record = (await selectImport(services, id))!;
  run(services, id);
  return record;
}

/**
 * Stop reading (the import reads as cancelled once the reader has stopped), or drop a read
 * import: the file and its staged rows are forgotten.
 */
export async function cancelImport(services: Services, r: ImportRecord): Promise<void> {
  if (r.status === 'reading') {
    const entry = runningOf(services).get(r.id);
    if (entry) entry.cancel = true;
    return;
  }
  if (r.status === 'cancelled') return;
  await services.db
    .updateTable('imports')
    .set({ status: 'cancelled', bytes: null })
    .where('id', '=', r.id)
    .execute();
  await services.db.deleteFrom('import_rows').where('import_id', '=', r.id).execute();
}
