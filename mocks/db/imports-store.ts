/**
 * The committed imports (snapshots) of the demo and what each changed, persisted and replayed when
 * the dataset is built again: seeded rows' conversion day and commune through `changeRow`, accounts
 * it added and later changes to them through ./imported-accounts.ts. "Reset demo data" undoes it
 * all. A very large import may not fit in the page's localStorage: it then lasts until the page is
 * reloaded, as every demo change that does not fit.
 */
import type { components } from '../../src/api/schema';
import type { Dataset } from './dataset';
import type { Plan } from './imports-classify';
import {
  addImported,
  changeImported,
  clearImported,
  importedOf,
  importedRowOfId,
  skipNumbers,
  numberedId,
  type ImportedAccount,
} from './imported-accounts';
import { changeRow, datasetBuilt, datasetSync, onDatasetReady } from './index';
import { onReset, persisted } from './storage';

type ImportSnapshot = components['schemas']['ImportSnapshot'];

/** What one snapshot changed, kept to replay it. */
export interface SnapshotEffects {
  /** Seeded rows: [row, convertedDay, commune] flattened. */
  rows: number[];
  /** Accounts it added, in the file's order. */
  added: ImportedAccount[];
  /** Accounts added by earlier snapshots that it changed. */
  addedChanges: { id: string; convertedDay: number; commune: number }[];
  /** How many of the added accounts were given a number (`TK9……`). */
  numbered: number;
}

interface StoredSnapshot {
  snapshot: ImportSnapshot;
  effects: SnapshotEffects;
}

// The shape of 'imports' (before added accounts were kept whole) is left unread.
const stored = persisted<StoredSnapshot[]>('import-snapshots', () => []);
const applied = new Set<string>();

function applyEffects(ds: Dataset, id: string, effects: SnapshotEffects) {
  if (applied.has(id)) return;
  applied.add(id);
  const r = effects.rows;
  for (let i = 0; i < r.length; i += 3) {
    changeRow(ds, r[i]!, { commune: r[i + 2]!, convertedDay: r[i + 1]! });
  }
  for (const c of effects.addedChanges) {
    const row = importedRowOfId(c.id);
    if (row !== undefined) changeImported(ds, row, c);
  }
  skipNumbers(effects.numbered);
  for (const a of effects.added) addImported(ds, a);
}

onDatasetReady((ds) => {
  for (const s of stored.get()) applyEffects(ds, s.snapshot.id, s.effects);
});

// Runs after the rows' own reset (mocks/db/index.ts) has put the seeded rows back.
onReset(() => {
  // Not built yet: nothing was applied (and a reset must not start a build).
  clearImported(datasetBuilt() ? datasetSync() : null);
  applied.clear();
  stored.drop();
});

/** Every snapshot, newest first. */
export function snapshots(): ImportSnapshot[] {
  return stored
    .get()
    .map((s) => s.snapshot)
    .sort((a, b) => (a.importedAt < b.importedAt ? 1 : -1));
}

/** The snapshot of the latest day (the latest committed among that day's). */
export function latestSnapshot(): ImportSnapshot | undefined {
  return snapshots().reduce<ImportSnapshot | undefined>(
    (latest, s) => (!latest || s.asOf > latest.asOf ? s : latest),
    undefined,
  );
}

/** What plans become once written: new accounts without an id numbered in the file's order. */
export function effectsOf(plans: readonly Plan[]): SnapshotEffects {
  const effects: SnapshotEffects = { rows: [], added: [], addedChanges: [], numbered: 0 };
  for (const p of plans) {
    if (p.target === 'row') effects.rows.push(p.row, p.convertedDay, p.commune);
    else if (p.target === 'added') {
      const { id } = importedOf(p.row)!;
      effects.addedChanges.push({ id, convertedDay: p.convertedDay, commune: p.commune });
    } else {
      const id = p.account.id ?? numberedId(effects.numbered++);
      effects.added.push({ ...p.account, id });
    }
  }
  return effects;
}

/** Write a snapshot and its effects at once (one step: nothing half-written). */
export function recordSnapshot(ds: Dataset, snapshot: ImportSnapshot, effects: SnapshotEffects) {
  applyEffects(ds, snapshot.id, effects);
  stored.update((list) => [...list, { snapshot, effects }]);
}
