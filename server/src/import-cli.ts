/**
 * `npm run server -- import FILE --user USERNAME [--commit] [--skip-rejected]`: read and check an
 * account list as the import page does, print the summary and the first rejected rows, and write
 * it only with `--commit` (or after "y" on a terminal). The user must be an active system admin:
 * the import and its commit are theirs, in the audit log too.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { can } from '../../src/config/permissions';
import { MAX_IMPORT_BYTES } from '../../src/lib/import/fields';
import type { Services } from './services';
import { commitImport } from './services/import-commit';
import { runningOf, settleImports } from './services/import-read';
import { cancelImport, importView, loadImport, startImport } from './services/imports';
import type { SessionUser } from './services/users';

/** Rejected reasons printed (every one is in the file `GET /imports/{id}/rejected` gives). */
const PRINTED = 20;

async function systemAdmin(services: Services, username: string): Promise<SessionUser> {
  const user = await services.users.activeUser(username);
  if (!user || !can(user.role, 'imports:run'))
    throw new Error(`--user must name an active system admin (${username} is not one).`);
  return user;
}

async function ask(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await new Promise<string>((resolve) => rl.question(question, resolve));
  rl.close();
  return /^(y|yes|c|có|co)$/i.test(answer.trim());
}

/** Run the command on services the caller opened (and closes). */
export async function importCommand(services: Services, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      user: { type: 'string' },
      commit: { type: 'boolean', default: false },
      'skip-rejected': { type: 'boolean', default: false },
    },
  });
  const [file] = positionals;
  if (!file || !values.user) throw new Error('import needs FILE and --user USERNAME');
  const user = await systemAdmin(services, values.user);
  const size = statSync(file).size;
  if (size > MAX_IMPORT_BYTES)
    throw new Error(`${file}: ${size} bytes, above the limit of ${MAX_IMPORT_BYTES} bytes.`);
  const started = await startImport(services, user, basename(file), readFileSync(file));
  const t0 = performance.now();
  const ticker = setInterval(() => {
    void loadImport(services, started.id).then((r) => {
      if (r && runningOf(services).has(r.id))
        process.stderr.write(`\r${importView(r).progress.rowsRead} rows read…`);
    });
  }, 1000);
  await settleImports(services);
  clearInterval(ticker);
  const record = (await loadImport(services, started.id))!;
  const job = importView(record);
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`\n${job.fileName}: ${job.status} in ${seconds} s (import ${job.id})`);
  if (job.fileProblem) {
    const p = job.fileProblem;
    console.log(
      `File problem: ${p.code}${p.row ? `, row ${p.row}` : ''}${p.column ? `, column ${p.column}` : ''}${p.detail ? ` (${p.detail})` : ''}`,
    );
  }
  if (job.summary) {
    const s = job.summary;
    console.log(
      `Rows read ${s.rowsRead}: new ${s.new}, changed ${s.changed} (converted ${s.converted ?? 0}), unchanged ${s.unchanged}, rejected ${s.rejected}`,
    );
  }
  for (const r of job.rejected.slice(0, PRINTED)) {
    console.log(
      `  row ${r.row}${r.column ? `, column ${r.column}` : ''}${r.field ? ` (${r.field})` : ''}: ${r.code}${r.value ? ` "${r.value}"` : ''}`,
    );
  }
  if (job.status !== 'validated') return 1;
  const rejected = job.summary?.rejected ?? 0;
  if (rejected > 0 && !values['skip-rejected']) {
    console.log('Rejected rows: fix the file, or commit without them (--skip-rejected).');
    await cancelImport(services, record);
    return 1;
  }
  const go =
    values.commit ||
    (process.stdin.isTTY && (await ask('Write these changes to the accounts? [y/N] ')));
  if (!go) {
    await cancelImport(services, record);
    console.log('Nothing written (add --commit to write).');
    return 0;
  }
  const c0 = performance.now();
  const { outcome, record: done } = await commitImport(services, user, record, rejected > 0);
  if (outcome !== 'ok') {
    console.error(`Not committed: ${outcome}`);
    return 1;
  }
  const counts = importView(done).snapshot!.counts;
  console.log(
    `Committed as the snapshot of ${done.as_of} in ${((performance.now() - c0) / 1000).toFixed(1)} s: ${counts.new} new, ${counts.changed} changed.`,
  );
  return 0;
}
