/**
 * What every handler shares: the typed `http` (paths, params and bodies from the contract), problem
 * responses, the session check, permission and scope checks, and the request's validation against
 * the contract (contract/request-validators.ts, the server's rules compiled ahead of time).
 * Failures are thrown as responses; MSW sends a thrown Response as the answer.
 */
import { HttpResponse } from 'msw';
import { createOpenApiHttp } from 'openapi-msw';
import { JSON_TYPE, mediaType } from '../../contract/document';
import type { RequestCheck } from '../../contract/request-check';
import { checkOperationRequest } from '../../contract/request-validators';
import { problemTypes, type FieldError, type Problem } from '../../src/api/errors';
import type { BodyOf, OperationId, ParamsOf, QueryOf } from '../../src/api/operations';
import type { paths } from '../../src/api/schema';
import { can, type Permission } from '../../src/config/permissions';
import type { DemoUser } from '../db/demo-users';
import { sessionUser } from '../db/users';

export const http = createOpenApiHttp<paths>({ baseUrl: '*/api' });

export const SESSION_COOKIE = 'sid';

export function problemResponse(
  problem: Problem,
  headers?: Record<string, string>,
): HttpResponse<Problem> {
  return HttpResponse.json<Problem>(problem, {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

export function fail(
  status: number,
  type: string,
  title: string,
  extra: Partial<Problem> = {},
): never {
  // MSW sends a thrown Response as the answer: the handler stops here.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw problemResponse({ type, title, status, ...extra });
}

export const unauthorized = () =>
  fail(401, problemTypes.unauthorized, 'Not signed in', { detail: 'Sign in to continue.' });
export const forbidden = (detail = 'Your role or unit does not allow this.') =>
  fail(403, problemTypes.forbidden, 'Forbidden', { detail });
export const notFound = (what = 'Resource') =>
  fail(404, problemTypes.notFound, 'Not found', { detail: `${what} was not found.` });
/** A 400 naming each field that is not valid. */
export const invalid = (errors: FieldError[], detail = 'Some fields are not valid.') =>
  fail(400, problemTypes.validation, 'Invalid request', { detail, errors });
/** A 400 naming one field, for rules a schema cannot see (e.g. a commune outside its district). */
export const invalidField = (field: string, code = 'invalid_value') => invalid([{ field, code }]);
export const conflict = (detail: string, extra: Partial<Problem> = {}) =>
  fail(409, problemTypes.conflict, 'Conflict', { detail, ...extra });

/** The signed-in demo user, or a 401. */
export function requireUser(cookies: Record<string, string>): DemoUser {
  const user = sessionUser(cookies[SESSION_COOKIE]);
  if (!user) return unauthorized();
  return user;
}

/** The signed-in user holding a permission from the shared table, or a 401/403. */
export function requirePermission(
  cookies: Record<string, string>,
  permission: Permission,
): DemoUser {
  const user = requireUser(cookies);
  if (!can(user.role, permission)) forbidden();
  return user;
}

/** Whether a user's scope covers a district (province-wide users cover all). */
export function inScope(user: DemoUser, districtCode: string): boolean {
  return user.scopeDistrictCode === null || user.scopeDistrictCode === districtCode;
}

/** A request's query as an object (repeated keys become arrays). */
function queryOf(request: Request): Record<string, string | string[]> {
  const params = new URL(request.url).searchParams;
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0]!;
  }
  return out;
}

/** Answer a failed check as the server does: 415 for a media type, else 400 naming each field. */
export function answerCheck(checked: Extract<RequestCheck, { ok: false }>, type = ''): never {
  if (checked.status === 415)
    fail(415, problemTypes.validation, 'Unsupported media type', {
      detail: `This operation does not take ${type || 'a body without a content type'}.`,
    });
  return invalid(checked.errors);
}

export interface Valid<O extends OperationId> {
  params: ParamsOf<O>;
  query: QueryOf<O>;
  body: BodyOf<O>;
}

/**
 * A request to an operation, validated against the contract as the server validates it: path
 * parameters and query coerced to their types with their defaults, unknown query keys dropped, a
 * JSON body as the contract describes it (malformed JSON is a 400 too). A multipart body is left
 * for the handler to read. Call it once, where the handler first needs a part of the request.
 */
export async function valid<O extends OperationId>(
  operationId: O,
  request: Request,
  params: Record<string, string | readonly string[] | undefined> = {},
): Promise<Valid<O>> {
  const type = mediaType(request.headers.get('content-type'));
  let body: unknown;
  let bodyType = '';
  if (type.startsWith('multipart/')) bodyType = type;
  else if (request.body !== null) {
    const text = await request.text();
    if (text !== '' && type !== '') {
      bodyType = type;
      body = text;
      if (JSON_TYPE.test(type)) {
        try {
          body = JSON.parse(text);
        } catch {
          return fail(400, problemTypes.validation, 'Invalid request', {
            detail: 'The body is not JSON.',
          });
        }
      }
    }
  }
  const path: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) if (typeof v === 'string') path[k] = v;
  const checked = checkOperationRequest(operationId, {
    params: path,
    query: queryOf(request),
    body,
    mediaType: bodyType,
  });
  if (!checked.ok) answerCheck(checked, type);
  return checked.value as unknown as Valid<O>;
}
