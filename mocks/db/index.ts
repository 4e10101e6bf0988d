/**
 * The demo database: the seeded dataset, built once (in a Web Worker in the browser), plus what users
 * change in the demo. Changes to rows go through `changeRow` so a reset can undo them exactly,
 * without rebuilding 339,000 rows.
 */
import {
  buildDataset,
  buildDatasetInSlices,
  setCommune,
  setConvertedDay,
  type Dataset,
} from './dataset';
import { allAccountEvents } from './journal';
import { onReset } from './storage';

let ds: Dataset | null = null;
let building: Promise<Dataset> | null = null;
const replayers: ((ds: Dataset) => void)[] = [];
const originals = new Map<number, { convertedDay: number; state: number; commune: number }>();

function ready(built: Dataset): Dataset {
  ds = built;
  for (const replay of replayers) replay(built);
  return built;
}

/** Build (or return) the dataset at once: Node, tests, the HTTP server. */
export function datasetSync(): Dataset {
  return ds ?? ready(buildDataset());
}

/**
 * Build in slices on this thread, with a pause between them so that it stays responsive: the demo
 * backend's worker answers the calls that need no dataset (the session, the policy) meanwhile. A
 * timer, not a faster message, makes the pause: the worker's incoming calls must get their turn.
 * Slices of 40,000 rows: fewer pauses, as nested timers are held back 4 ms each.
 */
function buildHere(): Promise<Dataset> {
  return buildDatasetInSlices(() => new Promise<void>((resolve) => setTimeout(resolve, 0)), 40_000);
}

/** Build (or return) the dataset without blocking this thread for long: in slices. */
export function dataset(): Promise<Dataset> {
  if (ds) return Promise.resolve(ds);
  building ??= buildHere().then(ready);
  return building;
}

/** True once built (benchmarks and tests). */
export function datasetBuilt(): boolean {
  return ds !== null;
}

/**
 * Modules that persist changes to rows register a replayer: it runs once the dataset is built
 * (again after a reset), applying the stored changes through `changeRow`.
 */
export function onDatasetReady(replay: (ds: Dataset) => void): void {
  replayers.push(replay);
  if (ds) replay(ds);
}

/** Change one row's conversion day, lifecycle state and/or commune, remembering the seeded values. */
export function changeRow(
  data: Dataset,
  row: number,
  change: { convertedDay?: number; state?: number; commune?: number },
): void {
  if (!originals.has(row)) {
    originals.set(row, {
      convertedDay: data.convertedDay[row]!,
      state: data.state[row]!,
      commune: data.commune[row]!,
    });
  }
  if (change.convertedDay !== undefined) setConvertedDay(data, row, change.convertedDay);
  if (change.state !== undefined) data.state[row] = change.state;
  if (change.commune !== undefined) setCommune(data, row, change.commune);
}

/** A row's seeded conversion day and state (before any demo change). */
export function seededRow(data: Dataset, row: number): { convertedDay: number; state: number } {
  const o = originals.get(row);
  return o
    ? { convertedDay: o.convertedDay, state: o.state }
    : { convertedDay: data.convertedDay[row]!, state: data.state[row]! };
}

onReset(() => {
  if (!ds) return;
  for (const [row, o] of originals) {
    setCommune(ds, row, o.commune);
    setConvertedDay(ds, row, o.convertedDay);
    ds.state[row] = o.state;
  }
  originals.clear();
  // Replayers read their (now empty) stores again.
  for (const replay of replayers) replay(ds);
});

// Demo actions that link an account or change its state are replayed into the rows on load.
onDatasetReady((data) => {
  for (const e of allAccountEvents()) {
    if (e.converts) changeRow(data, e.row, { convertedDay: e.day });
    if (e.state !== undefined) changeRow(data, e.row, { state: e.state });
  }
});
