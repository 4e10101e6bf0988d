import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { api } from '../../../api/client';
import { renderRoute, signInAs } from '../../../test/render';

const count = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

describe('accounts work list page', () => {
  it('reads filters from the URL, ignores bad ones with a notice, and matches the server total', async () => {
    await signInAs('officer.vietyen');
    const expected = (
      await api.GET('/accounts', { params: { query: { reason: 'no_id', q: 'nguyen' } } })
    ).data!.total;
    expect(expected).toBeGreaterThan(0);

    const { router } = renderRoute('/accounts?reason=no_id&q=nguyen&status=nonsense&page=0');
    expect(
      await screen.findByRole('heading', { name: 'Tài khoản cần xử lý' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    // The notice names the ignored parameters (the policy banner is another alert on the page).
    expect(
      screen.getAllByRole('alert').filter((a) => /status, page/.test(a.textContent ?? '')),
    ).toHaveLength(1);
    const heading = await screen.findByRole(
      'heading',
      { level: 2, name: /\d tài khoản$/ },
      { timeout: 15_000 },
    );
    expect(count(heading.textContent)).toBe(expected);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBe(Math.min(25, expected));

    // Sorting goes into the URL, so the view can be bookmarked.
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Sắp xếp' }),
      'Đăng ký cũ nhất',
    );
    await waitFor(() => expect(router.state.location.search).toContain('sort=registeredOn'));
    expect(router.state.location.search).toContain('reason=no_id');
  });

  it('saves the current filters under a name and reopens them', async () => {
    await signInAs('officer.vietyen');
    const { router } = renderRoute('/accounts?reason=cmnd_only&kind=citizen');
    await screen.findByRole('heading', { level: 2, name: /\d tài khoản$/ }, { timeout: 15_000 });
    await userEvent.type(screen.getByRole('textbox', { name: 'Tên bộ lọc' }), 'Chỉ có CMND');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu bộ lọc' }));
    const link = await screen.findByRole('link', { name: /^Chỉ có CMND/ });
    expect(link).toHaveAttribute('href', '/accounts?reason=cmnd_only&kind=citizen');

    await router.navigate('/accounts');
    await userEvent.click(await screen.findByRole('link', { name: /^Chỉ có CMND/ }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?reason=cmnd_only&kind=citizen'),
    );
  });

  it('opens an account in the side panel from a row with the keyboard; Escape and Back close it', async () => {
    await signInAs('officer.vietyen');
    const { router } = renderRoute('/accounts?reason=no_id');
    const table = await screen.findByRole('table', {}, { timeout: 15_000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveAttribute('tabindex', '0');
    expect(rows[1]).toHaveAttribute('tabindex', '-1');

    rows[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(rows[1]).toHaveFocus();
    expect(rows[1]).toHaveAttribute('tabindex', '0');
    const id = /TK\d{7}/.exec(rows[1]!.textContent ?? '')![0];
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(router.state.location.search).toBe(`?reason=no_id&open=${id}`));
    const panel = await screen.findByRole('dialog', { name: new RegExp(id) });
    const heading = within(panel).getByRole('heading', { level: 2, name: new RegExp(id) });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(
      await within(panel).findByRole('heading', { level: 3, name: 'Lịch sử' }),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Mở thành trang riêng' })).toHaveAttribute(
      'href',
      `/accounts/${id}`,
    );

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(router.state.location.search).toBe('?reason=no_id'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    // Opened again, Back closes it: the panel was one step in the history.
    await userEvent.click(within(rows[2]!).getAllByRole('cell')[1]!);
    await screen.findByRole('dialog');
    expect(router.state.location.search).toMatch(/^\?reason=no_id&open=TK\d{7}$/);
    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe('?reason=no_id'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('ignores a malformed ?open= with the notice and opens nothing', async () => {
    await signInAs('officer.vietyen');
    renderRoute('/accounts?open=javascript:alert(1)');
    await screen.findByRole('table', {}, { timeout: 15_000 });
    expect(screen.getByText(/không hợp lệ nên đã được bỏ qua: open\.$/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
