import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { checkExchange } from '../../mocks/contract';
import { resetMockState, server } from '../../mocks/node';

// jsdom lacks these; MUI asks for them. (A test file may run in plain Node: no window.)
const inBrowserLike = typeof window !== 'undefined';
if (inBrowserLike && !window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}
if (inBrowserLike && !('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.defineProperty(window, 'ResizeObserver', { value: ResizeObserverStub });
}
if (inBrowserLike) window.scrollTo = () => undefined;

// Lazy routes load their code on first use; on a busy two-core CI machine that alone can pass the
// default one second, so `findBy…` and `waitFor` wait up to five before failing.
configure({ asyncUtilTimeout: 5_000 });

// Every response the handlers give is checked against the OpenAPI document (status, content type,
// JSON body schema); a mismatch fails the test that caused it.
const checks = new Set<Promise<void>>();
let contractBreaches: string[] = [];
server.events.on('response:mocked', ({ request, response }) => {
  const check = checkExchange(request, response.clone())
    .then((problems) => void contractBreaches.push(...problems))
    .catch((e: unknown) => void contractBreaches.push(`contract check crashed: ${String(e)}`))
    .finally(() => checks.delete(check));
  checks.add(check);
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  await Promise.all(checks);
  const breaches = contractBreaches;
  contractBreaches = [];
  if (breaches.length) {
    throw new Error(`Responses that break the API contract:\n- ${breaches.join('\n- ')}`);
  }
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetMockState();
  if (inBrowserLike) {
    localStorage.clear();
    sessionStorage.clear();
  }
});
afterAll(() => server.close());
