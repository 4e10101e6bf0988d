/** One line of `npm run bench`: a measured figure, with its target when there is one. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The most the figure may be (a ceiling: time, size), or the least when `atLeast` (a score). */
  target?: number;
  atLeast?: boolean;
  met?: boolean;
  detail?: string;
  /**
   * The same figure on a repeat visit (service worker and HTTP cache kept), where `value` is a
   * first visit's; targets apply to `value`.
   */
  warm?: number;
}

/** A bench module: `bench/<what>.bench.ts` exports `run`, and optionally `order` (lower runs first). */
export interface BenchModule {
  run: () => Promise<BenchRow[]>;
  order?: number;
}

/** A row with a ceiling: `met` when the value stays at or below the target. */
export function ceiling(name: string, value: number, unit: string, target: number): BenchRow {
  return { name, value, unit, target, met: value <= target };
}

/** A row with a floor: `met` when the value reaches at least the target (a score). */
export function floor(name: string, value: number, unit: string, target: number): BenchRow {
  return { name, value, unit, target, atLeast: true, met: value >= target };
}

/** Median and 95th percentile of timings. */
export function percentiles(samples: readonly number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}
