/**
 * The contract drives the routes: every operation of src/api/openapi.yaml is registered from the
 * document (method, path), its request validated against it before the handler runs, and answered
 * by the handler of the same operationId. Handlers are typed from the generated schema, so a change
 * to the contract shows at compile time where the server must follow.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Contract, Operation } from '../../../contract/openapi';
import { mediaType } from '../../../contract/openapi';
import type { operations } from '../../../src/api/schema';
import type { BodyOf, OperationId, ParamsOf, QueryOf } from '../../../src/api/operations';
import { can, type Permission } from '../../../src/config/permissions';
import type { Services } from '../services';
import type { SessionUser } from '../services/users';
import {
  forbidden,
  HttpProblem,
  invalid,
  problem,
  unauthorized,
  unsupportedMediaType,
} from './problem';
import { SESSION_COOKIE } from './session';

export type { BodyOf, OperationId, ParamsOf, QueryOf };

type Responses<O extends OperationId> = operations[O]['responses'];
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;
/** What a handler may return: the JSON of a 2xx response, or nothing (204, or a streamed reply). */
export type ResultOf<O extends OperationId> =
  JsonOf<Responses<O>[Extract<keyof Responses<O>, 200 | 201 | 202>]> | undefined;

export interface Ctx<O extends OperationId> {
  op: Operation;
  req: FastifyRequest;
  reply: FastifyReply;
  params: ParamsOf<O>;
  query: QueryOf<O>;
  body: BodyOf<O>;
  services: Services;
  /** The signed-in user, or 401. */
  user: () => Promise<SessionUser>;
  /** The signed-in user holding a permission, or 401/403; a refusal is audited. */
  require: (permission: Permission) => Promise<SessionUser>;
  /** Refuse as 403, auditing the attempt (for rules beyond the permission table, e.g. scope). */
  refuse: (user: SessionUser, detail?: string, targets?: string[]) => Promise<never>;
}

export type Handler<O extends OperationId> = (ctx: Ctx<O>) => Promise<ResultOf<O>> | ResultOf<O>;
export type Handlers = { [O in OperationId]?: Handler<O> };

/** What a check before validation may use: no parameters or body yet. */
export type EarlyCtx = Pick<Ctx<OperationId>, 'op' | 'req' | 'reply' | 'services' | 'user'>;
/**
 * Checks that run before the request is validated, by operationId: a function the contract says is
 * gone answers 410 whatever the body (createCitizenAccount), so it must not answer 400 first.
 */
export type EarlyChecks = { [O in OperationId]?: (ctx: EarlyCtx) => Promise<void> };

/** Operations the server does not serve: the demo's clock and reset exist only in the demo. */
export const demoOnly = (op: Operation) => op.path.startsWith('/demo/');

function queryObject(req: FastifyRequest): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const raw = req.query as Record<string, string | string[] | undefined>;
  for (const [k, v] of Object.entries(raw ?? {})) if (v !== undefined) out[k] = v;
  return out;
}

export interface RouteOptions {
  /** Missing handlers answer 501 instead of stopping the start-up (development only). */
  allowMissing?: boolean;
}

export function registerContract(
  app: FastifyInstance,
  contract: Contract,
  handlers: Handlers,
  services: Services,
  options: RouteOptions = {},
  early: EarlyChecks = {},
): void {
  const missing: string[] = [];
  for (const op of contract.operations) {
    if (demoOnly(op)) continue;
    const handler = handlers[op.operationId as OperationId] as Handler<OperationId> | undefined;
    if (!handler) missing.push(op.operationId);
    const url = `/api${op.path.replace(/\{([^}]+)\}/g, ':$1')}`;
    app.route({
      method: op.method.toUpperCase(),
      url,
      handler: async (req, reply) => {
        if (!handler) throw problem(501, 'urn:problem:server', 'Not implemented');
        let user: SessionUser | null | undefined;
        const getUser = async () => {
          if (user === undefined) {
            user = await services.users.sessionUser(req.cookies[SESSION_COOKIE]);
          }
          if (!user) throw unauthorized();
          return user;
        };
        await early[op.operationId as OperationId]?.({ op, req, reply, services, user: getUser });
        const type = mediaType(req.headers['content-type'] ?? null);
        const hasBody = req.body !== undefined && req.body !== null && type !== '';
        // Checked in the demo backend's order: the session, the permission (the handler's
        // ctx.require), then the request's parts (on their first use), so that both backends give
        // the same answer to a request that is wrong in several ways.
        let checked: ReturnType<Contract['validateRequest']> | undefined;
        const valid = () => {
          checked ??= contract.validateRequest(op, {
            params: (req.params ?? {}) as Record<string, string>,
            query: queryObject(req),
            // Multipart bodies are read by their handler.
            body: type.startsWith('multipart/') ? undefined : hasBody ? req.body : undefined,
            mediaType: hasBody || type.startsWith('multipart/') ? type : '',
          });
          if (!checked.ok) {
            if (checked.status === 415) throw unsupportedMediaType(type);
            throw invalid(checked.errors.map(({ field, code }) => ({ field, code })));
          }
          return checked.value;
        };
        if (op.public) valid();
        else await getUser();
        const refuse = async (u: SessionUser, detail?: string, targets: string[] = []) => {
          await services.audit.write(
            u,
            {
              action: 'access.refused',
              targets,
              details: {
                operation: op.operationId,
                method: op.method,
                path: req.url.split('?')[0]!,
              },
              outcome: 'refused',
            },
            req.ip,
          );
          throw forbidden(detail);
        };
        const ctx: Ctx<OperationId> = {
          op,
          req,
          reply,
          get params() {
            return valid().params as never;
          },
          get query() {
            return valid().query as never;
          },
          get body() {
            return valid().body as never;
          },
          services,
          user: getUser,
          require: async (permission) => {
            const u = await getUser();
            if (!can(u.role, permission)) return refuse(u);
            return u;
          },
          refuse,
        };
        const result = await handler(ctx);
        if (reply.sent) return reply;
        if (result === undefined) {
          if (reply.statusCode === 200) reply.code(204);
          return reply.send();
        }
        return reply.send(result);
      },
    });
  }
  if (missing.length && !options.allowMissing) {
    throw new Error(`No handler for: ${missing.join(', ')}`);
  }
}

export { HttpProblem };
