/**
 * Seeded databases for tests, made once per run and copied for each test file:
 * - PGlite (default): the demo seed is loaded once into a data folder, dumped to
 *   `.cache/server-seed-<hash>.tar.gz` (kept between runs while the migrations, the generator and
 *   the seed are unchanged), and each test file loads that dump into a PGlite in memory.
 * - PostgreSQL (TEST_DATABASE_URL=postgres://…/postgres): a template database `vneid_seed_<hash>` is
 *   seeded once, and each test file gets `create database … template …` of its own.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { createPglite, openDatabase, wrapPglite, type Database } from '../src/db';
import { MIGRATIONS_DIR, migrate } from '../src/db/migrate';
import { demoSeedSteps } from '../src/seed/demo';

const ROOT = join(import.meta.dirname, '../..');
const CACHE = join(ROOT, '.cache');

/** What the seeded data depends on: a change to any of these makes a new seed. */
function seedHash(): string {
  const h = createHash('sha256');
  const files = [
    ...readdirSync(MIGRATIONS_DIR).map((f) => join(MIGRATIONS_DIR, f)),
    ...readdirSync(join(ROOT, 'server/src/seed')).map((f) => join(ROOT, 'server/src/seed', f)),
    // The generator: the dataset's modules and what they draw from.
    ...readdirSync(join(ROOT, 'mocks/db/dataset')).map((f) => join(ROOT, 'mocks/db/dataset', f)),
    join(ROOT, 'mocks/db/days.ts'),
    join(ROOT, 'mocks/db/random.ts'),
    join(ROOT, 'mocks/db/units.ts'),
    join(ROOT, 'mocks/db/units-2024.json'),
    join(ROOT, 'mocks/db/names.ts'),
    join(ROOT, 'mocks/db/notices-seed.ts'),
    join(ROOT, 'mocks/db/demo-users.ts'),
  ].sort();
  for (const f of files) if (existsSync(f)) h.update(f).update(readFileSync(f));
  return h.digest('hex').slice(0, 12);
}

export async function seed(database: Database): Promise<void> {
  await migrate(database);
  for (const step of demoSeedSteps) await step.run(database);
}

const pgUrl = () => process.env.TEST_DATABASE_URL;

/**
 * What prepareSeed made for this run, for the test files: vitest's globalSetup runs it before the
 * workers start, and they inherit the environment. A seed file edited while a run is under way
 * then does not send the run's later test files to a seed that does not exist yet.
 */
const SEED_ENV = 'VNEID_SERVER_SEED';
const pinned = (): string | undefined => process.env[SEED_ENV];

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Make the seed once (vitest globalSetup, or the e2e/bench scripts). Returns the PostgreSQL
 * template's name, or the PGlite dump's path.
 */
export async function prepareSeed(log: (s: string) => void = () => {}): Promise<string> {
  const hash = seedHash();
  const url = pgUrl();
  if (url) {
    const admin = await openDatabase({ url, poolSize: 1 });
    const name = `vneid_seed_${hash}`;
    const [exists] = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!exists) {
      log(`seeding PostgreSQL template ${name}…`);
      // A copy left half-made by a run that was stopped.
      await admin.exec(`drop database if exists ${name}_tmp with (force)`);
      await admin.exec(`create database ${name}_tmp`);
      const db = await openDatabase({ url: withDatabase(url, `${name}_tmp`), poolSize: 2 });
      await seed(db);
      await db.close();
      // The pool's connections may still be ending on the server's side: a rename needs none.
      await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [`${name}_tmp`],
      );
      await admin.exec(`alter database ${name}_tmp rename to ${name}`);
    }
    await admin.close();
    process.env[SEED_ENV] = name;
    return name;
  }
  const file = join(CACHE, `server-seed-${hash}.tar.gz`);
  process.env[SEED_ENV] = file;
  if (existsSync(file)) return file;
  mkdirSync(CACHE, { recursive: true });
  // Older seeds go, but not one another run (in the same tree) may still be reading.
  for (const old of readdirSync(CACHE)) {
    const path = join(CACHE, old);
    if (old.startsWith('server-seed-') && Date.now() - statSync(path).mtimeMs > 3_600_000)
      rmSync(path, { force: true });
  }
  log('seeding PGlite…');
  // Written under another name first: a run that starts meanwhile never reads half a file.
  writeFileSync(`${file}.tmp`, Buffer.from(await (await dumpSeeded()).arrayBuffer()));
  renameSync(`${file}.tmp`, file);
  return file;
}

/** Seed into a PGlite in memory and dump it (used by prepareSeed). */
async function dumpSeeded(): Promise<Blob> {
  const lite = await createPglite();
  const database = wrapPglite(lite);
  await seed(database);
  const dump = await lite.dumpDataDir('gzip');
  await lite.close();
  return dump;
}

/** A database of one's own holding the demo seed: for one test file. Close it after. */
export async function seededDatabase(): Promise<Database & { drop(): Promise<void> }> {
  const hash = seedHash();
  const url = pgUrl();
  if (url) {
    const name = `vneid_test_${randomBytes(4).toString('hex')}`;
    const admin = await openDatabase({ url, poolSize: 1 });
    const template = pinned()?.startsWith('vneid_seed_') ? pinned() : `vneid_seed_${hash}`;
    await admin.exec(`create database ${name} template ${template}`);
    const db = await openDatabase({ url: withDatabase(url, name), poolSize: 5 });
    return Object.assign(db, {
      drop: async () => {
        await db.close();
        await admin.exec(`drop database if exists ${name}`);
        await admin.close();
      },
    });
  }
  const given = pinned();
  const file = given?.endsWith('.tar.gz') ? given : join(CACHE, `server-seed-${hash}.tar.gz`);
  if (!existsSync(file)) await prepareSeed();
  const blob = new Blob([readFileSync(file)]);
  const db = await openDatabase({ loadDataDir: blob });
  return Object.assign(db, { drop: () => db.close() });
}
