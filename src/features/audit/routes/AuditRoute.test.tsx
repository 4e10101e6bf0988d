import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockServer } from '../../../test/mock-server';
import { api } from '../../../api/client';
import { renderRoute, signInAs } from '../../../test/render';

describe('audit log page', () => {
  it('keeps its filters in the URL and ignores bad ones with a notice', async () => {
    await signInAs('admin.ict');
    await api.POST('/accounts/{id}/reveal', { params: { path: { id: 'TK0000001' } } });
    const { router } = renderRoute(
      '/audit?action=account.nothing&from=2024-02-30&username=admin.ict',
    );
    expect(
      await screen.findByText(/không hợp lệ nên đã được bỏ qua: action, from\.$/, undefined, {
        timeout: 15_000,
      }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table');
    expect(await within(table).findByRole('cell', { name: 'TK0000001' })).toBeInTheDocument();

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Thao tác' }),
      'Xuất nhật ký thao tác',
    );
    await waitFor(() =>
      expect(router.state.location.search).toBe('?username=admin.ict&action=audit.export'),
    );
    expect(
      await within(table).findByText('Không có thao tác nào khớp bộ lọc.'),
    ).toBeInTheDocument();
  });

  it('says that nothing has been recorded, not that nothing matches, when no filter is set', async () => {
    await signInAs('admin.ict');
    // Never the case in the demo once someone has signed in (a sign-in is recorded): an empty log.
    mockServer.use(
      http.get('*/audit', () => HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 25 })),
    );
    renderRoute('/audit');
    const table = await screen.findByRole('table', undefined, { timeout: 15_000 });
    expect(
      await within(table).findByText('Chưa có thao tác nào được ghi nhận đến ngày này.'),
    ).toBeInTheDocument();
    expect(within(table).queryByText(/khớp bộ lọc/)).toBeNull();
  });

  it('shows a dash for the role and unit of an entry no signed-in user made (a failed sign-in), and names its action', async () => {
    await signInAs('admin.ict');
    mockServer.use(
      http.get('*/audit', () =>
        HttpResponse.json({
          items: [
            {
              id: '1',
              at: '2024-06-20T02:00:00.000Z',
              username: 'nobody.here',
              role: null,
              unitCode: null,
              action: 'auth.sign-in.failed',
              targets: [],
              details: {},
              outcome: 'refused',
            },
          ],
          total: 1,
          page: 1,
          pageSize: 25,
        }),
      ),
    );
    renderRoute('/audit');
    const table = await screen.findByRole('table', undefined, { timeout: 15_000 });
    const row = (await within(table).findByText('nobody.here')).closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent(/^nobody\.here—$/);
    expect(cells[2]).toHaveTextContent(/^—$/);
    // Named, not 'Thao tác khác', and one of the filter's choices.
    expect(cells[3]).toHaveTextContent(/^Đăng nhập không thành công$/);
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Thao tác' }),
      'Tạm khóa đăng nhập do nhập sai nhiều lần',
    );
  });
});
