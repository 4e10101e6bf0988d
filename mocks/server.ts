/**
 * The demo backend as a real HTTP server: the same MSW handlers and dataset, answering on
 * localhost with real cookies and CORS for one configured origin. `npm run api`.
 *
 *   API_PORT=4818 API_ALLOWED_ORIGIN=http://127.0.0.1:4819 npm run api
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { getResponse } from 'msw';
import { datasetSync } from './db';
import { applyDemoParams } from './handlers/demo';
import { handlers } from './handlers';

const port = Number(process.env.API_PORT ?? 4818);
const host = process.env.API_HOST ?? '127.0.0.1';
const allowedOrigins = (process.env.API_ALLOWED_ORIGIN ?? 'http://127.0.0.1:4819')
  .split(',')
  .map((o) => o.trim())
  .filter(Boolean);

function corsHeaders(origin: string | undefined): Record<string, string> {
  if (!origin || !allowedOrigins.includes(origin)) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type, Accept, Accept-Language',
    'Access-Control-Expose-Headers': 'Content-Disposition',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

async function toRequest(req: IncomingMessage): Promise<Request> {
  const url = `http://${req.headers.host ?? `${host}:${port}`}${req.url ?? '/'}`;
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (Array.isArray(v)) v.forEach((x) => headers.append(k, x));
    else if (v !== undefined) headers.set(k, v);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const chunks: Buffer[] = [];
  if (hasBody) for await (const c of req) chunks.push(c as Buffer);
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody && chunks.length ? Buffer.concat(chunks) : undefined,
  });
}

/**
 * JSON of 1 KiB or more goes out gzipped to a client that accepts it, as the web server in front of
 * the real API does (docs/deploy/nginx.conf: `gzip_types … application/json`, `gzip_min_length`).
 */
const GZIP_MIN_BYTES = 1024;

async function send(
  res: ServerResponse,
  response: Response,
  extra: Record<string, string>,
  acceptsGzip = false,
) {
  const headers: Record<string, string | string[]> = { ...extra };
  response.headers.forEach((value, key) => {
    if (key === 'set-cookie') return;
    headers[key] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  if (/^application\/json\b/.test(response.headers.get('content-type') ?? '')) {
    // One header, whichever spelling it came in (CORS's `Vary: Origin`, or the handler's own).
    headers.vary = [headers.Vary, headers.vary, 'Accept-Encoding']
      .flat()
      .filter(Boolean)
      .join(', ');
    delete headers.Vary;
    const body = Buffer.from(await response.arrayBuffer());
    if (acceptsGzip && body.length >= GZIP_MIN_BYTES) {
      const zipped = gzipSync(body);
      delete headers['content-length'];
      res.writeHead(response.status, { ...headers, 'content-encoding': 'gzip' });
      res.end(zipped);
    } else {
      res.writeHead(response.status, headers);
      res.end(body);
    }
    return;
  }
  res.writeHead(response.status, headers);
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      res.write(value);
    }
  }
  res.end();
}

const server = createServer((req, res) => {
  void (async () => {
    const cors = corsHeaders(req.headers.origin);
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    try {
      const request = await toRequest(req);
      const response = await getResponse(handlers, request);
      if (!response) {
        await send(
          res,
          Response.json(
            {
              type: 'urn:problem:not-found',
              title: 'Not found',
              status: 404,
              detail: 'No such API route.',
            },
            { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
          ),
          cors,
          gzip,
        );
        return;
      }
      if (response.type === 'error') {
        // The "offline" scenario: drop the connection as a dead network would.
        req.socket.destroy();
        return;
      }
      await send(res, response, cors, gzip);
    } catch (error) {
      if (error instanceof Response) {
        await send(res, error, cors, gzip);
        return;
      }
      console.error(error);
      res.writeHead(500, { 'Content-Type': 'application/problem+json', ...cors });
      res.end(JSON.stringify({ type: 'urn:problem:server', title: 'Server error', status: 500 }));
    }
  })();
});

const started = performance.now();
datasetSync();
applyDemoParams(new URLSearchParams(process.env.DEMO_PARAMS ?? ''));
server.listen(port, host, () => {
  console.log(
    `Demo API on http://${host}:${port}/api (dataset built in ${Math.round(performance.now() - started)} ms; CORS for ${allowedOrigins.join(', ')})`,
  );
});
