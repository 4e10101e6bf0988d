import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { api } from '../../../api/client';
import { renderRoute, signInAs } from '../../../test/render';

async function unconvertedAccount() {
  const page = (
    await api.GET('/accounts', {
      params: { query: { status: 'unconverted', reason: 'id_mismatch', pageSize: 1 } },
    })
  ).data!;
  return page.items[0]!;
}

describe('recording the outcome of a counter visit on the account page', () => {
  it('chooses nothing in advance, confirms "linked" naming the account, and shows a report awaiting VNeID', async () => {
    await signInAs('officer.vietyen');
    const account = await unconvertedAccount();
    renderRoute(`/accounts/${account.id}`);
    const legend = await screen.findByText('Kết quả khi công dân đến quầy', undefined, {
      timeout: 15_000,
    });
    const group = screen.getByRole('radiogroup', { name: legend.textContent });
    for (const radio of within(group).getAllByRole('radio')) expect(radio).not.toBeChecked();

    // One press records nothing: a choice is asked for.
    await userEvent.click(screen.getByRole('button', { name: 'Ghi nhận kết quả' }));
    expect(await screen.findByText('Hãy chọn một kết quả.')).toBeInTheDocument();
    expect(
      (await api.GET('/accounts/{id}', { params: { path: { id: account.id } } })).data!.status,
    ).toBe('unconverted');

    await userEvent.click(
      within(group).getByRole('radio', { name: 'Công dân đã liên kết VNeID tại quầy' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Ghi nhận kết quả' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Xác nhận công dân đã liên kết VNeID',
    });
    expect(dialog).toHaveTextContent(`${account.displayName} (${account.id})`);
    // Cancelling records nothing.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Ghi nhận kết quả' }));
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: `Xác nhận ${account.displayName} đã liên kết`,
      }),
    );

    expect(
      await screen.findByText('Đã ghi nhận: tài khoản chờ đối soát với dữ liệu VNeID.'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Báo tại quầy, chờ đối soát').length).toBeGreaterThan(0);
    expect(screen.queryByText('Đã chuyển đổi')).not.toBeInTheDocument();
    expect(screen.getByText(/Người báo: officer.vietyen, lúc/)).toBeInTheDocument();

    // Its author withdraws it, with a reason.
    await userEvent.click(screen.getByRole('button', { name: 'Rút báo cáo' }));
    const withdraw = await screen.findByRole('dialog', { name: /^Rút báo cáo liên kết của/ });
    await userEvent.click(within(withdraw).getByRole('button', { name: 'Rút báo cáo' }));
    expect(within(withdraw).getByText('Trường này là bắt buộc.')).toBeInTheDocument();
    await userEvent.type(
      within(withdraw).getByRole('textbox', { name: /Lý do rút/ }),
      'Ghi nhầm tài khoản',
    );
    await userEvent.click(within(withdraw).getByRole('button', { name: 'Rút báo cáo' }));
    expect(
      await screen.findByText('Đã rút báo cáo. Tài khoản trở lại “Chưa chuyển đổi”.'),
    ).toBeInTheDocument();
    const after = (await api.GET('/accounts/{id}', { params: { path: { id: account.id } } })).data!;
    expect(after.status).toBe('unconverted');
    expect(after.deskReport?.state).toBe('withdrawn');
  }, 90_000);
});
