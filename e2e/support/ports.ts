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
