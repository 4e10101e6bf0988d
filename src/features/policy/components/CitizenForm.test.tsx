import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { api } from '../../../api/client';
import { renderRoute, signInAs } from '../../../test/render';

/** The citizen form, offered before the removal on 15/06/2024. */
async function openForm() {
  await signInAs('officer.vietyen');
  await api.PUT('/demo/state', { body: { today: '2024-06-14' } });
  renderRoute('/accounts/new?kind=citizen');
  await screen.findByRole('button', { name: 'Tạo tài khoản công dân' }, { timeout: 15_000 });
  const user = userEvent.setup();
  const fill = async (label: RegExp, value: string) => {
    await user.click(screen.getByLabelText(label));
    await user.paste(value);
  };
  /** The person's name, CCCD, date of birth and phone, as a valid request has them. */
  const fillPerson = async (cccd: string) => {
    await fill(/^Họ và tên/, 'Nguyễn Văn Bình');
    await fill(/^Số định danh cá nhân \(CCCD\)/, cccd);
    await fill(/^Ngày sinh/, '1990-05-12');
    await fill(/^Số điện thoại/, '0912000111');
  };
  return { user, fill, fillPerson };
}

describe('the citizen form checks what the contract says before sending', () => {
  it('says by field what is missing or has the wrong form, and sends nothing', async () => {
    const { user, fill } = await openForm();
    // A CCCD of 11 digits: the contract's pattern is 12 digits.
    await fill(/^Số định danh cá nhân \(CCCD\)/, '02419000123');
    await fill(/^Số điện thoại/, '912000111');
    await user.click(screen.getByRole('button', { name: 'Tạo tài khoản công dân' }));
    expect(await screen.findByText('Số định danh cá nhân gồm đúng 12 chữ số.')).toBeVisible();
    expect(screen.getByText('Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.')).toBeVisible();
    // Full name, date of birth and commune.
    expect(screen.getAllByText('Trường này là bắt buộc.')).toHaveLength(3);
    expect(screen.getByLabelText(/^Họ và tên/)).toHaveFocus();
    // Editing a field takes its message away until the next try.
    await user.type(screen.getByLabelText(/^Số định danh cá nhân \(CCCD\)/), '4');
    expect(screen.queryByText('Số định danh cá nhân gồm đúng 12 chữ số.')).toBeNull();
    expect(screen.getByLabelText(/^Số định danh cá nhân \(CCCD\)/)).toHaveValue('024190001234');
  }, 30_000);

  it('refuses a CCCD of 12 characters that are not all digits, as the contract does', async () => {
    const { user, fillPerson } = await openForm();
    await fillPerson('02419000123A');
    await user.selectOptions(screen.getByLabelText(/^Xã, phường, thị trấn/), 'Xã Thượng Lan');
    await user.click(screen.getByRole('button', { name: 'Tạo tài khoản công dân' }));
    expect(await screen.findByText('Số định danh cá nhân gồm đúng 12 chữ số.')).toBeVisible();
    expect(screen.getByLabelText(/^Số định danh cá nhân \(CCCD\)/)).toHaveFocus();
    // The form's own words, not the server's generic answer to a request it refused.
    expect(screen.queryByText('Định dạng chưa đúng.')).toBeNull();
  }, 30_000);

  it('takes the keyboard to the commune list when only the commune is missing', async () => {
    const { user, fillPerson } = await openForm();
    await fillPerson('024190007777');
    await user.click(screen.getByRole('button', { name: 'Tạo tài khoản công dân' }));
    expect(await screen.findByText('Trường này là bắt buộc.')).toBeVisible();
    expect(screen.getByLabelText(/^Xã, phường, thị trấn/)).toHaveFocus();
  }, 30_000);

  it('sends a form that passes and says the account was created', async () => {
    const { user, fillPerson } = await openForm();
    await fillPerson('024190007777');
    await user.selectOptions(screen.getByLabelText(/^Xã, phường, thị trấn/), 'Xã Thượng Lan');
    await user.click(screen.getByRole('button', { name: 'Tạo tài khoản công dân' }));
    expect(await screen.findByText(/^Đã tạo tài khoản \S+ cho Nguyễn Văn Bình\.$/)).toBeVisible();
  }, 30_000);
});
