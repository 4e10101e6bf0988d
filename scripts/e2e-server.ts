/**
 * The stack the e2e project `server` runs against, as deployed (a Playwright webServer command):
 * - PostgreSQL: TEST_DATABASE_URL's cluster, else a throwaway one of its own (scripts/pg-local.mjs);
 * - the demo seed once, as a template database (server/test/seeded.ts), and a database `vneid_e2e`
 *   copied from it;
 * - the API server (as `npm run server` builds it, in this process) on that database;
 * - nginx with docs/deploy/nginx.conf (scripts/nginx-local.mjs) serving the production build
 *   (E2E_SERVER_DIR, default dist/, built for the same origin's `/api`) over HTTPS, its /api/
 *   proxied to the server.
 *
 * And a control port for the tests (127.0.0.1 only, not part of the API; e2e/support/server.ts):
 *   POST /reset            the database copied again from the template, the server on the seed's day
 *   POST /date?today=D     the server restarted with BUSINESS_DATE=D (the demo clock's equivalent)
 *   POST /end-sessions     every session ended in the database (a session that expired)
 *   GET  /ready            200 once everything above is up
 * A reset takes the database away under the running server: its pool drops the ended connections
 * and opens new ones to the copy, which has the same name.
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { openDatabase, type Database } from '../server/src/db';
import { open } from '../server/src/main';
import { createServices } from '../server/src/services';
import { createClock } from '../server/src/services/clock';
import { prepareSeed } from '../server/test/seeded';
import {
  SERVER_API_PORT as apiPort,
  SERVER_CONTROL_PORT as controlPort,
  SERVER_PORT as serverPort,
  SERVER_REDIRECT_PORT as redirectPort,
  serverOrigin as origin,
} from '../e2e/support/ports';
import { findNginx, startNginx } from './nginx-local.mjs';
import { startPostgres } from './pg-local.mjs';

const SEED_DAY = '2024-06-20';
const DB_NAME = 'vneid_e2e';
const dist = resolve(process.env.E2E_SERVER_DIR ?? 'dist');
const log = (s: string) => console.log(`[e2e server] ${s}`);

const stops: (() => void | Promise<void>)[] = [];
async function shutdown(code: number) {
  for (const stop of stops.reverse()) {
    try {
      await stop();
    } catch (e) {
      console.error(e);
    }
  }
  process.exit(code);
}
process.once('SIGTERM', () => void shutdown(0));
process.once('SIGINT', () => void shutdown(0));
// Whatever fails, stop what was started (its own PostgreSQL above all).
process.on('uncaughtException', (e) => {
  console.error(e);
  void shutdown(1);
});
process.on('unhandledRejection', (e) => {
  console.error(e);
  void shutdown(1);
});

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

let adminUrl = process.env.TEST_DATABASE_URL;
if (!adminUrl) {
  const pg = await startPostgres({ log });
  stops.push(pg.stop);
  adminUrl = pg.url;
}
process.env.TEST_DATABASE_URL = adminUrl;
const nginx = findNginx();
if (!nginx) {
  console.error('nginx is not installed: the e2e project "server" cannot run.');
  await shutdown(1);
}

let t = performance.now();
const template = await prepareSeed(log);
log(`seed template ready in ${((performance.now() - t) / 1000).toFixed(1)} s`);
const admin: Database = await openDatabase({ url: adminUrl, poolSize: 1 });
stops.push(() => admin.close());

async function copyDatabase() {
  await admin.exec(`drop database if exists ${DB_NAME} with (force)`);
  await admin.exec(`create database ${DB_NAME} template ${template} strategy file_copy`);
}

t = performance.now();
await copyDatabase();
log(`database copied in ${Math.round(performance.now() - t)} ms`);

/**
 * The server as `npm run server` runs it (server/src/main.ts: the same settings from the
 * environment, migrations, buildApp), in this process: a new business day rebuilds the app on the
 * open database in a second or two, where a new process would compile and load everything again.
 */
const config = loadConfig({
  ...process.env,
  DATABASE_URL: withDatabase(adminUrl, DB_NAME),
  DATABASE_POOL_SIZE: '5',
  HOST: '127.0.0.1',
  PORT: String(apiPort),
  ALLOWED_ORIGINS: origin,
  TRUST_PROXY: 'true',
  LOG_LEVEL: 'warn',
});
const database = await open(config);
stops.push(() => database.close());
let server: FastifyInstance | null = null;
let serverDay = SEED_DAY;

async function startServer(day: string) {
  const services = createServices(database, config, createClock(day));
  const app = await buildApp(services);
  await app.listen({ host: config.HOST, port: config.PORT });
  server = app;
  serverDay = day;
}

async function stopServer() {
  const app = server;
  server = null;
  await app?.close();
}
stops.push(stopServer);

t = performance.now();
await startServer(SEED_DAY);
log(`API server on 127.0.0.1:${apiPort} in ${Math.round(performance.now() - t)} ms`);
const web = await startNginx({ nginx: nginx!, dist, port: serverPort, redirectPort, apiPort });
stops.push(web.stop);
log(`nginx on ${web.origin} serving ${dist}`);

/** One change at a time: tests run one by one, but a retry may overlap a late request. */
let queue: Promise<unknown> = Promise.resolve();
const serial = <T>(fn: () => Promise<T>): Promise<T> => {
  const next = queue.then(fn, fn);
  queue = next.catch(() => {});
  return next;
};

const control = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${controlPort}`);
  const answer = (status: number, text: string) => {
    res.writeHead(status, { 'content-type': 'text/plain' });
    res.end(text);
  };
  if (req.method === 'GET' && url.pathname === '/ready') return answer(200, 'ready');
  if (req.method !== 'POST') return answer(405, 'POST only');
  const work: Record<string, () => Promise<void>> = {
    '/reset': async () => {
      await copyDatabase();
      if (serverDay !== SEED_DAY) {
        await stopServer();
        await startServer(SEED_DAY);
      }
    },
    '/date': async () => {
      const day = url.searchParams.get('today') ?? SEED_DAY;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a date: ${day}`);
      if (day === serverDay) return;
      await stopServer();
      await startServer(day);
    },
    '/end-sessions': async () => {
      await database.exec('delete from sessions');
    },
  };
  const fn = work[url.pathname];
  if (!fn) return answer(404, 'no such control');
  serial(fn).then(
    () => answer(200, 'ok'),
    (e: unknown) => answer(500, e instanceof Error ? e.message : String(e)),
  );
});
control.listen(controlPort, '127.0.0.1', () =>
  log(`control on http://127.0.0.1:${controlPort} (reset, date, end-sessions)`),
);
stops.push(() => new Promise<void>((r) => control.close(() => r())));
