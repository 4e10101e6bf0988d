import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute, signInAs } from '../test/render';
import { holdFirstPage } from './first-page';
import { preloadRouteCode, routeHandles } from './preload';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the first screen', () => {
  it('shows the layout on its own first, then the page once its code has come', async () => {
    await signInAs('officer.vietyen');
    // The page's code is here already: the layout still comes first, on its own.
    await preloadRouteCode(routeHandles('/guide'));
    const code = deferred();
    holdFirstPage('/guide', code.promise);
    renderRoute('/guide');

    expect(
      await screen.findByRole('region', { name: 'Thông báo về chính sách' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Đang tải…' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();

    code.resolve();
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar', { name: 'Đang tải…' })).not.toBeInTheDocument();
  });

  it('does not hold a page the app did not open on', async () => {
    await signInAs('officer.vietyen');
    holdFirstPage('/notices', new Promise(() => {}));
    renderRoute('/guide');
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
  });
});
