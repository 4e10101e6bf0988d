// `npm test`: every check in order, then one closing line `N passed, N failed` counting every
// unit, integration and end-to-end test plus each whole-project check (format, lint, types, builds).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
let stop = false;

function run(title, command, { counts = true } = {}) {
  if (stop) return false;
  console.log(`\n━━ ${title}\n$ ${command}`);
  const started = Date.now();
  const r = spawnSync(command, { shell: true, stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  console.log(
    `━━ ${title}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (counts) {
    if (ok) results.passed += 1;
    else results.failed += 1;
  }
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

mkdirSync('test-results', { recursive: true });
rmSync('test-results/unit.json', { force: true });
rmSync('test-results/e2e.json', { force: true });

// Static checks: each counts as one check; a failure stops the run (later steps would only repeat it).
stop = !run('API types are generated from the contract', 'node scripts/gen-api.mjs --check');
stop = stop || !run('Format (Prettier)', 'npx prettier --check . --log-level warn');
stop = stop || !run('Lint (ESLint)', 'npx eslint . --max-warnings 0');
stop = stop || !run('Types (tsc)', 'npx tsc --noEmit -p tsconfig.json');

// Unit and integration tests: counted one by one from Vitest's report.
if (!stop) {
  const ok = run(
    'Unit and integration tests (Vitest)',
    'npx vitest run --reporter=default --reporter=json --outputFile=test-results/unit.json',
    { counts: false },
  );
  const report = readJson('test-results/unit.json');
  if (report) {
    results.passed += report.numPassedTests ?? 0;
    results.failed += report.numFailedTests ?? 0;
    results.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // A suite that failed to load has no tests to count: count it as one failure.
    if (!ok && (report.numFailedTests ?? 0) === 0) results.failed += 1;
  } else if (!ok) {
    results.failed += 1;
  }
}

// Builds: the production build (no mocks) and the demo build the e2e tests run against.
if (!stop && run('Production build', 'npx vite build')) {
  run('Production build ships no mock code or demo users', 'node scripts/check-dist.mjs dist');
}
if (!stop) run('Demo build', 'npx vite build --mode demo --outDir dist-demo');

// End-to-end tests in Chromium, counted from Playwright's report.
if (!stop && existsSync('dist-demo/index.html')) {
  if (run('Find a Chromium', 'node scripts/ensure-browser.mjs', { counts: false })) {
    const ok = run('End-to-end tests (Playwright)', 'npx playwright test', { counts: false });
    const report = readJson('test-results/e2e.json');
    if (report?.stats) {
      results.passed += (report.stats.expected ?? 0) + (report.stats.flaky ?? 0);
      results.failed += report.stats.unexpected ?? 0;
      results.skipped += report.stats.skipped ?? 0;
      if (!ok && (report.stats.unexpected ?? 0) === 0) results.failed += 1;
    } else if (!ok) {
      results.failed += 1;
    }
  } else {
    results.failed += 1;
  }
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
const skipped = results.skipped ? `, ${results.skipped} skipped` : '';
console.log(`\n${results.passed} passed, ${results.failed} failed${skipped}`);
process.exit(results.failed > 0 || failures.length > 0 ? 1 : 0);
