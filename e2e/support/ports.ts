/**
 * The e2e servers, from E2E_PORT (so that two checkouts on one machine can run their e2e tests at
 * the same time): the demo build on E2E_PORT; for the `http` project, the demo backend as an HTTP
 * server (`npm run api`) on +1 and the production build on +2.
 */
export const PORT = Number(process.env.E2E_PORT ?? 4817);
export const API_PORT = PORT + 1;
export const HTTP_PORT = PORT + 2;

export const demoOrigin = `http://127.0.0.1:${PORT}`;
export const httpOrigin = `http://127.0.0.1:${HTTP_PORT}`;
/** What the production build for the `http` project is built with as VITE_API_BASE_URL. */
export const httpApiBase = `http://127.0.0.1:${API_PORT}/api`;

/**
 * The e2e project `server` (scripts/e2e-server.ts): nginx with docs/deploy/nginx.conf over HTTPS on
 * +3 (its plain-HTTP redirect on +4), the API server behind it on +5, the tests' control port
 * (database reset, business day) on +6.
 */
export const SERVER_PORT = PORT + 3;
export const SERVER_REDIRECT_PORT = PORT + 4;
export const SERVER_API_PORT = PORT + 5;
export const SERVER_CONTROL_PORT = PORT + 6;
export const serverOrigin = `https://127.0.0.1:${SERVER_PORT}`;
export const serverControl = `http://127.0.0.1:${SERVER_CONTROL_PORT}`;
