/**
 * The OpenAPI document read as request rules, with no Node and no compiler: its operations, and the
 * JSON Schemas of each operation's path parameters, query and JSON body. How a request is checked
 * with validators compiled from those schemas (field errors, 415, a missing body) is
 * contract/request-check.ts.
 *
 * Both backends use them: the server compiles the schemas with ajv at an operation's first request
 * (contract/openapi.ts); the demo backend, which runs in the browser where a Content Security
 * Policy forbids compiling code, uses the same schemas compiled ahead of time by the same ajv with
 * the same options (contract/request-*.gen.ts, written by `npm run gen:api`, read by
 * contract/request-validators.ts).
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const methods = ['get', 'put', 'post', 'patch', 'delete'] as const;
export type Method = (typeof methods)[number];

/** What checking a request needs to know of its operation. */
export interface RequestShape {
  /** Media types the request body may have, and whether a body is required. */
  requestTypes: string[];
  requestRequired: boolean;
}

export interface Operation extends RequestShape {
  method: Method;
  /** The path as the document writes it, e.g. `/accounts/{id}`. */
  path: string;
  operationId: string;
  /** Pointer (inside the document) of the operation, for schema references. */
  pointer: string;
  /** Status keys as written (`200`, `4XX`, `default`) → documented content types (none = no body). */
  responses: Map<string, Map<string, string | null>>;
  pattern: RegExp;
  /** `true` when the operation needs no session (`security: []`). */
  public: boolean;
}

/** The id the document has in the validators' schema registry. */
export const DOC_ID = 'openapi';

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A schema taken out of the document, its local `$ref`s (`#/components/…`) made absolute. */
function inDocument(node: Json): Json {
  if (Array.isArray(node)) return node.map(inDocument);
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${DOC_ID}${v}` : inDocument(v),
    ]),
  );
}

/** JSON pointer escaping for one segment. */
const seg = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * OpenAPI 3.1 schemas are JSON Schema 2020-12, with one leftover handled here: a 3.0-style
 * `nullable: true` becomes a type array.
 */
export function normaliseNullable(node: Json): Json {
  if (Array.isArray(node)) return node.map(normaliseNullable);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) out[k] = normaliseNullable(v);
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (Array.isArray(out.type) && !out.type.includes('null'))
      out.type = [...out.type, 'null'];
    else if (out.enum && Array.isArray(out.enum)) out.enum = [...out.enum, null];
  }
  return out;
}

function resolveRef(doc: JsonObject, node: Json): { node: Json; pointer: string | null } {
  if (isObject(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#/')) {
    const parts = node.$ref
      .slice(2)
      .split('/')
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    let cur: Json = doc;
    for (const p of parts) cur = isObject(cur) ? (cur[p] ?? null) : null;
    return { node: cur, pointer: node.$ref.slice(1) };
  }
  return { node, pointer: null };
}

/** The node at a JSON pointer inside the document, or null. */
export function at(doc: JsonObject, pointer: string): Json {
  let cur: Json = doc;
  for (const p of pointer.slice(1).split('/')) {
    const key = p.replace(/~1/g, '/').replace(/~0/g, '~');
    cur = isObject(cur) ? (cur[key] ?? null) : null;
  }
  return cur;
}

export const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

export function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Every operation of the document, in its order. */
export function operationsOf(doc: JsonObject): Operation[] {
  const operations: Operation[] = [];
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of methods) {
      const op = item[method];
      if (!isObject(op)) continue;
      const pointer = `/paths/${seg(path)}/${method}`;
      const responses = new Map<string, Map<string, string | null>>();
      for (const [status, raw] of Object.entries(isObject(op.responses) ? op.responses : {})) {
        const { node: resp, pointer: respPointer } = resolveRef(doc, raw);
        const base = respPointer ?? `${pointer}/responses/${seg(status)}`;
        const types = new Map<string, string | null>();
        if (isObject(resp) && isObject(resp.content)) {
          for (const [type, media] of Object.entries(resp.content)) {
            const hasSchema = isObject(media) && media.schema !== undefined;
            types.set(type.toLowerCase(), hasSchema ? `${base}/content/${seg(type)}/schema` : null);
          }
        }
        responses.set(status, types);
      }
      const pattern = new RegExp(
        `^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`,
      );
      const { node: body } = resolveRef(doc, op.requestBody ?? null);
      const bodyContent = isObject(body) && isObject(body.content) ? body.content : {};
      operations.push({
        method,
        path,
        operationId: typeof op.operationId === 'string' ? op.operationId : `${method} ${path}`,
        pointer,
        responses,
        pattern,
        public: Array.isArray(op.security) && op.security.length === 0,
        requestTypes: Object.keys(bodyContent).map((t) => t.toLowerCase()),
        requestRequired: isObject(body) && body.required === true,
      });
    }
  }
  return operations;
}

/** The operation's parameters (path and query), with `$ref`s resolved. */
function parameters(
  doc: JsonObject,
  op: Operation,
): { name: string; in: string; required: boolean; schema: Json }[] {
  const item = at(doc, `/paths/${seg(op.path)}`);
  const own = at(doc, op.pointer);
  const list = [
    ...(isObject(item) && Array.isArray(item.parameters) ? item.parameters : []),
    ...(isObject(own) && Array.isArray(own.parameters) ? own.parameters : []),
  ];
  return list.flatMap((raw) => {
    const { node } = resolveRef(doc, raw);
    if (!isObject(node) || typeof node.name !== 'string' || typeof node.in !== 'string') return [];
    return [
      {
        name: node.name,
        in: node.in,
        required: node.required === true || node.in === 'path',
        // Compiled on its own (not inside the document): its `#/…` refs point into the document.
        schema: inDocument(node.schema ?? {}),
      },
    ];
  });
}

/**
 * The schemas a request to an operation is checked with: one object schema for its path
 * parameters and one for its query (compiled with the coercing options), and its JSON body's
 * schema as a reference into the document (compiled as it is), or null.
 */
export function requestSchemas(
  doc: JsonObject,
  op: Operation,
): { params: JsonObject; query: JsonObject; body: JsonObject | null } {
  const objectOf = (where: string): JsonObject => {
    const ps = parameters(doc, op).filter((p) => p.in === where);
    return {
      type: 'object',
      properties: Object.fromEntries(ps.map((p) => [p.name, p.schema])),
      required: ps.filter((p) => p.required).map((p) => p.name),
      additionalProperties: false,
    };
  };
  const jsonType = op.requestTypes.find((t) => JSON_TYPE.test(t));
  let body: JsonObject | null = null;
  if (jsonType) {
    const own = at(doc, op.pointer);
    const { pointer } = resolveRef(doc, isObject(own) ? (own.requestBody ?? null) : null);
    const base = pointer ?? `${op.pointer}/requestBody`;
    body = { $ref: `${DOC_ID}#${base}/content/${seg(jsonType)}/schema` };
  }
  return { params: objectOf('path'), query: objectOf('query'), body };
}
