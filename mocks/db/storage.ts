/**
 * Where the demo keeps what users change (sessions, demo clock, actions, notices): the page's
 * localStorage in the browser (the backend's worker keeps a copy and relays each change), so changes
 * survive a reload until "Reset demo data"; memory in tests and Node.
 */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  keys(): string[];
}

const PREFIX = 'vneid-demo:';

export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    get: (k) => map.get(k) ?? null,
    set: (k, v) => void map.set(k, v),
    remove: (k) => void map.delete(k),
    keys: () => [...map.keys()],
  };
}

/** A store starting from `initial` that reports every change (the worker's copy of the page's). */
export function relayedStore(
  initial: Record<string, string>,
  onChange: (key: string, value: string | null) => void,
): KeyValueStore {
  const inner = memoryStore();
  for (const [k, v] of Object.entries(initial)) inner.set(k, v);
  return {
    ...inner,
    set: (k, v) => {
      inner.set(k, v);
      onChange(k, v);
    },
    remove: (k) => {
      inner.remove(k);
      onChange(k, null);
    },
  };
}

/** The page: the demo's entries in localStorage, without their prefix. */
export function readLocalStore(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(localStorage)) {
    if (k.startsWith(PREFIX)) out[k.slice(PREFIX.length)] = localStorage.getItem(k) ?? '';
  }
  return out;
}

/** The page: one change relayed by the worker. */
export function writeLocalStore(key: string, value: string | null): void {
  if (value === null) {
    localStorage.removeItem(PREFIX + key);
    return;
  }
  try {
    localStorage.setItem(PREFIX + key, value);
  } catch {
    // Quota exceeded: the change lives until the next reload.
  }
}

let store: KeyValueStore = memoryStore();

export function useStore(next: KeyValueStore): void {
  store = next;
}

const keptOnReset = new Set<string>();

/**
 * A JSON value under one key, read lazily and written through. `keepOnReset`: the value survives
 * "Reset demo data" (sign-in sessions: resetting the data should not sign everyone out).
 */
export function persisted<T>(key: string, initial: () => T, { keepOnReset = false } = {}) {
  if (keepOnReset) keptOnReset.add(key);
  let cache: { value: T } | null = null;
  return {
    get(): T {
      if (!cache) {
        const raw = store.get(key);
        let value: T;
        try {
          value = raw === null ? initial() : (JSON.parse(raw) as T);
        } catch {
          value = initial();
        }
        cache = { value };
      }
      return cache.value;
    },
    set(value: T): void {
      cache = { value };
      store.set(key, JSON.stringify(value));
    },
    update(fn: (value: T) => T): T {
      const next = fn(this.get());
      this.set(next);
      return next;
    },
    /** Forget the cached copy (after a reset). */
    drop(): void {
      cache = null;
    },
  };
}

const resetters = new Set<() => void>();

/** Modules register what they cache; a reset clears the store and every cache. */
export function onReset(fn: () => void): void {
  resetters.add(fn);
}

export function resetStore({ everything = false } = {}): void {
  for (const k of store.keys()) if (everything || !keptOnReset.has(k)) store.remove(k);
  for (const fn of resetters) fn();
}
