// `npm run check:nginx`: the example nginx configuration (docs/deploy/nginx.conf) is valid
// (`nginx -t`), and a real nginx serving dist/ with it answers as docs/performance.md and the example describe: HTTPS over
// HTTP/2 with plain HTTP redirected, the SPA fallback for deep links, hashed assets cached for a
// year, index.html revalidated, a missing asset a 404, and the security headers on every answer.
// Skipped, with a message, where nginx is not installed.
import { existsSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:http2';
import { join, resolve } from 'node:path';
import { confPath, findNginx, startNginx, testConfig } from './nginx-local.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.NGINX_CHECK_PORT ?? Number(process.env.E2E_PORT ?? 4817) + 2);
const redirectPort = port + 1;

/** GET `path` over the HTTP/2 session: status and headers. */
function get(session, path) {
  return new Promise((done, fail) => {
    const stream = session.request({ ':path': path });
    stream.once('response', (headers) => {
      stream.resume();
      stream.once('end', () => done(headers));
    });
    stream.once('error', fail);
    stream.end();
  });
}

/** GET `path` over plain HTTP on the redirect port: status and Location. */
function getPlain(path) {
  return new Promise((done, fail) => {
    request({ host: '127.0.0.1', port: redirectPort, path }, (res) => {
      res.resume();
      done({ status: res.statusCode, location: res.headers.location });
    })
      .once('error', fail)
      .end();
  });
}

const nginx = findNginx();
if (!nginx) {
  console.log('nginx is not installed: docs/deploy/nginx.conf not checked (skipped).');
  process.exit(0);
}

let server = null;
let session = null;
const failures = [];
try {
  testConfig(nginx);
  console.log(`nginx -t: ${confPath} is valid.`);
  if (!existsSync(join(dist, 'index.html'))) {
    console.log(`${dist}/index.html is missing: build first to check what nginx serves.`);
    process.exit(0);
  }
  server = await startNginx({ nginx, dist, port, redirectPort });
  // HTTP/2 only (no fallback to HTTP/1.1 here): the session fails if nginx does not offer it.
  session = connect(server.origin, { rejectUnauthorized: false });
  session.on('error', (e) => failures.push(`HTTP/2 session: ${e.message}`));

  const plain = await getPlain('/accounts?page=2');
  if (plain.status !== 301 || !plain.location?.startsWith('https://')) {
    failures.push(`plain HTTP: ${plain.status} to ${plain.location}, expected 301 to https://`);
  }
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
    const h = await get(session, path);
    const say = (what) => failures.push(`${path}: ${what}`);
    if (h[':status'] !== status) say(`status ${h[':status']}, expected ${status}`);
    if (type && !(h['content-type'] ?? '').includes(type)) say(`type ${h['content-type']}`);
    if (cache && h['cache-control'] !== cache) say(`Cache-Control ${h['cache-control']}`);
    const csp = h['content-security-policy'] ?? '';
    if (!csp.includes("script-src 'self'") || !csp.includes("frame-ancestors 'none'")) {
      say(`Content-Security-Policy "${csp}"`);
    }
    if (h['x-content-type-options'] !== 'nosniff') say('no X-Content-Type-Options');
    if (!h['referrer-policy']) say('no Referrer-Policy');
    if (!h['permissions-policy']) say('no Permissions-Policy');
    if (!h['strict-transport-security']) say('no Strict-Transport-Security');
  }
  if (failures.length)
    throw new Error(`nginx with the example configuration:\n- ${failures.join('\n- ')}`);
  console.log(
    `nginx serving ${dist}/ with it: HTTPS over HTTP/2, HTTP redirected, SPA fallback, caching ` +
      'and headers as documented.',
  );
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  session?.close();
  server?.stop();
}
