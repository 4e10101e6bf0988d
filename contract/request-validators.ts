/**
 * The request checks of contract/request-check.ts with the validators compiled ahead of time
 * (contract/request-*.gen.ts): what the demo backend uses, in the browser and in Node, to check a
 * request exactly as the server does with the validators it compiles at run time.
 */
import type { RequestShape } from './document';
import { checkRequest, type RequestCheck, type RequestParts } from './request-check';
import type { CompiledValidator, RequestValidators } from './request-check';
import * as compiledBodies from './request-bodies.gen';
import * as compiledParams from './request-params.gen';

const params = compiledParams as unknown as Record<string, CompiledValidator | undefined>;
const bodies = compiledBodies as unknown as Record<string, CompiledValidator | undefined> & {
  shapes: Record<string, RequestShape | undefined>;
};

/** The compiled validators of an operation, by operationId. */
export function requestValidators(operationId: string): RequestShape & RequestValidators {
  const shape = bodies.shapes[operationId];
  const p = params[`${operationId}_params`];
  const q = params[`${operationId}_query`];
  if (!shape || !p || !q) throw new Error(`No operation ${operationId} in the contract`);
  return { ...shape, params: p, query: q, body: bodies[`${operationId}_body`] ?? null };
}

/** Check a request to an operation against the contract (see `checkRequest`). */
export function checkOperationRequest(operationId: string, parts: RequestParts): RequestCheck {
  const v = requestValidators(operationId);
  return checkRequest(v, v, parts);
}
