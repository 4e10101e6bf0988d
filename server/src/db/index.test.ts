/**
 * A PostgreSQL connection that the database ends while it is lent out (a restart, a failover,
 * `pg_terminate_backend`, a test's database dropped under the server) fails the work on it; the
 * process goes on and the next query gets a new connection. PGlite has no connections to lose:
 * PostgreSQL only (TEST_DATABASE_URL).
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '.';

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('a PostgreSQL connection ended while lent out', () => {
  it('fails its transaction only, and the next query runs on a new connection', async () => {
    const database = await openDatabase({ url, poolSize: 2 });
    const admin = await openDatabase({ url, poolSize: 1 });
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const transaction = database.db.transaction().execute(async (trx) => {
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
        await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
        // The connection's end arrives while no query runs on it: only its `error` event says so.
        await expect.poll(() => warnings.length).toBeGreaterThan(0);
        await sql`select 1`.execute(trx);
      });
      await expect(transaction).rejects.toThrow();
      // Without a listener on the lent connection, that event would have been an uncaught
      // exception: vitest fails the run on one, and a server process would have ended.
      expect(warnings.join('\n')).toMatch(/connection lost while in use/);
      expect(await database.query('select 1 as ok')).toEqual([{ ok: 1 }]);
    } finally {
      console.warn = warn;
      await database.close();
      await admin.close();
    }
  });
});
