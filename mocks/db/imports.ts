/**
 * Imports in the demo (issue 19), one module per purpose: reading and checking a file in a job
 * (./imports-job.ts), what its rows change (./imports-classify.ts), the snapshots committed and
 * their effects (./imports-store.ts), the accounts imports added (./imported-accounts.ts), the job
 * as the contract shows it (./imports-view.ts). Here: the commit, which writes a validated job as
 * the demo day's snapshot, as the server's commitImport (server/src/services/import-commit.ts).
 */
import type { components } from '../../src/api/schema';
import type { DemoUser } from './demo-users';
import { isoOf } from './days';
import { nowOnDemoDay, todayDay } from './demo-state';
import { dataset } from './index';
import { classify } from './imports-classify';
import type { Job } from './imports-job';
import { effectsOf, latestSnapshot, recordSnapshot } from './imports-store';
import { writeAudit } from './journal';

export { cancel, findImport, remap, startImport, type Job } from './imports-job';
export { latestSnapshot, snapshots } from './imports-store';
export { allRejected, jobView } from './imports-view';

type ImportSnapshot = components['schemas']['ImportSnapshot'];
type ImportCounts = components['schemas']['ImportCounts'];

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
  const c = classify(ds, job.result.rows, asOf);
  job.plans = c.plans;
  job.extraRejected = c.extra;
  const counts: ImportCounts = {
    rowsRead: job.result.rowsRead,
    ...c.counts,
    rejected: job.result.rejected.length + c.extra.length,
  };
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
  recordSnapshot(ds, snapshot, effectsOf(c.plans));
  job.counts = counts;
  job.snapshot = snapshot;
  job.status = 'committed';
  job.bytes = null;
  job.plans = [];
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
