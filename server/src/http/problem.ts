/**
 * Every error leaves the server as an RFC 9457 problem document (src/api/errors.ts names the types
 * the client knows). A handler throws one of these; the error handler in app.ts sends it.
 */
import { problemTypes, type FieldError, type Problem } from '../../../src/api/errors';

export class HttpProblem extends Error {
  constructor(
    readonly problem: Problem,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.detail ?? problem.title);
  }
}

export function problem(
  status: number,
  type: string,
  title: string,
  extra: Partial<Problem> = {},
): HttpProblem {
  return new HttpProblem({ type, title, status, ...extra });
}

export const unauthorized = () =>
  problem(401, problemTypes.unauthorized, 'Not signed in', { detail: 'Sign in to continue.' });
export const forbidden = (detail = 'Your role or unit does not allow this.') =>
  problem(403, problemTypes.forbidden, 'Forbidden', { detail });
export const notFound = (what = 'Resource') =>
  problem(404, problemTypes.notFound, 'Not found', { detail: `${what} was not found.` });
export const invalid = (errors: FieldError[], detail = 'Some fields are not valid.') =>
  problem(400, problemTypes.validation, 'Invalid request', { detail, errors });
/** A 400 naming one field, for rules a schema cannot see (e.g. a commune outside its district). */
export const invalidField = (field: string, code = 'invalid_value') => invalid([{ field, code }]);
export const conflict = (detail: string, extra: Partial<Problem> = {}) =>
  problem(409, problemTypes.conflict, 'Conflict', { detail, ...extra });
export const tooLarge = (detail = 'The request body is too large.') =>
  problem(413, problemTypes.validation, 'Payload too large', { detail });
export const unsupportedMediaType = (type: string) =>
  problem(415, problemTypes.validation, 'Unsupported media type', {
    detail: `This operation does not take ${type || 'a body without a content type'}.`,
  });
