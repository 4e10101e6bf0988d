import { getResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { Contract, contract } from './contract';
import { datasetSync } from './db';
import { keyShapes } from '../src/api/shapes';
import { handlers } from './handlers';

const BASE = 'http://localhost/api';
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

const BOUNDARY = 'contract-test-boundary';

/**
 * A multipart body with at most one file, built by hand: under jsdom the global FormData is
 * jsdom's, which Node's Request cannot serialise.
 */
function multipart(file?: { name: string; bytes: Uint8Array }): Uint8Array<ArrayBuffer> {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  if (file) {
    parts.push(
      enc.encode(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file.bytes,
      enc.encode('\r\n'),
    );
  }
  parts.push(enc.encode(`--${BOUNDARY}--\r\n`));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

async function call(
  method: string,
  path: string,
  { cookie, body }: { cookie?: string; body?: string | Uint8Array<ArrayBuffer> } = {},
): Promise<Response | undefined> {
  const headers = new Headers();
  if (cookie) headers.set('Cookie', cookie);
  if (typeof body === 'string') headers.set('Content-Type', 'application/json');
  else if (body) headers.set('Content-Type', `multipart/form-data; boundary=${BOUNDARY}`);
  return getResponse(handlers, new Request(`${BASE}${path}`, { method, headers, body }));
}

/** Sign in as a demo user through the handlers; the session cookie to send with later calls. */
async function signIn(username: string): Promise<string> {
  const res = await call('POST', '/auth/login', {
    body: JSON.stringify({ username, password: 'demo' }),
  });
  const sid = res?.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('sid='));
  if (!sid) throw new Error(`could not sign in as ${username}`);
  return sid;
}

/**
 * Real ids for the path parameters, so that each call reaches its own handler's main path (a 404
 * from a handler that took the path for another could hide a missing one). Some are made first.
 */
async function pathFor(path: string, cookie: string): Promise<string> {
  let out = path.replace('/accounts/{id}', '/accounts/TK0000003');
  if (out.includes('{viewId}')) {
    const res = await call('POST', '/accounts/views', {
      cookie,
      body: JSON.stringify({ name: 'Thử', query: { reason: 'no_id' } }),
    });
    out = out.replace('{viewId}', ((await res!.json()) as { id: string }).id);
  }
  if (out.includes('{attachmentId}')) {
    const res = await call('POST', '/notices/TB0005/attachments', {
      cookie,
      body: multipart({ name: 'a.pdf', bytes: PDF }),
    });
    const notice = (await res!.json()) as { attachments: { id: string }[] };
    out = out.replace('{id}', 'TB0005').replace('{attachmentId}', notice.attachments[0]!.id);
  }
  if (out.includes('{jobId}')) {
    const res = await call('POST', '/accounts/reminders', {
      cookie,
      body: JSON.stringify({ channel: 'portal', ids: ['TK0000003'] }),
    });
    out = out.replace('{jobId}', ((await res!.json()) as { id: string }).id);
  }
  if (out.startsWith('/imports/{id}')) {
    const csv = new TextEncoder().encode(
      'Số CCCD,Xã/phường,Đã liên kết\n024190123456,Thọ Xương,x\n',
    );
    const res = await call('POST', '/imports', {
      cookie,
      body: multipart({ name: 'ds.csv', bytes: csv }),
    });
    out = out.replace('{id}', ((await res!.json()) as { id: string }).id);
  }
  return out.replace('/notices/{id}', '/notices/TB0002');
}

/** A query that satisfies required parameters. */
const queries: Record<string, string> = { '/accounts/export': '?format=csv' };

describe('every operation in the OpenAPI document has a handler', () => {
  beforeAll(() => void datasetSync());

  const ops = contract().operations;
  it('reads the document', () => {
    expect(ops.length).toBeGreaterThan(40);
  });

  it.each(ops.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op] as const))(
    '%s is answered as documented',
    async (_, op) => {
      const cookie = await signIn('admin.ict');
      const path = (await pathFor(op.path, cookie)) + (queries[op.path] ?? '');
      const body =
        op.method === 'get' || op.method === 'delete'
          ? undefined
          : op.path.endsWith('/attachments')
            ? multipart() // no file: the handler must answer 400
            : op.path === '/auth/login'
              ? JSON.stringify({ username: 'admin.ict', password: 'demo' })
              : JSON.stringify({});
      const res = await call(op.method.toUpperCase(), path, { cookie, body });
      expect(res, 'no handler answered').toBeDefined();
      const type = res!.headers.get('content-type') ?? '';
      const text = /json/.test(type) ? await res!.text() : '';
      expect(contract().check(op, res!.status, type, text)).toEqual([]);
      expect(res!.status, text).not.toBe(404);
    },
  );
});

describe('the contract checker', () => {
  const doc = `
openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /things/{id}:
    get:
      operationId: getThing
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [id, note]
                properties:
                  id: { type: string }
                  note: { type: string, nullable: true }
                  at: { type: string, format: date-time }
        '404': { $ref: '#/components/responses/NotFound' }
    delete:
      operationId: deleteThing
      responses:
        '204': { description: gone }
  /things/export:
    get:
      operationId: exportThings
      responses:
        '200':
          description: ok
          content:
            text/csv: { schema: { type: string } }
components:
  responses:
    NotFound:
      description: nf
      content:
        application/problem+json:
          schema:
            type: object
            required: [type, title, status]
            properties: { type: { type: string }, title: { type: string }, status: { type: integer } }
`;
  const c = new Contract(doc);
  const op = (m: string, p: string) => c.find(m, p)!;

  it('prefers a literal path to a templated one', () => {
    expect(op('get', '/things/export').operationId).toBe('exportThings');
    expect(op('get', '/things/7').operationId).toBe('getThing');
    expect(c.find('post', '/things/7')).toBeUndefined();
  });

  it('accepts a body that matches, with OpenAPI 3.0 nullable read as a type array', () => {
    const get = op('get', '/things/7');
    expect(c.check(get, 200, 'application/json', '{"id":"7","note":null}')).toEqual([]);
    expect(
      c.check(get, 404, 'application/problem+json', '{"type":"x","title":"y","status":404}'),
    ).toEqual([]);
  });

  it('names what is wrong: missing field, wrong type, format, status, content type, body', () => {
    const get = op('get', '/things/7');
    expect(c.check(get, 200, 'application/json', '{"id":7}').join()).toMatch(
      /must have required property 'note'.*\/id must be string/,
    );
    expect(
      c.check(get, 200, 'application/json', '{"id":"7","note":"a","at":"yesterday"}').join(),
    ).toMatch(/\/at must match format "date-time"/);
    expect(c.check(get, 500, 'application/json', '{}').join()).toMatch(/status not documented/);
    expect(c.check(get, 200, 'text/html', '<html>').join()).toMatch(/content type "text\/html"/);
    expect(c.check(get, 200, 'application/json', '{oops').join()).toMatch(/not JSON/);
    // An error response is checked as strictly as a success.
    expect(c.check(get, 404, 'application/json', '{}').join()).toMatch(/content type/);
    expect(c.check(get, 404, 'application/problem+json', '{"title":"y"}').join()).toMatch(
      /required property 'type'/,
    );
    expect(c.check(op('delete', '/things/7'), 204, null, 'x').join()).toMatch(/no body/);
  });

  it('checks CSV and binary bodies by content type only', () => {
    const exp = op('get', '/things/export');
    expect(c.check(exp, 200, 'text/csv; charset=utf-8', '')).toEqual([]);
    expect(c.check(exp, 200, 'application/json', '[]').join()).toMatch(/content type/);
  });
});

describe('the client’s key shapes', () => {
  type Schema = {
    $ref?: string;
    allOf?: Schema[];
    required?: string[];
    properties?: Record<string, Schema>;
    type?: string | string[];
  };
  const doc = contract().doc as unknown as {
    paths: Record<
      string,
      Record<
        string,
        { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }
      >
    >;
    components: { schemas: Record<string, Schema> };
  };
  const deref = (s: Schema): Schema =>
    s.$ref ? deref(doc.components.schemas[s.$ref.split('/').pop()!]!) : s;
  /** Required fields and their types, through `$ref` and `allOf`. */
  function required(s: Schema): Map<string, Schema> {
    const r = deref(s);
    const out = new Map<string, Schema>();
    for (const part of r.allOf ?? []) for (const [k, v] of required(part)) out.set(k, v);
    for (const k of r.required ?? []) out.set(k, deref(r.properties?.[k] ?? {}));
    return out;
  }
  const kindOf = (s: Schema) => {
    const t = [s.type ?? 'object'].flat().filter((x) => x !== 'null');
    return t.map((x) => (x === 'integer' ? 'number' : x));
  };

  it.each(Object.entries(keyShapes))(
    '%s asks only for what the document requires',
    (key, shape) => {
      const [method, path] = key.split(' ') as [string, string];
      const responses = doc.paths[path]?.[method.toLowerCase()]?.responses;
      expect(responses, `${key} is not in the document`).toBeDefined();
      const ok = responses!['200'] ?? responses!['201'];
      const fields = required(ok!.content!['application/json']!.schema);
      for (const [field, kind] of Object.entries(shape)) {
        expect(fields.has(field), `${key}: ${field} is not required by the document`).toBe(true);
        expect(kindOf(fields.get(field)!), `${key}: ${field}`).toContain(kind);
      }
    },
  );
});
