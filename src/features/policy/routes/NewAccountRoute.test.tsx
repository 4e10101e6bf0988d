import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { api } from '../../../api/client';
import { renderRoute, signInAs } from '../../../test/render';

async function setDay(today: string) {
  await api.PUT('/demo/state', { body: { today } });
}

describe('the create-account page follows the dated rules', () => {
  it('offers a citizen account before 15/06/2024', async () => {
    await signInAs('officer.vietyen');
    await setDay('2024-06-14');
    renderRoute('/accounts/new');
    const citizen = await screen.findByRole(
      'radio',
      { name: 'Tài khoản công dân' },
      { timeout: 15_000 },
    );
    await userEvent.click(citizen);
    expect(await screen.findByRole('button', { name: 'Tạo tài khoản công dân' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Thông báo về chính sách' })).toBeNull();
    // The first render in a file loads the route's code: slow on a busy machine.
  }, 30_000);

  it('has no citizen option from 15/06/2024, only organisations and the guide', async () => {
    await signInAs('admin.ict');
    await setDay('2024-06-15');
    renderRoute('/accounts/new');
    expect(
      await screen.findByRole('heading', { name: 'Tài khoản tổ chức, doanh nghiệp' }),
    ).toBeVisible();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByText(/tài khoản công dân/i)).toBeNull();
    expect(screen.getByRole('link', { name: 'Mở hướng dẫn tại quầy' })).toHaveAttribute(
      'href',
      '/guide',
    );
    expect(
      await screen.findByRole('region', { name: 'Thông báo về chính sách' }),
    ).toHaveTextContent('Từ ngày 15/06/2024, bộ phận một cửa không còn tạo tài khoản cho công dân');
  });

  it('answers the old form address with the removal, and the server audits the visit', async () => {
    await signInAs('officer.vietyen');
    await setDay('2024-06-20');
    renderRoute('/accounts/new?kind=citizen');
    expect(await screen.findByRole('heading', { name: 'Chức năng này đã được bỏ' })).toBeVisible();
    expect(screen.getByText(/Từ ngày 15\/06\/2024, cán bộ bộ phận một cửa/)).toBeVisible();
    expect(screen.queryByRole('textbox')).toBeNull();
    await signInAs('admin.ict');
    await waitFor(async () => {
      const audit = await api.GET('/audit', {
        params: { query: { action: 'account.create-citizen.refused' } },
      });
      expect(audit.data!.items[0]).toMatchObject({
        username: 'officer.vietyen',
        outcome: 'refused',
        details: { via: 'form' },
      });
    });
  });

  it('shows the server field errors by field and keeps what was typed', async () => {
    await signInAs('officer.vietyen');
    await setDay('2024-06-20');
    renderRoute('/accounts/new');
    const user = userEvent.setup();
    const fill = async (el: HTMLElement, value: string) => {
      await user.click(el);
      await user.paste(value);
    };
    const tax = await screen.findByLabelText(/^Mã số thuế/);
    // The same tax code twice: the second answer is a 409 shown on the tax code field.
    await api.POST('/accounts/organisations', {
      body: {
        taxCode: '2400555666',
        name: 'Công ty A',
        address: 'Số 1',
        communeCode: '07759',
        representative: { name: 'A', identityNumber: '024190001234', phone: '0912345678' },
      },
    });
    await fill(tax, '2400555666');
    await fill(screen.getByLabelText(/^Tên tổ chức/), 'Công ty B');
    await fill(screen.getByLabelText(/^Địa chỉ trụ sở/), 'Số 2');
    await user.selectOptions(screen.getByLabelText(/^Xã, phường, thị trấn/), 'Xã Thượng Lan');
    await fill(screen.getByLabelText(/^Họ và tên người đại diện/), 'Thân Văn B');
    await fill(
      screen.getByLabelText(/^Số định danh cá nhân \(CCCD\) của người đại diện/),
      '024190009999',
    );
    await fill(screen.getByLabelText(/^Số điện thoại/), '0912000111');
    await user.click(screen.getByRole('button', { name: 'Tạo tài khoản' }));
    expect(await screen.findByText('Mã số thuế này đã có tài khoản tạo tại quầy.')).toBeVisible();
    expect(screen.getByLabelText(/^Tên tổ chức/)).toHaveValue('Công ty B');
    expect(screen.getByLabelText(/^Mã số thuế/)).toHaveFocus();
  });
  it('says by field what the contract refuses before sending, and keeps a draft across a reload', async () => {
    await signInAs('officer.vietyen');
    await setDay('2024-06-20');
    const first = renderRoute('/accounts/new');
    const user = userEvent.setup();
    const fill = async (el: HTMLElement, value: string) => {
      await user.click(el);
      await user.paste(value);
    };
    await fill(await screen.findByLabelText(/^Mã số thuế/), '24005556');
    await fill(screen.getByLabelText(/^Thư điện tử/), 'ke-toan@congty');
    await fill(
      screen.getByLabelText(/^Số định danh cá nhân \(CCCD\) của người đại diện/),
      '02419000',
    );
    await fill(screen.getByLabelText(/^Số điện thoại/), '912000111');
    await user.click(screen.getByRole('button', { name: 'Tạo tài khoản' }));
    expect(
      await screen.findByText('Mã số thuế gồm 10 chữ số, hoặc 10 chữ số-3 chữ số.'),
    ).toBeVisible();
    expect(screen.getByText('Thư điện tử chưa đúng định dạng.')).toBeVisible();
    expect(screen.getByText('Số định danh cá nhân gồm đúng 12 chữ số.')).toBeVisible();
    expect(screen.getByText('Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.')).toBeVisible();
    // Name, address, commune and the representative's name.
    expect(screen.getAllByText('Trường này là bắt buộc.')).toHaveLength(4);
    expect(screen.getByLabelText(/^Mã số thuế/)).toHaveFocus();
    // Editing a field takes its message away until the next try.
    await user.type(screen.getByLabelText(/^Mã số thuế/), '12');
    expect(screen.queryByText('Mã số thuế gồm 10 chữ số, hoặc 10 chữ số-3 chữ số.')).toBeNull();

    first.unmount();
    renderRoute('/accounts/new');
    expect(await screen.findByText('Đã khôi phục thông tin bạn nhập dở lần trước.')).toBeVisible();
    expect(screen.getByLabelText(/^Mã số thuế/)).toHaveValue('2400555612');
    expect(screen.getByLabelText(/^Thư điện tử/)).toHaveValue('ke-toan@congty');
    await user.click(screen.getByRole('button', { name: 'Xóa thông tin đã nhập' }));
    expect(screen.getByLabelText(/^Mã số thuế/)).toHaveValue('');
    expect(sessionStorage.getItem('vneid.org-account-draft.officer.vietyen')).toBeNull();
  });
});
