/**
 * Demo builds: builds the seeded dataset in a Web Worker, off the page's main thread, and hands its
 * typed arrays over (transferred, not copied). See `datasetFromWorker` in ./index.ts.
 */
import { buildDataset, type Dataset } from './dataset';

export interface DatasetMessage {
  ds: Dataset;
  /** Time the build took inside the worker, in milliseconds. */
  buildMs: number;
}

const started = performance.now();
const ds = buildDataset();
const message: DatasetMessage = { ds, buildMs: performance.now() - started };
const buffers = [
  ds.kind,
  ds.commune,
  ds.source,
  ds.reason,
  ds.registeredDay,
  ds.lastSeenDay,
  ds.convertedDay,
  ds.state,
  ds.sex,
  ds.birthYear,
  ds.family,
  ds.middle,
  ds.given,
  ds.dupOf,
  ds.regHist,
  ds.convHist,
  ds.waitingByCommune.organisation,
  ds.waitingByCommune.foreigner,
].map((a) => a.buffer as ArrayBuffer);
(self as unknown as Worker).postMessage(message, buffers);
