/** The accounts' export, read in keyset batches (one short query each). */
import type { createHash } from 'node:crypto';
import type { Cell } from '../../../src/lib/csv';
import type { Services } from '.';
import type { AccountFilter } from './account-filter';
import { afterSql, orderBySql, type AccountOrder } from './account-order';
import { summaryColumns, type AccountRow } from './account-rows';

/**
 * Rows per export batch: one short query each, so that other requests run between them. PGlite
 * runs one query at a time on the server's own thread: its batches are smaller, so that a request
 * never waits long for one.
 */
export const EXPORT_BATCH = { postgres: 2000, pglite: 500 } as const;

/** The export's rows, batch by batch (keyset on the order's keys), and what the audit needs. */
export async function* exportBatches(
  services: Services,
  filter: AccountFilter,
  order: AccountOrder,
  toRow: (row: AccountRow & { identity_number: string | null; phone: string | null }) => Cell[],
  progress: { rows: number; hash: ReturnType<typeof createHash> },
): AsyncGenerator<Cell[][]> {
  const today = services.clock.today();
  const batch = EXPORT_BATCH[services.database.kind];
  const keyNames = order.keys.map((_, i) => `k${i}`);
  let last: unknown[] | null = null;
  for (;;) {
    // Background work: on PGlite, other requests' queries go before the next batch.
    const rows = (await services.database.background(() =>
      services.db
        .selectFrom('accounts as a')
        .select(summaryColumns(today))
        .select(order.keys.map((k, i) => k.as(keyNames[i]!)))
        .where(filter.where)
        .$if(last !== null, (q) => q.where(afterSql(order, last!)))
        .orderBy(orderBySql(order))
        .limit(batch)
        .execute(),
    )) as (AccountRow & Record<string, unknown>)[];
    if (!rows.length) return;
    for (const r of rows) {
      progress.hash.update(progress.rows === 0 ? r.id : `\n${r.id}`);
      progress.rows++;
    }
    yield rows.map(toRow);
    if (rows.length < batch) return;
    const end = rows.at(-1)!;
    last = keyNames.map((k) => end[k]);
  }
}
