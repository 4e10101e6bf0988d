import { setupServer } from 'msw/node';
import { datasetSync } from './db';
import { resetStore } from './db/storage';
import { handlers } from './handlers';

/** Vitest: the same handlers in Node. The dataset is built once per test file and reset between tests. */
export const server = setupServer(...handlers);

export function resetMockState(): void {
  resetStore({ everything: true });
}

export { datasetSync };
