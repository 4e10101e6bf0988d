/**
 * The database: PostgreSQL through `pg` when DATABASE_URL is set, else PGlite (PostgreSQL compiled
 * to WebAssembly) in a data folder, needing nothing installed. Both run the same SQL; queries go
 * through Kysely (typed, parameterised), migrations and bulk loads through `exec`/`query`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import type { DB } from './schema';

export type DriverKind = 'pglite' | 'postgres';

export interface Database {
  kind: DriverKind;
  db: Kysely<DB>;
  /** Run one or more statements with no parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** One parameterised statement, outside Kysely (bulk loads). */
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /**
   * Run `fn`'s queries as background work (an export's batches, a job's): on PGlite, whose one
   * connection every query waits for, a request's queries go first. On PostgreSQL, as they are.
   */
  background<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Set while queries run as background work (see Database.background). */
const backgroundWork = new AsyncLocalStorage<true>();

/** Dates as ISO strings (never a JS Date in the server's time zone), counts as numbers. */
const parseInt8 = (v: string) => Number(v);
const keep = (v: string) => v;
const toIsoInstant = (v: string) => new Date(v).toISOString();
/** OIDs: 20 int8, 1700 numeric, 1082 date, 1114 timestamp, 1184 timestamptz. */
export const typeParsers: Record<number, (v: string) => unknown> = {
  20: parseInt8,
  1700: parseInt8,
  1082: keep,
  1114: toIsoInstant,
  1184: toIsoInstant,
};

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const { default: pg } = await import('pg');
  const types = {
    getTypeParser: (oid: number, format?: string): ((v: string) => unknown) =>
      typeParsers[oid] ?? (pg.types.getTypeParser(oid, format as 'text') as (v: string) => unknown),
  };
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types });
  // An idle connection the database ends (a restart, a terminated backend) leaves the pool and is
  // replaced at the next query; without a listener, its error would end the whole process.
  pool.on('error', (e) => console.warn(`database connection lost: ${e.message}`));
  // The pool listens to a connection only while it is idle. One the database ends while it is
  // lent out (a query under way, a transaction between statements) fails its query, and the
  // request answers 500; its `error` event must not reach the process as an uncaught exception.
  pool.on('connect', (client) => {
    client.on('error', (e) => console.warn(`database connection lost while in use: ${e.message}`));
  });
  // Fail at start-up, not at the first request, when the database cannot be reached.
  await pool.query('select 1');
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    exec: async (sql) => {
      await pool.query(sql);
    },
    query: async <R>(sql: string, params: unknown[] = []) =>
      (await pool.query(sql, params)).rows as R[],
    // Each query has a connection of its own from the pool: nothing to put behind.
    background: (fn) => fn(),
    close: () => db.destroy(),
  };
}

/**
 * PGlite is one connection: Kysely gets a pool of one, so that a transaction holds it until it
 * ends and no other query runs inside it.
 */
async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<Database> {
  return wrapPglite(await createPglite({ dataDir, loadDataDir }));
}

/** A PGlite with the extensions the migrations use (pg_trgm) and the type parsers. */
export async function createPglite({
  dataDir,
  loadDataDir,
}: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<PGlite> {
  const [{ PGlite }, { pg_trgm }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
  ]);
  return PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    extensions: { pg_trgm },
    parsers: typeParsers,
  });
}

/** A Database over an open PGlite (which it closes on close()). */
export function wrapPglite(lite: PGlite): Database {
  // Who waits for the one connection: requests' queries first, then background work's.
  const waiting = { request: [] as (() => void)[], background: [] as (() => void)[] };
  let busy = false;
  // After a release, the connection waits for a turn of the event loop before it is given again.
  let turn = false;
  const grant = () => {
    if (busy || turn) return;
    const next = waiting.request.shift() ?? waiting.background.shift();
    if (!next) return;
    busy = true;
    next();
  };
  const client: PostgresPoolClient = {
    query: (async (sql: string, params: readonly unknown[]) => {
      const r = await lite.query(sql, params as unknown[]);
      // Kysely reads affected rows (numUpdatedRows…) only for the command that made them.
      const command = (
        /^\s*(?:with\b[\s\S]*?\)\s*)?(insert|update|delete|merge)\b/i.exec(sql)?.[1] ?? 'select'
      ).toUpperCase() as 'SELECT';
      return {
        command,
        rowCount: r.affectedRows ?? r.rows.length,
        rows: r.rows,
      };
    }) as PostgresPoolClient['query'],
    release: () => {},
  };
  const pool: PostgresPool = {
    connect: () =>
      new Promise<PostgresPoolClient>((resolve) => {
        const lane = backgroundWork.getStore() ? waiting.background : waiting.request;
        lane.push(() =>
          resolve({
            ...client,
            release: () => {
              busy = false;
              // PGlite runs each query on this thread and answers through promises only: the
              // next query waits for a turn of the event loop, so that requests that arrived
              // meanwhile are read (and their queries queued) before a stream of queries (an
              // export's batches, a job's) goes on.
              turn = true;
              setImmediate(() => {
                turn = false;
                grant();
              });
            },
          }),
        );
        grant();
      }),
    end: async () => {},
  };
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  /** Outside Kysely, wait for the connection too. */
  const exclusive = async <T>(fn: () => Promise<T>): Promise<T> => {
    const c = await pool.connect();
    try {
      return await fn();
    } finally {
      c.release();
    }
  };
  return {
    kind: 'pglite',
    db,
    exec: (sql) => exclusive(async () => void (await lite.exec(sql))),
    query: <R>(sql: string, params: unknown[] = []) =>
      exclusive(async () => (await lite.query<R>(sql, params)).rows),
    background: (fn) => backgroundWork.run(true, fn),
    close: async () => {
      await db.destroy();
      await lite.close();
    },
  };
}

export interface DatabaseOptions {
  /** postgres://… ; when absent, PGlite. */
  url?: string;
  /** PGlite's data folder; absent: in memory. */
  dataDir?: string;
  /** PGlite: start from a dump (tests). */
  loadDataDir?: Blob;
  poolSize?: number;
}

export function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.url
    ? openPostgres(options.url, options.poolSize ?? 10)
    : openPglite(options.dataDir, options.loadDataDir);
}
