/** The contract checker lives in contract/openapi.ts, shared by the demo backend, the server and the tests. */
export * from '../contract/openapi';
