import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute, signInAs } from '../test/render';
import { api, data } from './client';
import { ApiError, problemTypes } from './errors';
import { shapeBreach } from './shapes';

/**
 * Answer calls to one API path with a hand-made response, bypassing the mock backend (whose answers
 * are held to the contract); everything else goes through as usual.
 */
function answer(path: string, make: () => Response) {
  const real = globalThis.fetch;
  return vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    return new URL(url).pathname.endsWith(`/api${path}`)
      ? Promise.resolve(make())
      : real(input, init);
  });
}

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

async function failure(call: Promise<unknown>): Promise<ApiError> {
  const e: unknown = await call.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
}

afterEach(() => vi.restoreAllMocks());

describe('the API client refuses answers it cannot read', () => {
  it('an HTML page where JSON is expected (a proxy, a static host’s fallback)', async () => {
    answer(
      '/policy',
      () =>
        new Response('<!doctype html><title>502</title>', {
          headers: { 'Content-Type': 'text/html; charset=utf-8' },
        }),
    );
    const e = await failure(data(api.GET('/policy')));
    expect(e.type).toBe(problemTypes.badResponse);
    expect(e.status).toBe(200);
    expect(e.message).toMatch(/Expected JSON, got "text\/html/);
    expect(e.retryable).toBe(true);
  });

  it('malformed JSON', async () => {
    answer(
      '/policy',
      () =>
        new Response('{"today": "2024-06-20", ', {
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    const e = await failure(data(api.GET('/policy')));
    expect(e.type).toBe(problemTypes.badResponse);
    expect(e.message).toMatch(/not valid JSON/);
  });

  it('a key shape with a field missing or of the wrong type, naming the field', async () => {
    answer('/auth/me', () => json({ username: 'head.ict', displayName: 'X', role: 'head' }));
    const missing = await failure(data(api.GET('/auth/me')));
    expect(missing.type).toBe(problemTypes.badResponse);
    expect(missing.message).toMatch(/unit: expected object, got undefined/);

    vi.restoreAllMocks();
    answer('/accounts', () => json({ items: {}, total: '3', page: 1, pageSize: 50 }));
    const wrong = await failure(data(api.GET('/accounts', { params: { query: {} } })));
    expect(wrong.message).toMatch(/items: expected array, got object/);
  });

  it('lets a well-formed answer through, and errors stay problems', async () => {
    await signInAs('head.ict');
    const policy = await data(api.GET('/policy'));
    expect(policy.rules.length).toBeGreaterThan(0);
    const e = await failure(data(api.GET('/audit', { params: { query: {} } })));
    expect(e.status).toBe(403);
    expect(e.type).toBe(problemTypes.forbidden);
  });

  it('checks shapes by method and schema path only where one is declared', () => {
    expect(shapeBreach('GET', '/notices', { items: [] })).toBeNull();
    expect(shapeBreach('GET', '/notices', [])).toBe('expected an object, got array');
    expect(shapeBreach('GET', '/notices', { items: null })).toBe('items: expected array, got null');
    expect(shapeBreach('POST', '/notices/{id}/confirm', 'anything')).toBeNull();
  });
});

describe('a page whose answer is unreadable', () => {
  it('says so and offers a retry that works once the server answers properly', async () => {
    await signInAs('head.ict');
    const spy = answer(
      '/stats/summary',
      () => new Response('<html>maintenance</html>', { headers: { 'Content-Type': 'text/html' } }),
    );
    renderRoute('/');
    const alert = await screen.findByText(
      'Máy chủ trả về dữ liệu không đúng định dạng.',
      {},
      { timeout: 15_000 },
    );
    expect(alert).toBeInTheDocument();
    spy.mockRestore();
    await userEvent.click(screen.getAllByRole('button', { name: 'Thử lại' })[0]!);
    expect(
      await screen.findByRole('region', { name: 'Số liệu chính' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Máy chủ trả về dữ liệu không đúng định dạng.')).toBeNull();
  });
});
