/**
 * What every handler shares: the typed `http` (paths, params and bodies from the contract), problem
 * responses, the session check, permission and scope checks, and input validation with zod.
 * Failures are thrown as responses; MSW sends a thrown Response as the answer.
 */
import { HttpResponse } from 'msw';
import { createOpenApiHttp } from 'openapi-msw';
import { z } from 'zod';
import { problemTypes, type FieldError, type Problem } from '../../src/api/errors';
import type { paths } from '../../src/api/schema';
import { can, type Permission } from '../../src/config/permissions';
import type { DemoUser } from '../../src/features/auth/demo-users';
import { sessionUser } from '../db/users';

// Zod compiles fast paths with `new Function` after probing whether eval is allowed; the probe alone
// is a Content Security Policy violation in the demo build (`script-src 'self'`, no eval).
z.config({ jitless: true });

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
/** A 400 naming one field, for rules a schema cannot see (e.g. a commune outside its district). */
export const invalidField = (field: string, code = 'invalid_value') =>
  fail(400, problemTypes.validation, 'Invalid request', {
    detail: 'Some fields are not valid.',
    errors: [{ field, code }],
  });
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

function fieldCode(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'required' : 'invalid_value';
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'required' : 'too_short';
      if (issue.origin === 'array') return issue.minimum === 1 ? 'required' : 'too_small';
      return 'too_small';
    case 'too_big':
      return issue.origin === 'string' ? 'too_long' : 'too_big';
    case 'invalid_format':
      return 'invalid_format';
    case 'custom':
      // A refinement names its own code: `ctx.addIssue({ code: 'custom', params: { code } })`.
      return typeof issue.params?.code === 'string' ? issue.params.code : 'invalid_value';
    default:
      return 'invalid_value';
  }
}

/** Validate input; on failure answer 400 with one error per field. Never cast a body. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '_',
    code: fieldCode(issue),
    message: issue.message,
  }));
  return fail(400, problemTypes.validation, 'Invalid request', {
    detail: 'Some fields are not valid.',
    errors,
  });
}

/** Read a JSON body and validate it; malformed JSON is a 400 too. */
export async function validBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return fail(400, problemTypes.validation, 'Invalid request', {
      detail: 'The body is not JSON.',
    });
  }
  return validate(schema, body);
}

/** Query parameters as an object (repeated keys become arrays), then validated. */
export function validQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const params = new URL(request.url).searchParams;
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0]!;
  }
  return validate(schema, out);
}

export const isoDateSchema = z.iso.date();
