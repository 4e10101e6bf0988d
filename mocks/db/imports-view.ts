/** An import's job as the contract's `ImportJob`, and its rejected rows in the file's order. */
import type { components } from '../../src/api/schema';
import type { ImportRejection, ReadResult } from '../../src/lib/import/pipeline';
import type { Job } from './imports-job';

type ImportJob = components['schemas']['ImportJob'];

/** Every rejection, in file order (rows the accounts refused among them). */
export function allRejected(job: Job): ReadResult['rejected'] {
  const all = [...(job.result?.rejected ?? []), ...job.extraRejected];
  return all.sort((a, b) => a.line - b.line);
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
