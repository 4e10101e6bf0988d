import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute, signInAs } from '../test/render';

// One page that fails as it renders (as a page whose code failed to load would).
vi.mock('../features/policy/routes/GuideRoute', () => ({
  default: function BrokenGuide(): never {
    throw new Error('The guide broke');
  },
}));

describe('a page that fails', () => {
  it('shows what happened in the layout, and the next page renders as usual', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await signInAs('officer.vietyen');
    const { router } = renderRoute('/guide');
    expect(
      await screen.findByRole('heading', { name: 'Không hiển thị được trang này' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
    // The layout stays: the user can go on from its navigation.
    const menu = screen.queryByRole('button', { name: /Mở menu điều hướng/ });
    const user = userEvent.setup();
    if (menu) await user.click(menu);
    const nav = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
    await user.click(within(nav).getByRole('link', { name: /Thông báo/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/notices'));
    expect(screen.queryByRole('heading', { name: 'Không hiển thị được trang này' })).toBeNull();
    expect(await screen.findByRole('heading', { level: 1, name: /Thông báo/ })).toBeInTheDocument();
  });
});
