/**
 * The server's command line (`npm run server -- <command>`):
 *
 *   serve (default)        migrate, then serve the API on HOST:PORT
 *   migrate                apply the migrations that are missing
 *   seed [--times N]       migrate, then load the demo's dataset (refused if accounts exist);
 *                          --times N repeats the province's accounts N times (benchmarks)
 *   user add --username U --name "Full Name" --role R --unit CODE [--scope DISTRICT]
 *            [--password-file F]
 *                          create a user; the password is read from the file, or asked for
 *                          (never on the command line)
 *   import FILE --user U [--commit] [--skip-rejected]
 *                          read and check an account list (.xlsx or .csv), print the summary and
 *                          the first rejected rows; write it with --commit (or after y on a
 *                          terminal), as the system admin U
 *
 * The database is PostgreSQL at DATABASE_URL, else PGlite in PGLITE_DIR (default .data/pglite).
 * See docs/deploy/server.md.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { buildApp } from './app';
import { loadConfig, type Config } from './config';
import { openDatabase, type Database } from './db';
import { migrate } from './db/migrate';
import { demoSeedSteps, seedUnits } from './seed/demo';
import { createServices } from './services';
import { createClock } from './services/clock';
import { hashPassword } from './services/users';
import { importCommand } from './import-cli';
import { roles, type Role } from '../../src/config/permissions';

export async function open(config: Config): Promise<Database> {
  if (!config.DATABASE_URL) mkdirSync(config.PGLITE_DIR, { recursive: true });
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATABASE_URL ? undefined : config.PGLITE_DIR,
    poolSize: config.DATABASE_POOL_SIZE,
  });
  await migrate(database);
  // The province's units are reference data every installation needs.
  const [{ n } = { n: 0 }] = await database.query<{ n: number }>(
    'select count(*)::int as n from units',
  );
  if (n === 0) await seedUnits(database);
  return database;
}

/** BUSINESS_DATE from the environment, else the one a demo seed stored, else none (today). */
async function businessDate(config: Config, database: Database): Promise<string | undefined> {
  if (config.BUSINESS_DATE) return config.BUSINESS_DATE;
  const [row] = await database.query<{ value: string }>(
    `select value from settings where key = 'business_date'`,
  );
  return row?.value;
}

async function serve(config: Config) {
  const database = await open(config);
  const services = createServices(
    database,
    config,
    createClock(await businessDate(config, database)),
  );
  const app = await buildApp(services);
  const close = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void close());
  process.once('SIGTERM', () => void close());
  await app.listen({ host: config.HOST, port: config.PORT });
}

async function seed(config: Config, args: string[]) {
  const { values } = parseArgs({ args, options: { times: { type: 'string', default: '1' } } });
  const times = Number(values.times);
  if (!Number.isInteger(times) || times < 1 || times > 100) {
    throw new Error('--times must be a whole number from 1 to 100');
  }
  const database = await open(config);
  const [{ n } = { n: 0 }] = await database.query<{ n: number }>(
    'select count(*)::int as n from accounts',
  );
  if (n > 0) {
    console.error(`The database already holds ${n} accounts; seed a new, empty database.`);
    process.exitCode = 1;
  } else {
    for (const step of demoSeedSteps) {
      const t = performance.now();
      await step.run(database, { times });
      console.log(`seeded ${step.name} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
  }
  await database.close();
}

async function readPassword(file: string | undefined): Promise<string> {
  if (file) return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Do not echo what is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  process.stdout.write('Password: ');
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

async function userAdd(config: Config, args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string' },
      scope: { type: 'string' },
      'password-file': { type: 'string' },
    },
  });
  const { username, name, role, unit } = values;
  if (!username || !name || !role || !unit) {
    throw new Error('user add needs --username, --name, --role and --unit');
  }
  if (!roles.includes(role as Role)) throw new Error(`--role must be one of ${roles.join(', ')}`);
  const password = await readPassword(values['password-file']);
  if (password.length < 12) throw new Error('The password must have at least 12 characters.');
  const database = await open(config);
  try {
    await database.query(
      `insert into users (username, display_name, role, unit_code, scope_district_code, password_hash)
       values ($1, $2, $3, $4, $5, $6)`,
      [username, name, role, unit, values.scope ?? null, await hashPassword(password)],
    );
    console.log(`User ${username} created.`);
  } finally {
    await database.close();
  }
}

async function runImport(config: Config, args: string[]) {
  const database = await open(config);
  try {
    const services = createServices(
      database,
      config,
      createClock(await businessDate(config, database)),
    );
    process.exitCode = await importCommand(services, args);
  } finally {
    await database.close();
  }
}

async function main(argv: string[]) {
  const config = loadConfig();
  const [command = 'serve', ...rest] = argv;
  if (command === 'serve') return serve(config);
  if (command === 'migrate') {
    const database = await open(config);
    await database.close();
    return;
  }
  if (command === 'seed') return seed(config, rest);
  if (command === 'user' && rest[0] === 'add') return userAdd(config, rest.slice(1));
  if (command === 'import') return runImport(config, rest);
  throw new Error(`Unknown command: ${argv.join(' ')} (see server/src/main.ts)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
