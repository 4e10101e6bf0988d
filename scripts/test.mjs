// `npm test`: every check in order, then one closing line `N passed, N failed` counting every
// unit, integration and end-to-end test plus each whole-project check (format, lint, types, builds).
// The static checks and the unit tests stop the run at the first failure (later steps would only
// repeat it); the closing line is printed whatever happens. The server's tests run twice, on PGlite
// and on a PostgreSQL cluster of the run's own (scripts/pg-local.mjs), which the e2e project
// `server` uses too; both runs' tests are in the count.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { findNginx } from './nginx-local.mjs';
import { findPostgres, startPostgres } from './pg-local.mjs';

const MIN = 60_000;
const CI = Boolean(process.env.CI) && process.env.CI !== 'false';
const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
/** The PostgreSQL cluster of this run (server tests and the e2e project `server`), once started. */
let postgres = null;
/** Steps running in the background (see `start`). */
const background = new Set();
const stopAll = () => {
  for (const child of background) child.kill('SIGTERM');
  postgres?.stop();
};
// Stopped whatever happens: at the end, on an exception, on Ctrl-C or a kill.
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    stopAll();
    process.exit(130);
  });
}
// Call the project's own binaries directly (as `npm run` does), without npx's start-up and warnings.
const env = {
  ...process.env,
  PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`,
};

/** Run one step; `counts` adds it to the tally as one check. Returns true when it passed. */
function run(title, command, { counts = true, timeout = 5 * MIN, extraEnv = {} } = {}) {
  console.log(`\n━━ ${title}\n$ ${command}`);
  const started = Date.now();
  const r = spawnSync(command, {
    shell: true,
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
    timeout,
  });
  const ms = Date.now() - started;
  return ended(title, r.status === 0, ms, r.error?.code === 'ETIMEDOUT' && timeout, counts);
}

/** A step's last line, its count in the tally, and its name among the failures if it failed. */
function ended(title, ok, ms, timedOutAfter, counts) {
  const why = timedOutAfter ? `, timed out after ${timedOutAfter / MIN} min` : '';
  const secs = (ms / 1000).toFixed(1);
  console.log(`━━ ${title}: ${ok ? 'ok' : 'FAILED'} (${secs} s${why})`);
  if (counts) results[ok ? 'passed' : 'failed'] += 1;
  if (!ok) failures.push(title);
  return ok;
}

/**
 * Start a step in the background (the machine has other cores while a single-threaded step runs);
 * its output goes to a file and is printed by `finish`, so that steps' outputs never interleave.
 */
function start(title, command, { timeout = 5 * MIN, extraEnv = {} } = {}) {
  const log = `test-results/${title.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}.log`;
  const fd = openSync(log, 'w');
  const started = Date.now();
  const child = spawn(command, {
    shell: true,
    stdio: ['ignore', fd, fd],
    env: { ...env, ...extraEnv },
  });
  closeSync(fd);
  background.add(child);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGTERM');
  }, timeout);
  // Resolves to whether it passed and how long it ran (it may end long before it is awaited).
  const done = new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      background.delete(child);
      resolve({ ok: code === 0, ms: Date.now() - started });
    }),
  );
  return { title, command, log, done, timeout, timedOut: () => timedOut };
}

/** Wait for a background step, print its output, and count it as `run` does. */
async function finish(step, { counts = true } = {}) {
  const { ok, ms } = await step.done;
  console.log(`\n━━ ${step.title}\n$ ${step.command}`);
  process.stdout.write(readFileSync(step.log));
  return ended(step.title, ok, ms, step.timedOut() && step.timeout, counts);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** Playwright's JSON report counted per project (flaky = passed on retry). */
function perProject(report) {
  const out = {};
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const c = (out[t.projectName] ??= { passed: 0, failed: 0, skipped: 0 });
        if (t.status === 'expected' || t.status === 'flaky') c.passed += 1;
        else if (t.status === 'skipped') c.skipped += 1;
        else c.failed += 1;
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report?.suites ?? []) walk(suite);
  return out;
}

function hasScript(name) {
  return Boolean(readJson('package.json')?.scripts?.[name]);
}

/** Add a report's counts; a failed run with no failed test in it (a crash) counts as one failure. */
function tally(ok, counts) {
  if (!counts) {
    if (!ok) results.failed += 1;
    return;
  }
  results.passed += counts.passed;
  results.failed += counts.failed;
  results.skipped += counts.skipped;
  if (!ok && counts.failed === 0) results.failed += 1;
}

/**
 * Something a step needs is not installed: a failure in CI (which installs it), a skip with a
 * message elsewhere.
 */
function missing(what, step) {
  if (CI) {
    console.log(`\n━━ ${step}: FAILED (${what} is not installed; .ci/run installs it)`);
    failures.push(step);
    results.failed += 1;
  } else {
    console.log(`\n━━ ${step}: skipped (${what} is not installed here; CI installs it)`);
  }
}

/** Vitest's JSON report as counts. */
function vitestCounts(path) {
  const report = readJson(path);
  return (
    report && {
      passed: report.numPassedTests ?? 0,
      failed: report.numFailedTests ?? 0,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    }
  );
}

async function steps() {
  mkdirSync('test-results', { recursive: true });
  rmSync('test-results/unit.json', { force: true });
  rmSync('test-results/server-pglite.json', { force: true });
  rmSync('test-results/server-postgres.json', { force: true });
  rmSync('test-results/e2e.json', { force: true });

  // The server tests' seeds take a minute or two each on one core: they are made in the background
  // while the static checks (one core each) run. PostgreSQL starts first for its template.
  const pgStep = 'Server tests on PostgreSQL (Vitest, project server)';
  if (findPostgres()) {
    try {
      postgres = await startPostgres({ log: (s) => console.log(`\n${s}`) });
    } catch (e) {
      console.error(e instanceof Error ? e.message : e);
    }
  }
  // Each takes a few minutes on two cores shared with the static checks and the app's tests: the
  // limits leave room for a busy machine.
  const seeds = [
    start('Seed for the server tests on PGlite', 'tsx server/test/prepare-seed.ts', {
      timeout: 15 * MIN,
    }),
  ];
  if (postgres)
    seeds.push(
      start('Seed for the server tests on PostgreSQL', 'tsx server/test/prepare-seed.ts', {
        timeout: 15 * MIN,
        extraEnv: { TEST_DATABASE_URL: postgres.url },
      }),
    );

  // (a–d) Static checks, one check each; lint and types side by side.
  if (hasScript('gen:api')) {
    if (!run('Files generated from the contract match it', 'node scripts/gen-api.mjs --check'))
      return;
  }
  if (!run('Format (Prettier)', 'prettier --check . --log-level warn')) return;
  // About 95 s each side by side (with the seeds) on two cores.
  const lint = start('Lint (ESLint)', 'eslint . --max-warnings 0', { timeout: 10 * MIN });
  const types = start('Types (tsc)', 'tsc --noEmit -p tsconfig.json', { timeout: 10 * MIN });
  const lintOk = await finish(lint);
  if (!(await finish(types)) || !lintOk) return;

  // (e) Unit and integration tests, counted one by one from Vitest's reports: the app's (jsdom),
  // then the server's and the conformance suite on PGlite (its seed is made once, ~1 min, and kept
  // in .cache/ while the migrations and the generator are unchanged).
  const unitOk = run(
    'Unit and integration tests (Vitest, project app)',
    'vitest run --project app --reporter=default --reporter=json --outputFile=test-results/unit.json',
    { counts: false, timeout: 10 * MIN },
  );
  tally(unitOk, vitestCounts('test-results/unit.json'));
  if (!unitOk) return;
  // A seed that failed here fails again, with its message, in the step that needs it.
  for (const seed of seeds) await finish(seed, { counts: false });
  const serverOk = run(
    'Server tests on PGlite (Vitest, project server)',
    'vitest run --project server --reporter=default --reporter=json --outputFile=test-results/server-pglite.json',
    { counts: false, timeout: 10 * MIN },
  );
  tally(serverOk, vitestCounts('test-results/server-pglite.json'));
  if (!serverOk) return;

  // (e2) The server's tests (and the conformance suite) again, on a real PostgreSQL: a cluster of
  // this run's own on a free port, kept for the e2e project `server` and stopped at the end.
  if (!findPostgres()) {
    missing('PostgreSQL (Debian package postgresql)', pgStep);
  } else {
    if (!postgres) {
      failures.push(pgStep);
      results.failed += 1;
    } else {
      const pgOk = run(
        pgStep,
        'vitest run --project server --reporter=default --reporter=json --outputFile=test-results/server-postgres.json',
        { counts: false, timeout: 10 * MIN, extraEnv: { TEST_DATABASE_URL: postgres.url } },
      );
      tally(pgOk, vitestCounts('test-results/server-postgres.json'));
    }
  }

  // (f) Builds: the production build (no mocks), the demo build and the production build pointed at
  // the API server that the e2e projects `demo` and `http` run against.
  // dist/ is also what the e2e project `server` serves behind nginx: the API on the same origin.
  const distOk = run('Production build', 'vite build', { extraEnv: { VITE_API_BASE_URL: '/api' } });
  if (distOk) {
    run('Production build ships no mock code or demo users', 'node scripts/check-dist.mjs dist');
    run(
      'JavaScript for /: start-up chunks without page code, budget 200 KiB gzip',
      'node scripts/check-budget.mjs dist',
    );
  }
  if (!run('Demo build', 'vite build --mode demo --outDir dist-demo')) return;
  run(
    "Demo JavaScript for / with the backend's worker: budget 400 KiB gzip",
    'node scripts/check-budget.mjs dist-demo',
  );
  if (!run('Production build for the e2e project "http"', 'node scripts/build-http.mjs')) return;
  run(
    'Production build for "http" ships no mock code or demo users',
    'node scripts/check-dist.mjs dist-http',
  );
  if (hasScript('check:nginx')) run('Example nginx configuration', 'node scripts/check-nginx.mjs');

  // (g) End-to-end tests in Chromium, counted from Playwright's report (flaky = passed on retry).
  if (!run('Find a Chromium', 'node scripts/ensure-browser.mjs', { counts: false })) {
    results.failed += 1;
    return;
  }
  // The project `server` needs nginx, PostgreSQL and dist/: without them it is left out (a failure
  // in CI, which installs them).
  const projects = ['demo', 'http'];
  if (!findNginx()) missing('nginx', 'End-to-end tests, project server');
  else if (!postgres) missing('PostgreSQL', 'End-to-end tests, project server');
  else if (!distOk) {
    failures.push('End-to-end tests, project server (no production build)');
    results.failed += 1;
  } else projects.push('server');
  const e2eOk = run(
    `End-to-end tests (Playwright: projects ${projects.join(', ')})`,
    `playwright test ${projects.map((p) => `--project=${p}`).join(' ')}`,
    {
      counts: false,
      timeout: 40 * MIN,
      extraEnv: {
        E2E_PROJECTS: projects.join(','),
        ...(postgres ? { TEST_DATABASE_URL: postgres.url } : {}),
      },
    },
  );
  const report = readJson('test-results/e2e.json');
  for (const [project, c] of Object.entries(perProject(report))) {
    console.log(`   ${project}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  }
  const stats = report?.stats;
  tally(
    e2eOk,
    stats && {
      passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
      failed: stats.unexpected ?? 0,
      skipped: stats.skipped ?? 0,
    },
  );
}

try {
  await steps();
} catch (e) {
  console.error(e);
  failures.push('scripts/test.mjs itself');
  results.failed += 1;
} finally {
  postgres?.stop();
  if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
  // Skipped tests (demo-panel tests in the http project) are named on their own line, so that the
  // last line is exactly `N passed, N failed`.
  if (results.skipped) console.log(`\n${results.skipped} skipped`);
  console.log(`\n${results.passed} passed, ${results.failed} failed`);
  process.exitCode = results.failed > 0 || failures.length > 0 ? 1 : 0;
}
