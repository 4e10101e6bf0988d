/**
 * How a request is checked against its operation with validators compiled from the contract's
 * schemas (contract/document.ts): the ajv options both compilations use, a validator's errors by
 * field as the client's forms name them, and the answer (400 naming each field, 415, a missing
 * body). The server compiles the validators at run time (contract/openapi.ts); the demo backend
 * uses them compiled ahead of time (contract/request-validators.ts).
 */
import type { RequestShape } from './document';

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

export type RequestCheck =
  { ok: true; value: ValidRequest } | { ok: false; errors: RequestFieldError[]; status: number };

/** An ajv validation function, as compiled at run time or ahead of time. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?:
    | null
    | {
        instancePath: string;
        keyword: string;
        params: Record<string, unknown>;
        message?: string;
      }[];
}

export interface RequestValidators {
  params: CompiledValidator;
  query: CompiledValidator;
  body: CompiledValidator | null;
}

/**
 * The options of the ajv instances that check requests. Query and path parameters arrive as text:
 * the coercing instance converts them to their schemas' types, fills in defaults and drops unknown
 * query keys (a cache-buster, an old bookmark). Bodies are checked as they are.
 */
export const AJV_OPTIONS = { strict: false, allErrors: true, validateFormats: true } as const;
export const COERCING_OPTIONS = {
  ...AJV_OPTIONS,
  coerceTypes: 'array',
  useDefaults: true,
  removeAdditional: true,
} as const;

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

/** A validator's errors by field (`page`, `title`, `items.0.id`), after `prefix`. */
export function fieldErrors(fn: CompiledValidator, prefix = ''): RequestFieldError[] {
  return (fn.errors ?? []).map((e) => {
    const path = e.instancePath
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (e.keyword === 'required') path.push(String(e.params.missingProperty));
    if (e.keyword === 'additionalProperties') path.push(String(e.params.additionalProperty));
    const field = [prefix, ...path].filter(Boolean).join('.') || '_';
    return { field, code: fieldCode(e.keyword, e.params), message: e.message ?? '' };
  });
}

/**
 * Check a request against its operation: path parameters and query coerced to their schemas'
 * types (defaults filled in), the JSON body checked as it is. Returns the typed parts, or the
 * errors by field with the status to answer (400, or 415 for a media type the operation does not
 * take).
 */
export function checkRequest(
  op: RequestShape,
  v: RequestValidators,
  parts: RequestParts,
): RequestCheck {
  const errors: RequestFieldError[] = [];
  const params: Record<string, unknown> = { ...parts.params };
  if (!v.params(params)) errors.push(...fieldErrors(v.params));
  const query: Record<string, unknown> = { ...parts.query };
  if (!v.query(query)) errors.push(...fieldErrors(v.query));
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
    } else if (v.body && !v.body(body)) errors.push(...fieldErrors(v.body));
  } else body = undefined;
  if (errors.length) return { ok: false, errors, status: 400 };
  return { ok: true, value: { params, query, body } };
}
