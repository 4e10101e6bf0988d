/**
 * Committing an import (issue 19): classified again and written in ONE transaction, set-based
 * (./import-sql.ts), as the business day's snapshot; the file and the staged rows dropped; audited
 * as the demo backend does (`import.commit`). Snapshots are the committed imports' rows.
 */
import { sql } from 'kysely';
import type { RejectedRow } from '../../../src/lib/import/pipeline';
import { daysBetween } from '../../../src/lib/dates';
import type { Services } from '.';
import { accountRejections, mergeRejected } from './import-read';
import { applyRows } from './import-sql';
import {
  RECORD_COLUMNS,
  loadImport,
  snapshotOf,
  type ImportCounts,
  type ImportRecord,
  type ImportSnapshot,
} from './imports';
import type { SessionUser } from './users';

/** Every snapshot, newest first. */
export async function listSnapshots(services: Services): Promise<ImportSnapshot[]> {
  const rows = await services.db
    .selectFrom('imports')
    .select(RECORD_COLUMNS)
    .where('status', '=', 'committed')
    .orderBy('imported_at', 'desc')
    .execute();
  return rows.map((r) => snapshotOf(r)!);
}

/** The latest snapshot by its day (the latest committed among those of that day). */
export async function latestSnapshot(services: Services): Promise<ImportSnapshot | null> {
  const r = await services.db
    .selectFrom('imports')
    .select(RECORD_COLUMNS)
    .where('status', '=', 'committed')
    .orderBy('as_of', 'desc')
    .orderBy('imported_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r ? snapshotOf(r) : null;
}

/** "Số liệu đến …": the latest snapshot's day, stale when more than two days old. */
export async function latestImport(services: Services) {
  const latest = await latestSnapshot(services);
  return {
    asOf: latest?.asOf ?? null,
    importedAt: latest?.importedAt ?? null,
    stale: latest ? daysBetween(latest.asOf, services.clock.today()) > 2 : false,
  };
}

export type CommitOutcome = 'ok' | 'rejected' | 'stale' | 'state';

/** Write a validated import as the business day's snapshot (the demo's 409s otherwise). */
export async function commitImport(
  services: Services,
  user: SessionUser,
  r: ImportRecord,
  skipRejected: boolean,
  ip?: string,
): Promise<{ outcome: CommitOutcome; record: ImportRecord }> {
  const summary = r.summary as ImportCounts | null;
  if (r.status !== 'validated' || !summary) return { outcome: 'state', record: r };
  if (summary.rejected > 0 && !skipRejected) return { outcome: 'rejected', record: r };
  const asOf = services.clock.today();
  const latest = await latestSnapshot(services);
  if (latest && latest.asOf > asOf) return { outcome: 'stale', record: r };
  const importedAt = services.clock.now();
  const counts = await services.db.transaction().execute(async (trx) => {
    // One commit at a time per import: the second finds it no longer validated.
    const locked = await trx
      .selectFrom('imports')
      .select(['id', 'rejected_rows', 'account_rejected'])
      .where('id', '=', r.id)
      .where('status', '=', 'validated')
      .forUpdate()
      .executeTakeFirst();
    if (!locked) return null;
    const c = await applyRows(trx, r.id, asOf);
    const read = (locked.rejected_rows as RejectedRow[] | null) ?? [];
    const extra = accountRejections(c);
    const counts: ImportCounts = {
      rowsRead: summary.rowsRead,
      new: c.new,
      changed: c.changed,
      unchanged: c.unchanged,
      converted: c.converted,
      rejected: read.length + extra.length,
    };
    await trx
      .updateTable('imports')
      .set({
        status: 'committed',
        as_of: asOf,
        imported_at: importedAt,
        imported_by: user.username,
        counts: JSON.stringify(counts),
        summary: JSON.stringify(counts),
        account_rejected: JSON.stringify(extra),
        shown_rejected: JSON.stringify(mergeRejected(read, extra).shown),
        bytes: null,
      })
      .where('id', '=', r.id)
      .execute();
    await sql`delete from import_rows where import_id = ${r.id}`.execute(trx);
    return counts;
  });
  if (!counts) return { outcome: 'state', record: r };
  const record = (await loadImport(services, r.id))!;
  await services.audit.write(
    user,
    {
      action: 'import.commit',
      targets: [r.id],
      details: {
        file: r.file_name,
        size: r.size,
        sha256: r.sha256,
        asOf,
        new: counts.new,
        changed: counts.changed,
        unchanged: counts.unchanged,
        rejected: counts.rejected,
      },
    },
    ip,
  );
  return { outcome: 'ok', record };
}
