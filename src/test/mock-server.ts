/**
 * The demo backend as the tests run it, for a test that layers an answer of its own over a handler
 * (`mockServer.use(...)`, undone after each test by src/test/setup.ts): an answer the seeded demo
 * cannot give, such as an audit entry that no signed-in user made.
 */
export { server as mockServer } from '../../mocks/node';
