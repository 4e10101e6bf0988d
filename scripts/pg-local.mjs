// A throwaway PostgreSQL cluster of one's own, for the server's tests (`npm test`, the e2e project
// `server`): Debian's postgresql (PG_BIN, default /usr/lib/postgresql/15/bin), initdb into a
// temporary folder, started on a free port of its own with its socket in that folder, trust
// authentication on 127.0.0.1 only, no fsync (a test database is thrown away). Run as the
// `postgres` user when started by root (PostgreSQL refuses to run as root).
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** The folder of initdb/pg_ctl/postgres, or null when PostgreSQL is not installed. */
export function findPostgres() {
  return ['initdb', 'pg_ctl', 'postgres'].every((b) => existsSync(join(PG_BIN, b))) ? PG_BIN : null;
}

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

const quote = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;

/** Run a PostgreSQL program (as `postgres` when we are root); throws with its output on failure. */
function pgRun(asPostgres, bin, args) {
  const r = asPostgres
    ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', [bin, ...args].map(quote).join(' ')], {
        encoding: 'utf8',
      })
    : spawnSync(bin, args, { encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`${bin} ${args.join(' ')} failed:\n${r.stdout ?? ''}${r.stderr ?? r.error}`);
  }
}

/**
 * Start a cluster; resolves to { url, port, stop }. `url` is the `postgres` database as the
 * superuser `postgres` (what TEST_DATABASE_URL expects). `stop()` is synchronous and safe to call
 * more than once: it stops the server at once and removes the folder.
 * `durable` keeps PostgreSQL's own write settings (fsync on), for benchmarks that time writes.
 * @param {{ port?: number, durable?: boolean, log?: (s: string) => void }=} options
 */
export async function startPostgres({ port, durable = false, log = () => {} } = {}) {
  const bin = findPostgres();
  if (!bin) throw new Error(`PostgreSQL is not installed (no initdb in ${PG_BIN})`);
  const asPostgres = userInfo().uid === 0;
  const dir = mkdtempSync(join(tmpdir(), 'vneid-pg-'));
  const data = join(dir, 'data');
  if (asPostgres) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gids = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (ids.status !== 0) throw new Error('running as root, but there is no `postgres` user');
    chownSync(dir, Number(ids.stdout), Number(gids.stdout));
    chmodSync(dir, 0o700);
  }
  const pgPort = port ?? (await freePort());
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      if (existsSync(join(data, 'postmaster.pid')))
        pgRun(asPostgres, join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch (e) {
      console.error(e instanceof Error ? e.message : e);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const started = Date.now();
    pgRun(asPostgres, join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--no-locale',
      '--no-sync',
    ]);
    const options = [
      `-p ${pgPort}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      ...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
      '-c max_connections=250',
    ].join(' ');
    pgRun(asPostgres, join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-o',
      options,
      '-l',
      join(dir, 'postgres.log'),
      '-w',
      '-t',
      '60',
      'start',
    ]);
    log(`PostgreSQL (${bin}) on 127.0.0.1:${pgPort}, started in ${Date.now() - started} ms`);
  } catch (e) {
    stop();
    throw e;
  }
  return { url: `postgres://postgres@127.0.0.1:${pgPort}/postgres`, port: pgPort, dir, stop };
}
