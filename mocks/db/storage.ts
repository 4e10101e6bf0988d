/**
 * Where the demo keeps what users change (sessions, demo clock, actions, notices): localStorage in
 * the browser, so changes survive a reload until "Reset demo data"; memory in tests and Node.
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

export function localStorageStore(): KeyValueStore {
  return {
    get: (k) => localStorage.getItem(PREFIX + k),
    set: (k, v) => {
      try {
        localStorage.setItem(PREFIX + k, v);
      } catch {
        // Quota exceeded: the change lives until the next reload.
      }
    },
    remove: (k) => localStorage.removeItem(PREFIX + k),
    keys: () =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith(PREFIX))
        .map((k) => k.slice(PREFIX.length)),
  };
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
