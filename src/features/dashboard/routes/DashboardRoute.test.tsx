import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute, signInAs } from '../../../test/render';

function cellNumber(text: string | null): number {
  return Number((text ?? '').replace(/\./g, '').replace(',', '.'));
}

describe('migration progress page', () => {
  it('shows the province headline, deadlines, reasons and the districts, which add up', async () => {
    await signInAs('head.ict');
    renderRoute('/');
    // The first answer waits for the dataset to be built.
    expect(
      await screen.findByRole(
        'heading',
        { name: /Tiến độ chuyển đổi tài khoản – Tỉnh Bắc Giang/ },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    const figures = await screen.findByRole('region', { name: 'Số liệu chính' });
    const total = within(figures).getByRole('heading', {
      name: 'Tài khoản công dân',
    }).nextElementSibling;
    const table = await screen.findByRole('table', { name: 'Theo huyện, thị xã, thành phố' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    const sum = rows.reduce(
      (a, r) => a + cellNumber(within(r).getAllByRole('cell')[0]!.textContent),
      0,
    );
    expect(sum).toBe(cellNumber(total!.textContent));
    const situation = screen.getByRole('region', { name: 'Đã chuyển đổi so với hạn 01/07/2024' });
    expect(within(situation).getByText('Hạn 01/07/2024: Còn 11 ngày')).toBeInTheDocument();
    expect(within(situation).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByRole('link', { name: /Đã xác thực, chưa liên kết VNeID/ })).toHaveAttribute(
      'href',
      '/accounts?kind=citizen&status=unconverted&reason=verified_not_linked',
    );
  });

  it('drills down into a district through the URL and climbs back with the breadcrumb', async () => {
    await signInAs('head.ict');
    const { router } = renderRoute('/');
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('link', { name: 'Xem chi tiết Huyện Lục Ngạn' }, { timeout: 15_000 }),
    );
    await waitFor(() => expect(router.state.location.search).toBe('?district=219'));
    expect(
      await screen.findByRole('table', { name: 'Theo xã, phường, thị trấn' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'Đơn vị đang xem' });
    await user.click(within(crumbs).getByRole('link', { name: 'Toàn tỉnh' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('keeps a district head to their district', async () => {
    await signInAs('head.luc-ngan');
    renderRoute('/');
    expect(
      await screen.findByRole(
        'heading',
        { name: /Tiến độ chuyển đổi tài khoản – Huyện Lục Ngạn/ },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Toàn tỉnh' })).not.toBeInTheDocument();
  });

  it('says what failed and offers a retry when the server refuses a scope', async () => {
    await signInAs('head.luc-ngan');
    renderRoute('/?district=222');
    const alerts = await screen.findAllByText('Bạn không có quyền thực hiện thao tác này.');
    expect(alerts.length).toBeGreaterThan(0);
    expect(screen.getAllByRole('button', { name: 'Thử lại' }).length).toBeGreaterThan(0);
  });
});
