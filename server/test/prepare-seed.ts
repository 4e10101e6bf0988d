/**
 * Make the server tests' seed ahead of them (`npm test` runs this beside the static checks): the
 * PGlite dump, or with TEST_DATABASE_URL the PostgreSQL template. Vitest's global setup then finds
 * it made (server/test/seeded.ts).
 */
import { prepareSeed } from './seeded';

const started = performance.now();
const made = await prepareSeed((s) => console.log(s));
console.log(`seed ready (${made}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
