/**
 * The OpenAPI document as a checker, in Node: which operation a request is; whether a request's
 * path parameters, query and JSON body are what the document allows (the server validates every
 * request with it, so the rules are written once, in src/api/openapi.yaml); and whether a response
 * is one the document allows (status, content type, and for JSON the body's schema). Binary, CSV,
 * XLSX and multipart bodies are checked by content type only.
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

/** One field that failed validation: `field` as the client's form names it (`query.page`, `title`). */
export interface RequestFieldError {
  field: string;
  code: string;
  message: string;
}

export interface RequestParts {
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  /** The parsed JSON body, or undefined. */
  body: unknown;
  /** The request's media type (no parameters), e.g. `application/json`. */
  mediaType: string;
}

export interface ValidRequest {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

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
  /** `true` when the operation needs no session (`security: []`). */
  public: boolean;
  /** Media types the request body may have, and whether a body is required. */
  requestTypes: string[];
  requestRequired: boolean;
}

const DOC_ID = 'openapi';

function isObject(v: unknown): v is JsonObject {
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
  /** Query and path parameters arrive as text: this instance coerces them to the schema's types. */
  private readonly coercing: Ajv2020;
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly requestValidators = new Map<
    string,
    { params: ValidateFunction; query: ValidateFunction; body: ValidateFunction | null }
  >();

  constructor(yamlText: string) {
    this.doc = normaliseNullable(load(yamlText) as Json) as JsonObject;
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    this.coercing = new Ajv2020({
      strict: false,
      allErrors: true,
      validateFormats: true,
      coerceTypes: 'array',
      useDefaults: true,
      // Unknown query keys are dropped, as the demo backend does (a cache-buster, an old bookmark).
      removeAdditional: true,
    });
    for (const ajv of [this.ajv, this.coercing]) {
      addFormats(ajv);
      ajv.addFormat('binary', true);
      ajv.addSchema(this.doc, DOC_ID);
    }

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
        const { node: body } = resolveRef(this.doc, op.requestBody ?? null);
        const bodyContent = isObject(body) && isObject(body.content) ? body.content : {};
        this.operations.push({
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

  /** The operation's parameters (path and query), with `$ref`s resolved. */
  private parameters(
    op: Operation,
  ): { name: string; in: string; required: boolean; schema: Json }[] {
    const item = this.at(`/paths/${seg(op.path)}`);
    const own = this.at(op.pointer);
    const list = [
      ...(isObject(item) && Array.isArray(item.parameters) ? item.parameters : []),
      ...(isObject(own) && Array.isArray(own.parameters) ? own.parameters : []),
    ];
    return list.flatMap((raw) => {
      const { node } = resolveRef(this.doc, raw);
      if (!isObject(node) || typeof node.name !== 'string' || typeof node.in !== 'string')
        return [];
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

  private at(pointer: string): Json {
    let cur: Json = this.doc;
    for (const p of pointer.slice(1).split('/')) {
      const key = p.replace(/~1/g, '/').replace(/~0/g, '~');
      cur = isObject(cur) ? (cur[key] ?? null) : null;
    }
    return cur;
  }

  private requestValidator(op: Operation) {
    let v = this.requestValidators.get(op.pointer);
    if (v) return v;
    const objectOf = (where: string): Json => {
      const ps = this.parameters(op).filter((p) => p.in === where);
      return {
        type: 'object',
        properties: Object.fromEntries(ps.map((p) => [p.name, p.schema])),
        required: ps.filter((p) => p.required).map((p) => p.name),
        additionalProperties: false,
      };
    };
    const jsonType = op.requestTypes.find((t) => JSON_TYPE.test(t));
    const bodyPointer = jsonType
      ? (() => {
          const own = this.at(op.pointer);
          const raw = isObject(own) ? (own.requestBody ?? null) : null;
          const { pointer } = resolveRef(this.doc, raw);
          const base = pointer ?? `${op.pointer}/requestBody`;
          return `${base}/content/${seg(jsonType)}/schema`;
        })()
      : null;
    v = {
      params: this.coercing.compile(objectOf('path') as object),
      query: this.coercing.compile(objectOf('query') as object),
      body: bodyPointer ? this.ajv.compile({ $ref: `${DOC_ID}#${bodyPointer}` }) : null,
    };
    this.requestValidators.set(op.pointer, v);
    return v;
  }

  /**
   * Validate a request against its operation: path parameters and query coerced to their schemas'
   * types (defaults filled in), the JSON body checked as it is. Returns the typed parts, or the
   * errors by field (`page`, `title`, `items.0.id`).
   */
  validateRequest(
    op: Operation,
    parts: RequestParts,
  ):
    { ok: true; value: ValidRequest } | { ok: false; errors: RequestFieldError[]; status: number } {
    const v = this.requestValidator(op);
    const errors: RequestFieldError[] = [];
    const collect = (fn: ValidateFunction, prefix: string) => {
      for (const e of fn.errors ?? []) {
        const path = e.instancePath
          .split('/')
          .slice(1)
          .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
        if (e.keyword === 'required') path.push(String(e.params.missingProperty));
        if (e.keyword === 'additionalProperties') path.push(String(e.params.additionalProperty));
        const field = [prefix, ...path].filter(Boolean).join('.') || '_';
        errors.push({ field, code: fieldCode(e.keyword, e.params), message: e.message ?? '' });
      }
    };
    const params: Record<string, unknown> = { ...parts.params };
    if (!v.params(params)) collect(v.params, '');
    const query: Record<string, unknown> = { ...parts.query };
    if (!v.query(query)) collect(v.query, '');
    let body: unknown = parts.body;
    if (op.requestTypes.length > 0) {
      if (parts.body === undefined && parts.mediaType === '') {
        if (op.requestRequired) errors.push({ field: '_', code: 'required', message: 'body' });
      } else if (!op.requestTypes.includes(parts.mediaType)) {
        return {
          ok: false,
          status: 415,
          errors: [{ field: '_', code: 'unsupported_media_type', message: parts.mediaType }],
        };
      } else if (v.body && !v.body(body)) collect(v.body, '');
    } else body = undefined;
    if (errors.length) return { ok: false, errors, status: 400 };
    return { ok: true, value: { params, query, body } };
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
      genericProblem(op, status) ??
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

/**
 * Answers any operation may give, as the document's description says: 413 (body too large), 415
 * (media type), 503 (overloaded), and 403 to a change from another origin. Each is a problem
 * document; an operation's own entry wins.
 */
const GENERIC = new Set([413, 415, 503]);
const problemMedia = new Map([['application/problem+json', '/components/schemas/Problem']]);
function genericProblem(op: Operation, status: number): Map<string, string | null> | undefined {
  if (op.responses.has(String(status))) return undefined;
  if (GENERIC.has(status) || (status === 403 && op.method !== 'get')) return problemMedia;
  return undefined;
}

/** The client's field codes (src/api/errors.ts) for a JSON Schema keyword. */
function fieldCode(keyword: string, params: Record<string, unknown>): string {
  switch (keyword) {
    case 'required':
      return 'required';
    case 'minLength':
      return params.limit === 1 ? 'required' : 'too_short';
    case 'maxLength':
      return 'too_long';
    case 'minItems':
      return params.limit === 1 ? 'required' : 'too_small';
    case 'maxItems':
    case 'maximum':
    case 'exclusiveMaximum':
      return 'too_big';
    case 'minimum':
    case 'exclusiveMinimum':
      return 'too_small';
    case 'format':
    case 'pattern':
      return 'invalid_format';
    case 'additionalProperties':
      return 'unknown_field';
    default:
      return 'invalid_value';
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
