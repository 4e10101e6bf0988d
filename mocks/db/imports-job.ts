/**
 * An import's job in the demo: the uploaded file read and checked in the demo backend's worker (the
 * file never leaves the browser), a slice at a time so that the worker answers other calls
 * meanwhile, then classified against the accounts (./imports-classify.ts). The rules of reading and
 * checking are shared with the server (src/lib/import/).
 */
import type { components } from '../../src/api/schema';
import type { DemoUser } from './demo-users';
import type { ImportField } from '../../src/lib/import/fields';
import type { ReadResult } from '../../src/lib/import/pipeline';
import type { UnitMatcher } from '../../src/lib/import/rules';
import { isoOf } from './days';
import { nowOnDemoDay, todayDay } from './demo-state';
import { dataset } from './index';
import { classify, type Plan } from './imports-classify';
import { onReset } from './storage';
import { unitTree } from './units';

type ImportJob = components['schemas']['ImportJob'];
type ImportCounts = components['schemas']['ImportCounts'];
type ImportSnapshot = components['schemas']['ImportSnapshot'];

export interface Job {
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
  /** Rows the accounts refuse: an unknown id without a name to add it, an account named twice. */
  extraRejected: ReadResult['rejected'];
  plans: Plan[];
  counts: ImportCounts | null;
  snapshot: ImportSnapshot | null;
  cancelRequested: boolean;
}

const jobs = new Map<string, Job>();
let counter = 0;
onReset(() => jobs.clear());

const pauseForCalls = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
let matcher: UnitMatcher | undefined;

/**
 * The readers (XLSX with fflate, CSV with Papa Parse) and the row checks, loaded when a file is
 * first read: most visits never import one, and the worker starts without them.
 */
async function reader() {
  const [{ readImport, sha256Hex }, { unitMatcher }] = await Promise.all([
    import('../../src/lib/import/pipeline'),
    import('../../src/lib/import/rules'),
  ]);
  matcher ??= unitMatcher(unitTree);
  return { readImport, sha256Hex, units: matcher };
}

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
    const { readImport, sha256Hex, units } = await reader();
    job.sha256 ??= await sha256Hex(bytes);
    const ds = await dataset();
    const result = await readImport(bytes, job.fileName, {
      units,
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
    const c = classify(ds, result.rows, todayDay());
    job.plans = c.plans;
    job.extraRejected = c.extra;
    job.counts = {
      rowsRead: result.rowsRead,
      ...c.counts,
      rejected: result.rejected.length + c.extra.length,
    };
    job.progress.elapsedMs = performance.now() - job.startedMs;
    job.status = 'validated';
  } catch (error) {
    console.error(error);
    job.status = 'failed';
    job.bytes = null;
  }
}

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
