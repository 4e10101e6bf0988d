/**
 * Reading an import in the background: the shared pipeline (readImport) a slice at a time, a pause
 * between slices (other requests go on; a cancel is seen there), progress written to the row at
 * most twice a second; then the valid rows staged and classified (./import-sql.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import { unzip } from 'fflate';
import type { ImportField } from '../../../src/lib/import/fields';
import {
  readImport,
  type ImportRejection,
  type ReadResult,
  type RejectedRow,
} from '../../../src/lib/import/pipeline';
import type { Unzip } from '../../../src/lib/import/read';
import { unitMatcher, type UnitMatcher } from '../../../src/lib/import/rules';
import { loadUnitTree } from '../routes/reference';
import type { Services } from '.';
import { classify, stageRows, type Classified } from './import-sql';

/** This process: imports it reads carry its id. */
export const RUNNER = `${process.pid}-${randomBytes(4).toString('hex')}`;
/** The first rejections shown with an import. */
const SHOWN = 50;
/** Progress is written at most this often. */
const PROGRESS_MS = 500;

interface Running {
  cancel: boolean;
  done: Promise<void>;
}
const running = new WeakMap<Services, Map<string, Running>>();
const matchers = new WeakMap<Services['db'], Promise<UnitMatcher>>();

export function runningOf(services: Services): Map<string, Running> {
  let map = running.get(services);
  if (!map) running.set(services, (map = new Map<string, Running>()));
  return map;
}

/** Wait for this process's imports to be read (tests, the command line). */
export async function settleImports(services: Services): Promise<void> {
  const map = running.get(services);
  if (map) await Promise.allSettled([...map.values()].map((r) => r.done));
}

/**
 * The rows the accounts refuse, as rejections (as the demo backend words them): an unknown account
 * without a name to add it; an account an earlier row already names.
 */
export function accountRejections(c: Pick<Classified, 'unknown' | 'duplicates'>): RejectedRow[] {
  const duplicates: RejectedRow[] = c.duplicates.map((d) => ({
    line: d.line,
    cells: [],
    reasons: [
      {
        row: d.line,
        column: null,
        field: d.accountId ? 'accountId' : 'identityNumber',
        code: 'duplicate_id',
        value: String(d.first),
      },
    ],
  }));
  const unknown: RejectedRow[] = c.unknown.map((u) => ({
    line: u.line,
    cells: [],
    reasons: [
      {
        row: u.line,
        column: null,
        field: u.accountId ? 'accountId' : 'identityNumber',
        code: 'unknown_account',
        value: u.accountId ?? u.identityNumber ?? '',
      },
    ],
  }));
  return [...unknown, ...duplicates].sort((a, b) => a.line - b.line);
}

/** Every rejection in file order, and the first reasons of them. */
export function mergeRejected(read: readonly RejectedRow[], extra: readonly RejectedRow[]) {
  const all = [...read, ...extra].sort((a, b) => a.line - b.line);
  const shown: ImportRejection[] = [];
  for (const row of all) {
    for (const reason of row.reasons) {
      if (shown.length >= SHOWN) return { all, shown };
      shown.push(reason);
    }
  }
  return { all, shown };
}

function matcherOf(services: Services): Promise<UnitMatcher> {
  let m = matchers.get(services.db);
  if (!m) {
    m = loadUnitTree(services).then(unitMatcher);
    matchers.set(services.db, m);
  }
  return m;
}

/** Start reading an import in the background (its row says `reading`). */
export function run(services: Services, id: string): void {
  const map = runningOf(services);
  const entry: Running = { cancel: false, done: Promise.resolve() };
  entry.done = read(services, id, entry)
    .catch(async (error: unknown) => {
      console.error(error);
      // Nobody awaits a background read: if the database cannot take the failure either (it went
      // away), say so here rather than end the process with an unhandled rejection.
      try {
        await services.db
          .updateTable('imports')
          .set({ status: 'failed', bytes: null })
          .where('id', '=', id)
          .execute();
        await services.db.deleteFrom('import_rows').where('import_id', '=', id).execute();
      } catch (e) {
        console.error(`import ${id} could not be marked failed`, e);
      }
    })
    .finally(() => map.delete(id));
  map.set(id, entry);
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * An XLSX inflated on worker threads (fflate's asynchronous unzip): a 300,000-row sheet is about
 * 200 MB of XML, which held the server's requests for over a second when inflated here.
 */
const unzipOffThread: Unzip = (bytes, filter) =>
  new Promise((resolve, reject) =>
    unzip(bytes, { filter }, (error, files) => (error ? reject(error) : resolve(files))),
  );

/** What a read file leaves in the row, whatever comes of it. */
function outcome(result: ReadResult) {
  return {
    format: result.format,
    encoding: result.encoding,
    columns: JSON.stringify(result.columns),
    headings: JSON.stringify(result.headings),
    formula_cells: result.formulaCells,
    file_problem: result.fileProblem ? JSON.stringify(result.fileProblem) : null,
    rejected_rows: JSON.stringify(result.rejected),
  };
}

async function read(services: Services, id: string, entry: Running): Promise<void> {
  const { db } = services;
  const row = await db
    .selectFrom('imports')
    .select(['bytes', 'file_name', 'mapping', 'sha256'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const bytes = row.bytes!;
  const started = performance.now();
  await db
    .updateTable('imports')
    .set({
      sha256: row.sha256 ?? createHash('sha256').update(bytes).digest('hex'),
      columns: null,
      headings: null,
      summary: null,
      file_problem: null,
      rejected_rows: null,
      account_rejected: '[]',
      shown_rejected: '[]',
    })
    .where('id', '=', id)
    .execute();
  const units = await matcherOf(services);
  let progress = { rowsRead: 0, bytesRead: 0, totalBytes: bytes.length, elapsedMs: 0 };
  let written = performance.now();
  const progressNow = () => JSON.stringify({ ...progress, elapsedMs: performance.now() - started });
  const result = await readImport(bytes, row.file_name, {
    units,
    unzip: unzipOffThread,
    today: services.clock.today(),
    mapping: row.mapping ? new Map(row.mapping as [number, ImportField | null][]) : undefined,
    onProgress: (p) => {
      progress = { ...p, elapsedMs: 0 };
    },
    pause: async () => {
      await nextTick();
      if (performance.now() - written >= PROGRESS_MS) {
        written = performance.now();
        await db
          .updateTable('imports')
          .set({ progress: progressNow(), heartbeat_at: new Date().toISOString() })
          .where('id', '=', id)
          .where('status', '=', 'reading')
          .execute();
      }
      return entry.cancel;
    },
  });
  const cancelled = async () => {
    await db.deleteFrom('import_rows').where('import_id', '=', id).execute();
    await db
      .updateTable('imports')
      .set({ status: 'cancelled', bytes: null, progress: progressNow() })
      .where('id', '=', id)
      .execute();
  };
  if (entry.cancel || result.cancelled) return cancelled();
  if (result.fileProblem) {
    const keep = result.fileProblem.code === 'missing_fields';
    await db
      .updateTable('imports')
      .set({
        ...outcome(result),
        status: 'refused',
        shown_rejected: JSON.stringify(mergeRejected(result.rejected, []).shown),
        progress: progressNow(),
        ...(keep ? {} : { bytes: null }),
      })
      .where('id', '=', id)
      .execute();
    return;
  }
  if (!(await stageRows(db, id, result.rows, () => entry.cancel))) return cancelled();
  const c = await classify(db, id, services.clock.today());
  if (entry.cancel) return cancelled();
  const extra = accountRejections(c);
  await db
    .updateTable('imports')
    .set({
      ...outcome(result),
      status: 'validated',
      summary: JSON.stringify({
        rowsRead: result.rowsRead,
        new: c.new,
        changed: c.changed,
        unchanged: c.unchanged,
        converted: c.converted,
        rejected: result.rejected.length + extra.length,
      }),
      account_rejected: JSON.stringify(extra),
      shown_rejected: JSON.stringify(mergeRejected(result.rejected, extra).shown),
      progress: progressNow(),
    })
    .where('id', '=', id)
    .execute();
}
