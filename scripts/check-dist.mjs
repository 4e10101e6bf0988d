// After `vite build`: the production bundle holds no mock code, no demo users and no demo password.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'dist';
const forbidden = [
  ['the MSW service worker', /mockServiceWorker/],
  ['MSW itself', /setupWorker|msw\/browser|\[MSW\]/],
  ['the demo users', /officer\.vietyen|officer\.center|head\.luc-ngan|admin\.justice/],
  ['the demo dataset', /Lý Thu Uyên|buildDatasetInSlices|vneid-demo:/],
];

function files(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const problems = [];
for (const file of files(dir)) {
  if (file.endsWith('mockServiceWorker.js')) problems.push(`${file}: the mock service worker file`);
  if (!/\.(js|html|css|map|json)$/.test(file)) continue;
  const text = readFileSync(file, 'utf8');
  for (const [what, re] of forbidden) if (re.test(text)) problems.push(`${file}: contains ${what}`);
}
if (problems.length) {
  console.error(`The production build in ${dir}/ ships demo material:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`${dir}/: no mock code, demo users or demo data (${files(dir).length} files checked).`);
