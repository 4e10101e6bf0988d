/**
 * The parts of a request to each operation, typed from the contract (schema.d.ts): what both
 * backends have in hand once a request has been validated against src/api/openapi.yaml.
 */
import type { operations } from './schema';

export type OperationId = keyof operations;

type Parameters<O extends OperationId> = operations[O]['parameters'];
export type QueryOf<O extends OperationId> =
  Parameters<O> extends { query?: infer Q } ? (undefined extends Q ? NonNullable<Q> : Q) : never;
export type ParamsOf<O extends OperationId> =
  Parameters<O> extends { path?: infer P } ? NonNullable<P> : never;
export type BodyOf<O extends OperationId> = operations[O] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : undefined;
