/**
 * Imports in the demo: an uploaded account list read and checked in the demo backend's worker (the
 * file never leaves the browser), then, on the user's word, written into the dataset as the demo
 * day's snapshot. The rules of reading and checking are shared with the server (src/lib/import/);
 * what a row changes is decided here, against the dataset.
 *
 * What a snapshot changes is kept with it (rows' conversion day and commune through `changeRow`,
 * accounts it added as counts in the aggregates), persisted, and replayed when the dataset is
 * built again; "Reset demo data" undoes it all. A very large import may not fit in the page's
 * localStorage: it then lasts until the page is reloaded, as every demo change that does not fit.
 */
import type { components } from '../../src/api/schema';
import type { DemoUser } from './demo-users';
import type { ImportField } from '../../src/lib/import/fields';
import {
  readImport,
  sha256Hex,
  type ImportRejection,
  type ImportRow,
  type ReadResult,
} from '../../src/lib/import/pipeline';
import { unitMatcher } from '../../src/lib/import/rules';
import {
  KIND_CITIZEN,
  KIND_FOREIGNER,
  KIND_ORGANISATION,
  R_CMND,
  R_NO_ID,
  R_VERIFIED,
  convIndex,
  identityNumber,
  regBucket,
  regIndex,
  rowOfId,
  type Dataset,
} from './dataset';
import { NEVER, WINDOW_END, WINDOW_START, dayOf, isoOf } from './days';
import { nowOnDemoDay, todayDay } from './demo-state';
import { changeRow, dataset, datasetBuilt, datasetSync, onDatasetReady } from './index';
import { writeAudit } from './journal';
import { onReset, persisted } from './storage';
import { communeIndex, unitTree } from './units';

type ImportJob = components['schemas']['ImportJob'];
type ImportSnapshot = components['schemas']['ImportSnapshot'];
type ImportCounts = components['schemas']['ImportCounts'];

/** An account a snapshot added (the seeded rows are fixed): counted in the aggregates. */
interface AddedAccount {
  /** `id:TK…` or `cccd:…`: how the next import finds it again. */
  key: string;
  kind: number;
  commune: number;
  reason: number;
  registeredDay: number;
  convertedDay: number;
}

/** What one snapshot changed, kept to replay it. */
interface SnapshotEffects {
  /** Existing rows: [row, convertedDay, commune] flattened. */
  rows: number[];
  added: AddedAccount[];
  /** Accounts added by earlier snapshots that this one changed: [index in all added, convertedDay, commune]. */
  addedChanges: number[];
}

interface StoredSnapshot {
  snapshot: ImportSnapshot;
  effects: SnapshotEffects;
}

const stored = persisted<StoredSnapshot[]>('imports', () => []);

/** A planned change to an existing row or an added account. */
type Plan =
  | { target: 'row'; row: number; convertedDay: number; commune: number }
  | { target: 'added'; index: number; convertedDay: number; commune: number }
  | { target: 'new'; account: AddedAccount };

interface Job {
  id: string;
  owner: string;
  fileName: string;
  size: number;
  bytes: Uint8Array | null;
  sha256: string | null;
  startedAt: string;
  status: ImportJob['status'];
  startedMs: number;
  progress: { rowsRead: number; bytesRead: number; totalBytes: number; elapsedMs: number };
  mapping: Map<number, ImportField | null> | undefined;
  result: ReadResult | null;
  /** Rows the dataset refuses: an unknown id without a name to add it, an account named twice. */
  extraRejected: ReadResult['rejected'];
  plans: Plan[];
  counts: ImportCounts | null;
  snapshot: ImportSnapshot | null;
  cancelRequested: boolean;
}

const jobs = new Map<string, Job>();
let counter = 0;

// ---------------------------------------------------------------- applying snapshots

/** Accounts added by the snapshots applied so far, in order. */
let added: AddedAccount[] = [];
const addedByKey = new Map<string, number>();
const applied = new Set<string>();

function countAdded(ds: Dataset, a: AddedAccount, sign: 1 | -1) {
  if (a.kind === KIND_ORGANISATION) ds.waitingByCommune.organisation[a.commune]! += sign;
  else if (a.kind === KIND_FOREIGNER) ds.waitingByCommune.foreigner[a.commune]! += sign;
  else {
    ds.regHist[regIndex(a.commune, a.reason, regBucket(a.registeredDay))]! += sign;
    if (a.convertedDay !== NEVER) {
      const w = Math.min(WINDOW_END, Math.max(WINDOW_START, a.convertedDay)) - WINDOW_START;
      ds.convHist[convIndex(a.commune, a.reason, w)]! += sign;
    }
  }
}

function applyEffects(ds: Dataset, id: string, effects: SnapshotEffects) {
  if (applied.has(id)) return;
  applied.add(id);
  const r = effects.rows;
  for (let i = 0; i < r.length; i += 3) {
    changeRow(ds, r[i]!, { commune: r[i + 2]!, convertedDay: r[i + 1]! });
  }
  const c = effects.addedChanges;
  for (let i = 0; i < c.length; i += 3) {
    const a = added[c[i]!];
    if (!a) continue;
    countAdded(ds, a, -1);
    a.convertedDay = c[i + 1]!;
    a.commune = c[i + 2]!;
    countAdded(ds, a, 1);
  }
  for (const a of effects.added) {
    addedByKey.set(a.key, added.length);
    added.push({ ...a });
    countAdded(ds, a, 1);
  }
}

onDatasetReady((ds) => {
  for (const s of stored.get()) applyEffects(ds, s.snapshot.id, s.effects);
});

// Runs after the rows' own reset (mocks/db/index.ts) has put the seeded rows back.
onReset(() => {
  // Not built yet: nothing was applied (and a reset must not start a build).
  if (datasetBuilt()) {
    const ds = datasetSync();
    for (const a of added) countAdded(ds, a, -1);
  }
  added = [];
  addedByKey.clear();
  applied.clear();
  stored.drop();
  jobs.clear();
});

// ---------------------------------------------------------------- reading and checking

let identityIndex: { ds: Dataset; map: Map<string, number> } | null = null;

/** Identity number → the first seeded row holding it (duplicates share their original's). */
function rowsByIdentity(ds: Dataset): Map<string, number> {
  if (identityIndex?.ds === ds) return identityIndex.map;
  const map = new Map<string, number>();
  for (let row = 0; row < ds.size; row++) {
    const id = identityNumber(ds, row);
    if (id !== null && !map.has(id)) map.set(id, row);
  }
  identityIndex = { ds, map };
  return map;
}

const kindCode = {
  citizen: KIND_CITIZEN,
  organisation: KIND_ORGANISATION,
  foreigner: KIND_FOREIGNER,
};

/** What each valid row changes in the dataset, as of the demo day. */
function classify(ds: Dataset, job: Job, rows: readonly ImportRow[], asOf: number) {
  const byIdentity = rowsByIdentity(ds);
  const plans: Plan[] = [];
  const extra: ReadResult['rejected'] = [];
  const counts = { new: 0, changed: 0, unchanged: 0, converted: 0 };
  /** The line of the first row naming each existing account. */
  const firstLine = new Map<string, number>();
  const isConverted = (day: number) => day !== NEVER && day <= asOf;
  for (const r of rows) {
    const commune = communeIndex(r.communeCode)!;
    const key = r.accountId ? `id:${r.accountId}` : `cccd:${r.identityNumber}`;
    let row = r.accountId ? rowOfId(r.accountId) : byIdentity.get(r.identityNumber!);
    if (row !== undefined && row >= ds.size) row = undefined;
    const addedIndex = row === undefined ? addedByKey.get(key) : undefined;
    if (row !== undefined || addedIndex !== undefined) {
      // One row by the account's id, another by its identity number: the first is kept (as two
      // rows with one id are, when the file is read).
      const target = row !== undefined ? `row:${row}` : `added:${addedIndex}`;
      const first = firstLine.get(target);
      if (first !== undefined) {
        extra.push({
          line: r.line,
          cells: [],
          reasons: [
            {
              row: r.line,
              column: null,
              field: r.accountId ? 'accountId' : 'identityNumber',
              code: 'duplicate_id',
              value: String(first),
            },
          ],
        });
        continue;
      }
      firstLine.set(target, r.line);
      const current =
        row !== undefined
          ? { kind: ds.kind[row]!, convertedDay: ds.convertedDay[row]!, commune: ds.commune[row]! }
          : added[addedIndex!]!;
      let convertedDay = current.convertedDay;
      // Only citizens convert now; the others wait for the Ministry's guidance.
      if (current.kind === KIND_CITIZEN) {
        if (r.linked && !isConverted(convertedDay)) convertedDay = asOf;
        else if (!r.linked && isConverted(convertedDay)) convertedDay = NEVER;
      }
      if (convertedDay === current.convertedDay && commune === current.commune) {
        counts.unchanged += 1;
        continue;
      }
      counts.changed += 1;
      if (convertedDay === asOf && current.convertedDay !== asOf) counts.converted += 1;
      plans.push(
        row !== undefined
          ? { target: 'row', row, convertedDay, commune }
          : { target: 'added', index: addedIndex!, convertedDay, commune },
      );
      continue;
    }
    if (!r.fullName) {
      extra.push({
        line: r.line,
        cells: [],
        reasons: [
          {
            row: r.line,
            column: null,
            field: r.accountId ? 'accountId' : 'identityNumber',
            code: 'unknown_account',
            value: r.accountId ?? r.identityNumber ?? '',
          },
        ],
      });
      continue;
    }
    const kind = kindCode[r.kind];
    const reason =
      kind !== KIND_CITIZEN
        ? 255
        : r.identityNumber === null
          ? R_NO_ID
          : r.identityNumber.length === 9
            ? R_CMND
            : R_VERIFIED;
    const linked = kind === KIND_CITIZEN && r.linked;
    counts.new += 1;
    if (linked) counts.converted += 1;
    plans.push({
      target: 'new',
      account: {
        key,
        kind,
        commune,
        reason,
        registeredDay: r.registeredOn ? dayOf(r.registeredOn) : asOf,
        convertedDay: linked ? asOf : NEVER,
      },
    });
  }
  job.plans = plans;
  job.extraRejected = extra;
  return counts;
}

const pauseForCalls = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Read, check and classify a job's file, a slice at a time (the worker answers calls meanwhile). */
async function run(job: Job): Promise<void> {
  const bytes = job.bytes!;
  job.status = 'reading';
  job.startedMs = performance.now();
  job.result = null;
  job.counts = null;
  job.plans = [];
  job.extraRejected = [];
  job.progress = { rowsRead: 0, bytesRead: 0, totalBytes: bytes.length, elapsedMs: 0 };
  try {
    job.sha256 ??= await sha256Hex(bytes);
    const ds = await dataset();
    const result = await readImport(bytes, job.fileName, {
      units: matcher,
      today: isoOf(todayDay()),
      mapping: job.mapping,
      onProgress: (p) => {
        job.progress = { ...p, elapsedMs: performance.now() - job.startedMs };
      },
      pause: async () => {
        await pauseForCalls();
        return job.cancelRequested;
      },
    });
    if (job.cancelRequested || result.cancelled) {
      job.status = 'cancelled';
      job.bytes = null;
      return;
    }
    job.result = result;
    if (result.fileProblem) {
      job.status = 'refused';
      if (result.fileProblem.code !== 'missing_fields') job.bytes = null;
      return;
    }
    await pauseForCalls();
    const c = classify(ds, job, result.rows, todayDay());
    job.counts = {
      rowsRead: result.rowsRead,
      ...c,
      rejected: result.rejected.length + job.extraRejected.length,
    };
    job.progress.elapsedMs = performance.now() - job.startedMs;
    job.status = 'validated';
  } catch (error) {
    console.error(error);
    job.status = 'failed';
    job.bytes = null;
  }
}

const matcher = unitMatcher(unitTree);

export function startImport(user: DemoUser, fileName: string, bytes: Uint8Array): Job {
  counter += 1;
  const job: Job = {
    id: `IM${Date.now().toString(36)}${counter.toString(36)}`,
    owner: user.username,
    fileName,
    size: bytes.length,
    bytes,
    sha256: null,
    startedAt: nowOnDemoDay(),
    status: 'reading',
    startedMs: performance.now(),
    progress: { rowsRead: 0, bytesRead: 0, totalBytes: bytes.length, elapsedMs: 0 },
    mapping: undefined,
    result: null,
    extraRejected: [],
    plans: [],
    counts: null,
    snapshot: null,
    cancelRequested: false,
  };
  jobs.set(job.id, job);
  void run(job);
  return job;
}

export function findImport(id: string): Job | undefined {
  return jobs.get(id);
}

export function remap(job: Job, mapping: Map<number, ImportField | null>): void {
  job.mapping = mapping;
  job.cancelRequested = false;
  void run(job);
}

export function cancel(job: Job): void {
  if (job.status === 'reading') job.cancelRequested = true;
  else if (job.status !== 'cancelled') {
    job.status = 'cancelled';
    job.bytes = null;
    job.plans = [];
  }
}

/** Every rejection, in file order (rows the dataset refused among them). */
export function allRejected(job: Job): ReadResult['rejected'] {
  const all = [...(job.result?.rejected ?? []), ...job.extraRejected];
  return all.sort((a, b) => a.line - b.line);
}

export function snapshots(): ImportSnapshot[] {
  return stored
    .get()
    .map((s) => s.snapshot)
    .sort((a, b) => (a.importedAt < b.importedAt ? 1 : -1));
}

export function latestSnapshot(): ImportSnapshot | undefined {
  return snapshots().reduce<ImportSnapshot | undefined>(
    (latest, s) => (!latest || s.asOf > latest.asOf ? s : latest),
    undefined,
  );
}

/** Write a validated job as the demo day's snapshot, at once (one step: nothing half-written). */
export async function commit(
  user: DemoUser,
  job: Job,
  skipRejected: boolean,
): Promise<'ok' | 'rejected' | 'stale' | 'state'> {
  if (job.status !== 'validated' || !job.counts || !job.result) return 'state';
  if (job.counts.rejected > 0 && !skipRejected) return 'rejected';
  const asOf = todayDay();
  const latest = latestSnapshot();
  if (latest && latest.asOf > isoOf(asOf)) return 'stale';
  const ds = await dataset();
  // The data may have changed since the check (another import, the clock): classify again.
  const c = classify(ds, job, job.result.rows, asOf);
  const counts: ImportCounts = {
    rowsRead: job.result.rowsRead,
    ...c,
    rejected: job.result.rejected.length + job.extraRejected.length,
  };
  const effects: SnapshotEffects = { rows: [], added: [], addedChanges: [] };
  for (const p of job.plans) {
    if (p.target === 'row') effects.rows.push(p.row, p.convertedDay, p.commune);
    else if (p.target === 'added') effects.addedChanges.push(p.index, p.convertedDay, p.commune);
    else effects.added.push(p.account);
  }
  const snapshot: ImportSnapshot = {
    id: job.id,
    asOf: isoOf(asOf),
    importedAt: nowOnDemoDay(),
    importedBy: user.username,
    fileName: job.fileName,
    size: job.size,
    sha256: job.sha256!,
    format: job.result.format ?? 'csv',
    counts,
  };
  applyEffects(ds, snapshot.id, effects);
  stored.update((list) => [...list, { snapshot, effects }]);
  job.counts = counts;
  job.snapshot = snapshot;
  job.status = 'committed';
  job.bytes = null;
  writeAudit(user, {
    action: 'import.commit',
    targets: [snapshot.id],
    details: {
      file: snapshot.fileName,
      size: snapshot.size,
      sha256: snapshot.sha256,
      asOf: snapshot.asOf,
      new: counts.new,
      changed: counts.changed,
      unchanged: counts.unchanged,
      rejected: counts.rejected,
    },
  });
  return 'ok';
}

/** The first rejections shown with the job. */
const SHOWN = 50;

export function jobView(job: Job): ImportJob {
  const r = job.result;
  const rejected: ImportRejection[] = [];
  if (job.status !== 'reading') {
    for (const row of allRejected(job)) {
      for (const reason of row.reasons) {
        if (rejected.length >= SHOWN) break;
        rejected.push(reason);
      }
      if (rejected.length >= SHOWN) break;
    }
  }
  const elapsed = Math.max(1, job.progress.elapsedMs);
  return {
    id: job.id,
    status: job.status,
    fileName: job.fileName,
    size: job.size,
    format: r?.format ?? null,
    encoding: r?.encoding ?? null,
    sha256: job.sha256,
    startedAt: job.startedAt,
    startedBy: job.owner,
    progress: {
      rowsRead: job.progress.rowsRead,
      bytesRead: job.progress.bytesRead,
      totalBytes: job.progress.totalBytes,
      rowsPerSecond: Math.round((job.progress.rowsRead / elapsed) * 1000),
      elapsedMs: Math.round(job.progress.elapsedMs),
    },
    columns: job.status === 'reading' ? [] : (r?.columns ?? []),
    formulaCells: r?.formulaCells ?? 0,
    summary: job.status === 'reading' ? null : job.counts,
    rejected,
    fileProblem: job.status === 'reading' ? null : (r?.fileProblem ?? null),
    snapshot: job.snapshot,
  };
}
