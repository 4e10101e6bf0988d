// The example deployment (docs/deploy/nginx.conf) run on this machine, unchanged but for where it
// listens, what it serves and where it finds its certificate and the API: for `npm run check:nginx`
// and for the production figures of `npm run bench`. The certificate is a throwaway self-signed
// one for 127.0.0.1, made with openssl for each run.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect } from 'node:net';

export const confPath = resolve('docs/deploy/nginx.conf');

/** nginx's command-line globals for a run in `prefix`: its pid file there, its errors to stderr. */
const globalsIn = (prefix) => `pid ${prefix}/nginx.pid; error_log stderr;`;

/** nginx's binary, or null when nginx is not installed. */
export function findNginx() {
  return (
    ['nginx', '/usr/sbin/nginx', '/usr/local/sbin/nginx'].find(
      (bin) => spawnSync(bin, ['-v'], { stdio: 'ignore' }).status === 0,
    ) ?? null
  );
}

/** Replace `from` (a string) in `text`, or fail: the example changed under the substitution. */
function swap(text, from, to) {
  if (!text.includes(from)) throw new Error(`docs/deploy/nginx.conf no longer has "${from}"`);
  return text.replaceAll(from, to);
}

/** A self-signed certificate for 127.0.0.1 in `dir`: { cert, key } paths. */
function selfSignedCertificate(dir) {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const r = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0)
    throw new Error(`openssl could not make a certificate: ${r.stderr ?? r.error}`);
  return { cert, key };
}

/**
 * The example in `prefix`, its certificate a throwaway one; listening, serving and proxying as
 * `local` says when given. Returns the path of the copy.
 * @param {string} prefix
 * @param {{ dist: string, port: number, redirectPort: number, apiPort: number }=} local
 */
function writeConfig(prefix, local) {
  const { cert, key } = selfSignedCertificate(prefix);
  let conf = readFileSync(confPath, 'utf8');
  conf = swap(conf, '/etc/ssl/vneid/fullchain.pem', cert);
  conf = swap(conf, '/etc/ssl/vneid/privkey.pem', key);
  // Logs and temporary files in the run's own directory, not the system's.
  conf = swap(
    conf,
    'http {\n',
    `http {\n    access_log off;\n    client_body_temp_path ${prefix}/body;\n    proxy_temp_path ${prefix}/proxy;\n`,
  );
  if (local) {
    conf = swap(conf, 'listen 443 ssl http2;', `listen 127.0.0.1:${local.port} ssl http2;`);
    conf = swap(conf, 'listen 80;', `listen 127.0.0.1:${local.redirectPort};`);
    conf = swap(conf, 'root /srv/vneid/dist;', `root ${resolve(local.dist)};`);
    conf = swap(
      conf,
      'proxy_pass http://127.0.0.1:8080;',
      `proxy_pass http://127.0.0.1:${local.apiPort};`,
    );
  }
  const path = join(prefix, 'nginx.conf');
  writeFileSync(path, conf);
  return path;
}

/**
 * `nginx -t` on the example (its certificate paths aside). Throws with nginx's message when it is
 * refused.
 * @param {string} nginx
 */
export function testConfig(nginx) {
  const prefix = mkdtempSync(join(tmpdir(), 'vneid-nginx-'));
  try {
    const conf = writeConfig(prefix);
    const t = spawnSync(nginx, ['-t', '-q', '-p', prefix, '-c', conf, '-g', globalsIn(prefix)], {
      encoding: 'utf8',
    });
    if (t.status !== 0) throw new Error(`nginx -t refused ${confPath}:\n${t.stderr}`);
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
}

function listening(port) {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1')
      .once('connect', () => {
        socket.destroy();
        done(true);
      })
      .once('error', () => done(false));
  });
}

/**
 * Start nginx with the example configuration: HTTPS (HTTP/2) on `port`, its plain-HTTP redirect on
 * `redirectPort`, serving `dist`, proxying /api/ to `apiPort` on 127.0.0.1.
 * @param {{ nginx: string, dist: string, port: number, redirectPort: number, apiPort?: number }} o
 * @returns {Promise<{ origin: string, stop: () => void }>}
 */
export async function startNginx({ nginx, dist, port, redirectPort, apiPort = 8080 }) {
  const prefix = mkdtempSync(join(tmpdir(), 'vneid-nginx-'));
  let server = null;
  const stop = () => {
    server?.kill();
    rmSync(prefix, { recursive: true, force: true });
  };
  try {
    const local = writeConfig(prefix, { dist, port, redirectPort, apiPort });
    server = spawn(
      nginx,
      ['-p', prefix, '-c', local, '-g', `${globalsIn(prefix)} daemon off; master_process off;`],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    for (let i = 0; i < 50 && !(await listening(port)); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    if (!(await listening(port))) throw new Error(`nginx did not listen on port ${port}`);
    return { origin: `https://127.0.0.1:${port}`, stop };
  } catch (e) {
    stop();
    throw e;
  }
}
