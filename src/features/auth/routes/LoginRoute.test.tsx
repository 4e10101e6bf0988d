import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../../api/client';
import { renderRoute } from '../../../test/render';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the sign-in page of the demo build', () => {
  it('lists the demo API’s users; one picked with the keyboard signs in', async () => {
    vi.stubEnv('VITE_DEMO', 'true');
    await api.POST('/auth/logout');
    const { users } = (await api.GET('/demo/users')).data!;
    const { router } = renderRoute('/login');
    const user = userEvent.setup();

    const table = within(await screen.findByRole('region', { name: 'Người dùng mẫu' }));
    // A header row, then one row per user in the API's order: username, role, unit.
    const rows = table.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(users.length);
    users.forEach((u, i) => {
      expect(rows[i]!.textContent).toMatch(new RegExp(`^${u.username}.*${u.unitName}$`));
    });

    const picked = users[1]!;
    table.getByRole('button', { name: `Dùng ${picked.username}` }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText(/Tên đăng nhập/)).toHaveValue(picked.username);
    expect(screen.getByLabelText(/Mật khẩu/)).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect((await api.GET('/auth/me')).data?.username).toBe(picked.username);
  });
});
