/**
 * The OpenAPI document as a checker, in Node: which operation a request is; whether a request's
 * path parameters, query and JSON body are what the document allows (the server validates every
 * request with it, so the rules are written once, in src/api/openapi.yaml); and whether a response
 * is one the document allows (status, content type, and for JSON the body's schema). Binary, CSV,
 * XLSX and multipart bodies are checked by content type only. How a request is read
 * (contract/document.ts) and checked (contract/request-check.ts) the demo backend shares, with the
 * same schemas compiled ahead of time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { load } from 'js-yaml';
import {
  DOC_ID,
  JSON_TYPE,
  mediaType,
  normaliseNullable,
  operationsOf,
  requestSchemas,
  type Json,
  type JsonObject,
  type Operation,
} from './document';
import {
  AJV_OPTIONS,
  checkRequest,
  COERCING_OPTIONS,
  type RequestCheck,
  type RequestParts,
  type RequestValidators,
} from './request-check';

export { mediaType, methods, type Method, type Operation } from './document';
export { type RequestFieldError, type RequestParts, type ValidRequest } from './request-check';

/** An ajv instance as the contract's checks use it: formats, and `binary` as a known format. */
export function contractAjv(options: object): Ajv2020 {
  const ajv = new Ajv2020(options);
  addFormats(ajv);
  ajv.addFormat('binary', true);
  return ajv;
}

export class Contract {
  readonly doc: JsonObject;
  readonly operations: Operation[];
  private readonly ajv: Ajv2020;
  /** Query and path parameters arrive as text: this instance coerces them to the schema's types. */
  private readonly coercing: Ajv2020;
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly requestValidators = new Map<string, RequestValidators>();

  constructor(yamlText: string) {
    this.doc = normaliseNullable(load(yamlText) as Json) as JsonObject;
    this.ajv = contractAjv(AJV_OPTIONS);
    this.coercing = contractAjv(COERCING_OPTIONS);
    for (const ajv of [this.ajv, this.coercing]) ajv.addSchema(this.doc, DOC_ID);
    this.operations = operationsOf(this.doc);
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

  private requestValidator(op: Operation): RequestValidators {
    let v = this.requestValidators.get(op.pointer);
    if (v) return v;
    const schemas = requestSchemas(this.doc, op);
    v = {
      params: this.coercing.compile(schemas.params),
      query: this.coercing.compile(schemas.query),
      body: schemas.body ? this.ajv.compile(schemas.body) : null,
    };
    this.requestValidators.set(op.pointer, v);
    return v;
  }

  /**
   * Validate a request against its operation (contract/request-check.ts: path parameters and query
   * coerced, defaults filled in, the JSON body checked as it is). Returns the typed parts, or the
   * errors by field (`page`, `title`, `items.0.id`).
   */
  validateRequest(op: Operation, parts: RequestParts): RequestCheck {
    return checkRequest(op, this.requestValidator(op), parts);
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
