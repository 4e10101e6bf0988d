import type { components } from './schema';

export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];

/** Problem types the UI knows by name; anything else is shown by its status. */
export const problemTypes = {
  validation: 'urn:problem:validation',
  unauthorized: 'urn:problem:unauthorized',
  invalidCredentials: 'urn:problem:invalid-credentials',
  locked: 'urn:problem:locked',
  forbidden: 'urn:problem:forbidden',
  notFound: 'urn:problem:not-found',
  conflict: 'urn:problem:conflict',
  staleVersion: 'urn:problem:stale-version',
  gone: 'urn:problem:gone',
  tooSoon: 'urn:problem:too-soon',
  server: 'urn:problem:server',
  network: 'urn:problem:network',
  badResponse: 'urn:problem:bad-response',
} as const;

/** Every failed API call becomes one of these: the UI reads status, type and field errors from it. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get type(): string {
    return this.problem.type;
  }

  /** Field errors keyed by dotted field path, first error per field. */
  get fieldErrors(): Record<string, FieldError> {
    const out: Record<string, FieldError> = {};
    for (const e of this.problem.errors ?? []) out[e.field] ??= e;
    return out;
  }

  /**
   * Worth trying again as it is (network, server fault, an answer in the wrong format, e.g. a
   * proxy's page during a deployment), as opposed to a refusal.
   */
  get retryable(): boolean {
    return (
      this.status === 0 ||
      this.status >= 500 ||
      this.status === 429 ||
      this.problem.type === problemTypes.badResponse
    );
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  return typeof b.type === 'string' && typeof b.title === 'string' && typeof b.status === 'number';
}

/** Turn whatever a failed response carried into a Problem. */
export function toProblem(status: number, body: unknown): Problem {
  if (isProblem(body)) return body;
  return {
    type: status >= 500 ? problemTypes.server : `urn:problem:http-${status}`,
    title: `HTTP ${status}`,
    status,
  };
}

/**
 * An answer the app cannot read (not JSON, a broken shape, no file where one was promised): a
 * contract breach, reported as such.
 */
export function badResponseError(status: number, detail?: string): ApiError {
  return new ApiError({
    type: problemTypes.badResponse,
    title: 'Unexpected response',
    status,
    detail,
  });
}

export function networkError(cause: unknown): ApiError {
  const err = new ApiError({
    type: problemTypes.network,
    title: 'Network error',
    status: 0,
    detail: cause instanceof Error ? cause.message : undefined,
  });
  return err;
}
