// `npm run check:nginx`: the example nginx configuration (docs/deploy/nginx.conf) is valid
// (`nginx -t`), and a real nginx serving dist/ with it answers as the README says: the SPA fallback
// for deep links, hashed assets cached for a year, index.html revalidated, a missing asset a 404,
// and the security headers on every answer. Skipped, with a message, where nginx is not installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const conf = resolve('docs/deploy/nginx.conf');
const dist = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.NGINX_CHECK_PORT ?? Number(process.env.E2E_PORT ?? 4817) + 2);

const nginx = ['nginx', '/usr/sbin/nginx', '/usr/local/sbin/nginx'].find(
  (bin) => spawnSync(bin, ['-v'], { stdio: 'ignore' }).status === 0,
);
if (!nginx) {
  console.log('nginx is not installed: docs/deploy/nginx.conf not checked (skipped).');
  process.exit(0);
}

const prefix = mkdtempSync(join(tmpdir(), 'vneid-nginx-'));
const globals = `pid ${prefix}/nginx.pid; error_log stderr;`;
const failures = [];
let server = null;

try {
  const t = spawnSync(nginx, ['-t', '-q', '-p', prefix, '-c', conf, '-g', globals], {
    encoding: 'utf8',
  });
  if (t.status !== 0) throw new Error(`nginx -t refused ${conf}:\n${t.stderr}`);
  console.log(`nginx -t: ${conf} is valid.`);

  if (!existsSync(join(dist, 'index.html'))) {
    console.log(`${dist}/index.html is missing: build first to check what nginx serves.`);
    process.exit(0);
  }
  // The same file, serving this build on a local port.
  const local = readFileSync(conf, 'utf8')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/srv\/vneid\/dist;/, `root ${dist};`);
  if (!local.includes(`listen 127.0.0.1:${port};`) || !local.includes(`root ${dist};`)) {
    throw new Error('could not point the example at the local build (listen/root lines changed?)');
  }
  const localConf = join(prefix, 'nginx.conf');
  writeFileSync(localConf, local);
  server = spawn(
    nginx,
    ['-p', prefix, '-c', localConf, '-g', `${globals} daemon off; master_process off;`],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );

  const base = `http://127.0.0.1:${port}`;
  let up = false;
  for (let i = 0; i < 50 && !up; i++) {
    up = await fetch(`${base}/`).then(
      () => true,
      () => new Promise((r) => setTimeout(() => r(false), 100)),
    );
  }
  if (!up) throw new Error(`nginx did not answer on ${base}`);

  const asset = readdirSync(join(dist, 'assets')).find((f) => f.endsWith('.js'));
  const expectations = [
    ['/', 200, 'text/html', 'no-cache'],
    ['/accounts/TK0000001', 200, 'text/html', 'no-cache'],
    ['/notices/TB0002/print', 200, 'text/html', 'no-cache'],
    [`/assets/${asset}`, 200, 'javascript', 'public, max-age=31536000, immutable'],
    ['/assets/index-gone.js', 404, null, null],
    ['/mockServiceWorker.js', 404, null, null],
  ];
  for (const [path, status, type, cache] of expectations) {
    const res = await fetch(`${base}${path}`);
    const h = res.headers;
    const say = (what) => failures.push(`${path}: ${what}`);
    if (res.status !== status) say(`status ${res.status}, expected ${status}`);
    if (type && !(h.get('content-type') ?? '').includes(type)) say(`type ${h.get('content-type')}`);
    if (cache && h.get('cache-control') !== cache) say(`Cache-Control ${h.get('cache-control')}`);
    const csp = h.get('content-security-policy') ?? '';
    if (!csp.includes("script-src 'self'") || !csp.includes("frame-ancestors 'none'")) {
      say(`Content-Security-Policy "${csp}"`);
    }
    if (h.get('x-content-type-options') !== 'nosniff') say('no X-Content-Type-Options');
    if (!h.get('referrer-policy')) say('no Referrer-Policy');
    if (!h.get('permissions-policy')) say('no Permissions-Policy');
  }
  if (failures.length)
    throw new Error(`nginx with the example configuration:\n- ${failures.join('\n- ')}`);
  console.log(`nginx serving ${dist}/ with it: SPA fallback, caching and headers as documented.`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  server?.kill();
  rmSync(prefix, { recursive: true, force: true });
}
