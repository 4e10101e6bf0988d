// `npm test`: every check in order, then one closing line `N passed, N failed` counting every
// unit, integration and end-to-end test plus each whole-project check (format, lint, types, builds).
// The static checks and the unit tests stop the run at the first failure (later steps would only
// repeat it); the closing line is printed whatever happens.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';

const MIN = 60_000;
const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
// Call the project's own binaries directly (as `npm run` does), without npx's start-up and warnings.
const env = {
  ...process.env,
  PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`,
};

/** Run one step; `counts` adds it to the tally as one check. Returns true when it passed. */
function run(title, command, { counts = true, timeout = 5 * MIN } = {}) {
  console.log(`\n━━ ${title}\n$ ${command}`);
  const started = Date.now();
  const r = spawnSync(command, { shell: true, stdio: 'inherit', env, timeout });
  const ok = r.status === 0;
  const why = r.error?.code === 'ETIMEDOUT' ? `, timed out after ${timeout / MIN} min` : '';
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`━━ ${title}: ${ok ? 'ok' : 'FAILED'} (${secs} s${why})`);
  if (counts) results[ok ? 'passed' : 'failed'] += 1;
  if (!ok) failures.push(title);
  return ok;
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

function steps() {
  mkdirSync('test-results', { recursive: true });
  rmSync('test-results/unit.json', { force: true });
  rmSync('test-results/e2e.json', { force: true });

  // (a–d) Static checks, one check each.
  if (hasScript('gen:api')) {
    if (!run('API types are generated from the contract', 'node scripts/gen-api.mjs --check'))
      return;
  }
  if (!run('Format (Prettier)', 'prettier --check . --log-level warn')) return;
  if (!run('Lint (ESLint)', 'eslint . --max-warnings 0')) return;
  if (!run('Types (tsc)', 'tsc --noEmit -p tsconfig.json')) return;

  // (e) Unit and integration tests, counted one by one from Vitest's report.
  const unitOk = run(
    'Unit and integration tests (Vitest)',
    'vitest run --reporter=default --reporter=json --outputFile=test-results/unit.json',
    { counts: false, timeout: 8 * MIN },
  );
  const unit = readJson('test-results/unit.json');
  tally(
    unitOk,
    unit && {
      passed: unit.numPassedTests ?? 0,
      failed: unit.numFailedTests ?? 0,
      skipped: (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0),
    },
  );
  if (!unitOk) return;

  // (f) Builds: the production build (no mocks), the demo build and the production build pointed at
  // the API server that the e2e projects `demo` and `http` run against.
  if (run('Production build', 'vite build')) {
    run('Production build ships no mock code or demo users', 'node scripts/check-dist.mjs dist');
    run('JavaScript for / within its budget (200 KiB gzip)', 'node scripts/check-budget.mjs dist');
  }
  if (!run('Demo build', 'vite build --mode demo --outDir dist-demo')) return;
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
  const e2eOk = run('End-to-end tests (Playwright: projects demo and http)', 'playwright test', {
    counts: false,
    timeout: 15 * MIN,
  });
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
  steps();
} catch (e) {
  console.error(e);
  failures.push('scripts/test.mjs itself');
  results.failed += 1;
} finally {
  if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
  // Skipped tests (demo-panel tests in the http project) are named on their own line, so that the
  // last line is exactly `N passed, N failed`.
  if (results.skipped) console.log(`\n${results.skipped} skipped`);
  console.log(`\n${results.passed} passed, ${results.failed} failed`);
  process.exitCode = results.failed > 0 || failures.length > 0 ? 1 : 0;
}
