import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { api } from '../api/client';
import { renderRoute, signInAs } from '../test/render';

/** The navigation, opening the menu first where the layout is a phone's. */
async function findNavigation() {
  const menu = await screen.findByRole('button', { name: /Mở menu điều hướng/ }).catch(() => null);
  if (menu) await userEvent.setup().click(menu);
  return screen.findByRole('navigation', { name: 'Điều hướng chính' });
}

describe('the app shell', () => {
  it('sends a visitor without a session to sign-in, then back to the page they asked for', async () => {
    await api.POST('/auth/logout');
    const { router } = renderRoute('/notices?x=1');
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Đăng nhập' });
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/notices?x=1')}`);

    await user.type(screen.getByLabelText(/Tên đăng nhập/), 'officer.vietyen');
    await user.type(screen.getByLabelText(/Mật khẩu/), 'sai');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText(/Mật khẩu/));
    await user.type(screen.getByLabelText(/Mật khẩu/), 'demo');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/notices'));
    expect(router.state.location.search).toBe('?x=1');
  });

  it('asks for both fields by name before sending anything', async () => {
    await api.POST('/auth/logout');
    renderRoute('/login');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Đăng nhập' }));
    expect(screen.getByText('Vui lòng nhập tên đăng nhập.')).toBeInTheDocument();
    expect(screen.getByText('Vui lòng nhập mật khẩu.')).toBeInTheDocument();
  });

  it('shows each role only the navigation it may use', async () => {
    await signInAs('officer.vietyen');
    renderRoute('/');
    const nav = await findNavigation();
    const links = within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links).toContain('Tài khoản cần xử lý');
    expect(links).toContain('Hướng dẫn tại quầy');
    expect(links).not.toContain('Nhật ký thao tác');
    // The unit's name comes with the units list, which may arrive after the navigation.
    expect(await screen.findByText(/Phạm vi: Thị xã Việt Yên/)).toBeInTheDocument();
  });

  it('refuses a route the role may not use, with a page that says so', async () => {
    await signInAs('admin.justice');
    renderRoute('/accounts');
    expect(
      await screen.findByRole('heading', { name: 'Bạn không có quyền xem trang này' }),
    ).toBeInTheDocument();
  });

  it('shows a not-found page inside the shell for an unknown address', async () => {
    await signInAs('admin.ict');
    renderRoute('/khong-co');
    expect(
      await screen.findByRole('heading', { name: 'Không tìm thấy trang' }),
    ).toBeInTheDocument();
  });

  it('sends an expired session to sign-in, keeping where the user was', async () => {
    await signInAs('admin.ict');
    const { router } = renderRoute('/audit?user=x');
    await screen.findByRole('heading', { level: 1 });
    await api.PUT('/demo/state', { body: { scenario: 'expired-session' } });
    // The next call that needs the session answers 401.
    await expect(api.GET('/units')).rejects.toMatchObject({ status: 401 });
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/audit?user=x')}`);
    expect(await screen.findByText(/Phiên làm việc đã hết hạn/)).toBeInTheDocument();
  });

  it('says the session expired when the session check is what finds it gone', async () => {
    sessionStorage.clear();
    await signInAs('admin.ict');
    const { router, queryClient } = renderRoute('/notices');
    await screen.findByRole('heading', { level: 1 });
    await api.PUT('/demo/state', { body: { scenario: 'expired-session' } });
    // Only the session itself is asked again, and answers 401.
    await queryClient.refetchQueries({ queryKey: ['auth', 'me'] });
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/notices')}`);
    expect(await screen.findByText(/Phiên làm việc đã hết hạn/)).toBeInTheDocument();
  });

  it('does not call signing out an expiry', async () => {
    sessionStorage.clear();
    await signInAs('admin.ict');
    const { router } = renderRoute('/notices');
    await screen.findByRole('heading', { level: 1 });
    // The test's screen is narrow: signing out is in the navigation drawer.
    await userEvent.click(screen.getByRole('button', { name: 'Mở menu điều hướng' }));
    await userEvent.click(await screen.findByRole('button', { name: /Đăng xuất/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    await screen.findByRole('heading', { name: 'Đăng nhập' });
    expect(screen.queryByText(/Phiên làm việc đã hết hạn/)).not.toBeInTheDocument();
  });
});
