/**
 * The API server: Fastify, with the contract (src/api/openapi.yaml) as its routing and validation.
 * `buildApp` wires it; server/src/main.ts starts it (`npm run server`).
 */
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import underPressure from '@fastify/under-pressure';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { contract as loadContract, mediaType, type Contract } from '../../contract/openapi';
import { problemTypes } from '../../src/api/errors';
import { csrfRefusal } from './http/csrf';
import { HttpProblem, forbidden, notFound, problem, tooLarge } from './http/problem';
import { registerContract, type Handlers, type RouteOptions } from './http/routing';
import { earlyChecks, routes } from './routes';
import type { Services } from './services';

export interface AppOptions extends RouteOptions {
  /** Check every response against the contract; mismatches are pushed here (tests). */
  responseMismatches?: string[];
  /** Handlers to use instead of the project's (tests). */
  handlers?: Handlers;
  logger?: boolean;
  /**
   * Answer 503 while the event loop lags (default). Off for an app in a test process that also
   * runs other heavy work (the conformance suite runs the demo backend beside it).
   */
  underPressure?: boolean;
}

const PROBLEM_JSON = 'application/problem+json';

export async function buildApp(
  services: Services,
  options: AppOptions = {},
): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.LOG_LEVEL },
    bodyLimit: config.BODY_LIMIT,
    trustProxy: config.TRUST_PROXY === 'true',
    // Request ids in the logs; no id from the client is trusted.
    genReqId: () => crypto.randomUUID(),
  });
  const contract: Contract = loadContract();

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 5 } });
  // A server whose event loop lags answers 503 at once instead of queueing requests forever.
  if (options.underPressure !== false)
    await app.register(underPressure, {
      maxEventLoopDelay: 1000,
      message: 'Service Unavailable',
      retryAfter: 5,
      pressureHandler: (_req, reply, type) => {
        void reply
          .code(503)
          .header('Retry-After', '5')
          .type(PROBLEM_JSON)
          .send({
            type: problemTypes.server,
            title: 'Service unavailable',
            status: 503,
            detail: `The server is overloaded (${type}); try again in a few seconds.`,
          });
      },
    });

  app.addHook('onRequest', async (req) => {
    const refusal = csrfRefusal(req, config.ALLOWED_ORIGINS);
    if (refusal) {
      // Audited without a user: the session is not read for a request that is refused here.
      await services.audit.write(
        { username: '-' },
        {
          action: 'request.refused-origin',
          details: {
            method: req.method,
            path: req.url.split('?')[0]!,
            origin: req.headers.origin ?? null,
          },
          outcome: 'refused',
        },
        req.ip,
      );
      throw forbidden(refusal);
    }
  });

  app.setErrorHandler((error: FastifyError | HttpProblem, req, reply) => {
    if (error instanceof HttpProblem) {
      return reply
        .code(error.problem.status)
        .headers(error.headers)
        .type(PROBLEM_JSON)
        .send(error.problem);
    }
    const status = error.statusCode ?? 500;
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) {
      return reply.code(413).type(PROBLEM_JSON).send(tooLarge().problem);
    }
    if (status === 415) {
      return reply
        .code(415)
        .type(PROBLEM_JSON)
        .send(problem(415, problemTypes.validation, 'Unsupported media type').problem);
    }
    if (status >= 400 && status < 500) {
      return reply
        .code(status)
        .type(PROBLEM_JSON)
        .send(
          problem(status, problemTypes.validation, 'Invalid request', {
            detail: status === 400 ? 'The request could not be read.' : error.message,
          }).problem,
        );
    }
    req.log.error(error);
    return reply
      .code(500)
      .type(PROBLEM_JSON)
      .send(
        problem(500, problemTypes.server, 'Server error', {
          detail: 'Something went wrong on the server; try again.',
        }).problem,
      );
  });

  app.setNotFoundHandler((_req, reply) =>
    reply.code(404).type(PROBLEM_JSON).send(notFound('Resource').problem),
  );

  if (options.responseMismatches) {
    const mismatches = options.responseMismatches;
    app.addHook('onSend', async (req, reply, payload) => {
      const path = req.url.split('?')[0]!.replace(/^\/api/, '');
      const op = contract.find(req.method, path);
      if (!op) return payload;
      const type = reply.getHeader('content-type');
      const body = typeof payload === 'string' ? payload : '';
      const json = /json/.test(mediaType(typeof type === 'string' ? type : null));
      mismatches.push(
        ...contract.check(
          op,
          reply.statusCode,
          typeof type === 'string' ? type : null,
          json ? body : '',
        ),
      );
      return payload;
    });
  }

  registerContract(app, contract, options.handlers ?? routes, services, options, earlyChecks);
  return app;
}
