/**
 * The OpenAPI document as a checker, for tests in Node: which operation a request is, and whether a
 * response is one the document allows for it (status, content type, and for JSON the body's
 * schema). Binary, CSV, XLSX and multipart bodies are checked by content type only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { load } from 'js-yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export const methods = ['get', 'put', 'post', 'patch', 'delete'] as const;
export type Method = (typeof methods)[number];

export interface Operation {
  method: Method;
  /** The path as the document writes it, e.g. `/accounts/{id}`. */
  path: string;
  operationId: string;
  /** Pointer (inside the document) of the operation, for schema references. */
  pointer: string;
  /** Status keys as written (`200`, `4XX`, `default`) → documented content types (none = no body). */
  responses: Map<string, Map<string, string | null>>;
  pattern: RegExp;
}

const DOC_ID = 'openapi';

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON pointer escaping for one segment. */
const seg = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * OpenAPI 3.1 schemas are JSON Schema 2020-12, with two leftovers handled here: a 3.0-style
 * `nullable: true` becomes a type array, and `format: binary` is a known (always valid) format.
 */
function normaliseNullable(node: Json): Json {
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

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

export function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

export class Contract {
  readonly doc: JsonObject;
  readonly operations: Operation[] = [];
  private readonly ajv: Ajv2020;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(yamlText: string) {
    this.doc = normaliseNullable(load(yamlText) as Json) as JsonObject;
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema(this.doc, DOC_ID);

    const paths = isObject(this.doc.paths) ? this.doc.paths : {};
    for (const [path, item] of Object.entries(paths)) {
      if (!isObject(item)) continue;
      for (const method of methods) {
        const op = item[method];
        if (!isObject(op)) continue;
        const pointer = `/paths/${seg(path)}/${method}`;
        const responses = new Map<string, Map<string, string | null>>();
        for (const [status, raw] of Object.entries(isObject(op.responses) ? op.responses : {})) {
          const { node: resp, pointer: respPointer } = resolveRef(this.doc, raw);
          const base = respPointer ?? `${pointer}/responses/${seg(status)}`;
          const types = new Map<string, string | null>();
          if (isObject(resp) && isObject(resp.content)) {
            for (const [type, media] of Object.entries(resp.content)) {
              const hasSchema = isObject(media) && media.schema !== undefined;
              types.set(
                type.toLowerCase(),
                hasSchema ? `${base}/content/${seg(type)}/schema` : null,
              );
            }
          }
          responses.set(status, types);
        }
        const pattern = new RegExp(
          `^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`,
        );
        this.operations.push({
          method,
          path,
          operationId: typeof op.operationId === 'string' ? op.operationId : `${method} ${path}`,
          pointer,
          responses,
          pattern,
        });
      }
    }
  }

  /**
   * The operation a request is (path relative to the API base, e.g. `/accounts/TK0000001`). A path
   * without parameters wins over a templated one, as OpenAPI says.
   */
  find(method: string, apiPath: string): Operation | undefined {
    const m = method.toLowerCase();
    const candidates = this.operations.filter((o) => o.method === m && o.pattern.test(apiPath));
    return candidates.find((o) => !o.path.includes('{')) ?? candidates[0];
  }

  private validator(pointer: string): ValidateFunction {
    let v = this.validators.get(pointer);
    if (!v) {
      v = this.ajv.compile({ $ref: `${DOC_ID}#${pointer}` });
      this.validators.set(pointer, v);
    }
    return v;
  }

  /**
   * What is wrong with a response to an operation, or `[]` if the document allows it. `body` is
   * the raw text of the response (read only for JSON media types).
   */
  check(op: Operation, status: number, contentType: string | null, body: string): string[] {
    const where = `${op.method.toUpperCase()} ${op.path} → ${status}`;
    const documented =
      op.responses.get(String(status)) ??
      op.responses.get(`${String(status)[0]}XX`) ??
      op.responses.get('default');
    if (!documented) {
      return [
        `${where}: status not documented (documented: ${[...op.responses.keys()].join(', ')})`,
      ];
    }
    const type = mediaType(contentType);
    if (documented.size === 0) {
      return body.length > 0
        ? [`${where}: the document says no body, got ${type || 'a body'}`]
        : [];
    }
    if (!documented.has(type)) {
      return [
        `${where}: content type "${type || '(none)'}" not documented (documented: ${[...documented.keys()].join(', ')})`,
      ];
    }
    const schemaPointer = documented.get(type);
    if (!schemaPointer || !JSON_TYPE.test(type)) return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return [`${where}: body is not JSON`];
    }
    const validate = this.validator(schemaPointer);
    if (validate(parsed)) return [];
    return (validate.errors ?? []).map(
      (e) => `${where}: ${e.instancePath || '(body)'} ${e.message ?? 'is invalid'}`,
    );
  }
}

let loaded: Contract | null = null;

/** The project's contract, read once from src/api/openapi.yaml. */
export function contract(): Contract {
  loaded ??= new Contract(
    readFileSync(join(import.meta.dirname, '../src/api/openapi.yaml'), 'utf8'),
  );
  return loaded;
}

/** The path of a request relative to the API base (`…/api/accounts` → `/accounts`), or null. */
export function apiPath(url: string): string | null {
  const { pathname } = new URL(url);
  const i = pathname.indexOf('/api/');
  return i === -1 ? null : pathname.slice(i + 4);
}

/** Check one mocked response to one request against the contract. */
export async function checkExchange(request: Request, response: Response): Promise<string[]> {
  const path = apiPath(request.url);
  if (path === null) return [];
  const op = contract().find(request.method, path);
  if (!op) return [`${request.method} ${path}: no such operation in the document`];
  // Network errors (the "offline" scenario) have no status to check.
  if (response.type === 'error') return [];
  const type = mediaType(response.headers.get('content-type'));
  const body = JSON_TYPE.test(type) || type === '' ? await response.text() : '';
  return contract().check(op, response.status, response.headers.get('content-type'), body);
}
