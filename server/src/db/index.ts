/**
 * The database: PostgreSQL through `pg` when DATABASE_URL is set, else PGlite (PostgreSQL compiled
 * to WebAssembly) in a data folder, needing nothing installed. Both run the same SQL; queries go
 * through Kysely (typed, parameterised), migrations and bulk loads through `exec`/`query`.
 */
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
  close(): Promise<void>;
}

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
    close: () => db.destroy(),
  };
}

/**
 * PGlite is one connection: Kysely gets a pool of one, so that a transaction holds it until it
 * ends and no other query runs inside it.
 */
async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const lite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    parsers: typeParsers,
  });
  return wrapPglite(lite);
}

/** A Database over an open PGlite (which it closes on close()). */
export function wrapPglite(lite: PGlite): Database {
  let queue: Promise<void> = Promise.resolve();
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
        queue = queue.then(
          () =>
            new Promise<void>((release) => {
              resolve({ ...client, release: () => release() });
            }),
        );
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
