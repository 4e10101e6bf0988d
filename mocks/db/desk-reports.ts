/**
 * "Linked at the desk" reports in the demo. A report is pending on its own day (the account shows
 * `reported_at_desk`); from the next day the demo's sync has reconciled it (src/lib/desk-report.ts):
 * confirmed reports convert the account on the sync's day, the others leave it unconverted. A
 * pending report can be withdrawn. Confirmations are replayed into the rows (so the figures'
 * aggregates follow) and undone when a report is withdrawn or the demo reset.
 */
import { demoReportState, syncDayOf, type DeskReportState } from '../../src/lib/desk-report';
import { accountId, type Dataset } from './dataset';
import { dayOf, isoOf } from './days';
import { changeRow, onDatasetReady, seededRow } from './index';
import { onReset, persisted } from './storage';

export interface StoredDeskReport {
  id: string;
  row: number;
  reportedOn: string;
  reportedAt: string;
  reportedBy: string;
  withdrawnOn: string | null;
  withdrawnAt: string | null;
  withdrawnBy: string | null;
  withdrawReason: string | null;
}

const reports = persisted<StoredDeskReport[]>('desk-reports', () => []);
/** The dataset the reports were replayed into (for undoing them on a reset). */
let replayedInto: Dataset | null = null;
onReset(() => {
  // The dataset's own reset ran first and replayed the old (cached) reports: undo them.
  const rows = new Set(reports.get().map((r) => r.row));
  reports.drop();
  if (replayedInto) for (const row of rows) applyReports(replayedInto, row);
});

/** Every report, oldest first. */
export function allDeskReports(): readonly StoredDeskReport[] {
  return reports.get();
}

/** The state of a report as seen on `day`. */
export function reportState(r: StoredDeskReport, day: number): DeskReportState {
  return demoReportState(
    { accountId: accountId(r.row), reportedOn: r.reportedOn, withdrawnOn: r.withdrawnOn },
    isoOf(day),
  );
}

/** The latest report on an account that exists on `day` (made on or before it). */
export function latestReport(row: number, day: number): StoredDeskReport | null {
  const iso = isoOf(day);
  let latest: StoredDeskReport | null = null;
  for (const r of reports.get()) if (r.row === row && r.reportedOn <= iso) latest = r;
  return latest;
}

/** Rows with a report pending on `day` (few: a report is pending on its own day only). */
export function pendingRows(day: number): Set<number> {
  const out = new Set<number>();
  const iso = isoOf(day);
  for (const r of reports.get()) {
    if (r.reportedOn === iso && reportState(r, day) === 'pending') out.add(r.row);
  }
  return out;
}

/** The conversion day a row's reports give it: the seeded day, or an earlier confirming sync. */
function applyReports(ds: Dataset, row: number): void {
  let converted = seededRow(ds, row).convertedDay;
  for (const r of reports.get()) {
    if (r.row !== row || r.withdrawnOn !== null) continue;
    const sync = dayOf(syncDayOf(r.reportedOn));
    if (reportState(r, sync) === 'confirmed') converted = Math.min(converted, sync);
  }
  changeRow(ds, row, { convertedDay: converted });
}

export function addDeskReport(
  ds: Dataset,
  report: Omit<StoredDeskReport, 'withdrawnOn' | 'withdrawnAt' | 'withdrawnBy' | 'withdrawReason'>,
): StoredDeskReport {
  const full = {
    ...report,
    withdrawnOn: null,
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawReason: null,
  };
  reports.update((list) => [...list, full]);
  applyReports(ds, report.row);
  return full;
}

export function withdrawDeskReport(
  ds: Dataset,
  id: string,
  withdrawal: { on: string; at: string; by: string; reason: string },
): void {
  let row = -1;
  reports.update((list) =>
    list.map((r) => {
      if (r.id !== id) return r;
      row = r.row;
      return {
        ...r,
        withdrawnOn: withdrawal.on,
        withdrawnAt: withdrawal.at,
        withdrawnBy: withdrawal.by,
        withdrawReason: withdrawal.reason,
      };
    }),
  );
  if (row >= 0) applyReports(ds, row);
}

onDatasetReady((ds) => {
  replayedInto = ds;
  for (const row of new Set(reports.get().map((r) => r.row))) applyReports(ds, row);
});
