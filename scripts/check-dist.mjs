// After `vite build`: the production bundle holds no mock code, no demo users and no demo password.
// `node scripts/check-dist.mjs dist` (also run on dist-http/); exits 1 naming each offending file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/** A literal for a regular expression. */
const literal = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What the demo-users module holds, read from its source: every username and display name, the
 * password constant's name (kept as an export name when the module is a chunk of its own), and the
 * demo password wherever it stands next to a password field or is compared with one. The password
 * itself ('demo') is too common a word to look for alone.
 * @param {string} source the text of mocks/db/demo-users.ts
 */
export function demoUserPatterns(source) {
  const values = (field) =>
    [...source.matchAll(new RegExp(`\\b${field}:\\s*'([^']+)'`, 'g'))].map((m) => m[1]);
  const usernames = values('username');
  const names = values('displayName');
  const password = /DEMO_PASSWORD\s*=\s*'([^']+)'/.exec(source)?.[1];
  if (!usernames.length || !names.length || !password) {
    throw new Error('check-dist: could not read the demo users from their module');
  }
  const q = `["'\`]`;
  const pw = literal(password);
  return [
    ['a demo username', new RegExp(usernames.map(literal).join('|'))],
    ['a demo user’s name', new RegExp(names.map(literal).join('|'))],
    [
      'the demo password',
      new RegExp(
        `\\bDEMO_PASSWORD\\b|password${q}?\\s*(?::|!?={1,3})\\s*${q}${pw}${q}|${q}${pw}${q}\\s*!?={2,3}\\s*[\\w$.]*password`,
        'i',
      ),
    ],
  ];
}

function forbidden() {
  return [
    ['the MSW service worker', /mockServiceWorker/],
    ['MSW itself', /setupWorker|msw\/browser|\[MSW\]/],
    ...demoUserPatterns(readFileSync(join(root, 'mocks/db/demo-users.ts'), 'utf8')),
    ['the request for the demo users', /\/demo\/users\b/],
    ['the demo dataset', /Lý Thu Uyên|buildDatasetInSlices|vneid-demo:/],
  ];
}

function files(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/**
 * Every file in `dir` that ships demo material, with what it ships.
 * @param {string} dir
 * @returns {{ problems: string[], checked: number }}
 */
export function checkDist(dir) {
  const rules = forbidden();
  const all = files(dir);
  const problems = [];
  for (const file of all) {
    if (file.endsWith('mockServiceWorker.js'))
      problems.push(`${file}: the mock service worker file`);
    if (!/\.(js|mjs|html|css|map|json|txt|webmanifest)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const [what, re] of rules) if (re.test(text)) problems.push(`${file}: contains ${what}`);
  }
  return { problems, checked: all.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const { problems, checked } = checkDist(dir);
  if (problems.length) {
    console.error(
      `The production build in ${dir}/ ships demo material:\n- ${problems.join('\n- ')}`,
    );
    process.exit(1);
  }
  console.log(
    `${dir}/: no mock code, demo users, demo password or demo data (${checked} files checked).`,
  );
}
