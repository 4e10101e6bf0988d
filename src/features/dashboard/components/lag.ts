import type { StatsUnitRow } from '../api/get-by-unit';

const statusRank = { late: 0, at_risk: 1, on_track: 2, done: 3 } as const;

/**
 * The order of lag, the furthest behind first: by status (late, at risk, on track, done), then by
 * the share converted, lowest first, then by name. The head's "furthest behind" and the report's
 * table both follow it.
 */
export function byLag(a: StatsUnitRow, b: StatsUnitRow): number {
  return (
    statusRank[a.status] - statusRank[b.status] ||
    a.share - b.share ||
    a.name.localeCompare(b.name, 'vi')
  );
}

export function sortedByLag(rows: readonly StatsUnitRow[]): StatsUnitRow[] {
  return [...rows].sort(byLag);
}

/** The change of the share converted since the previous week, in percentage points. */
export function weekChange(row: Pick<StatsUnitRow, 'share' | 'shareWeekAgo'>): number {
  return (row.share - row.shareWeekAgo) * 100;
}

/** `+3,2` / `−0,4` / `0,0`. */
export function signed(text: string, n: number): string {
  return n > 0.05 ? `+${text}` : n < -0.05 ? `\u2212${text.replace('-', '')}` : text;
}
