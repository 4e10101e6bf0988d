import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute, signInAs } from '../../../test/render';

describe('the notices list', () => {
  it('keeps every key of a fast search, writes it to the address, and follows the address back', async () => {
    await signInAs('officer.vietyen');
    const { router } = renderRoute('/notices');
    const box = await screen.findByRole('searchbox', { name: 'Tìm trong thông báo' });
    // As fast as keys can come: each one changes the address, which renders in a transition.
    await userEvent.setup({ delay: null }).type(box, 'chuyen doi tai khoan');
    expect(box).toHaveValue('chuyen doi tai khoan');
    await waitFor(() => expect(router.state.location.search).toBe('?q=chuyen+doi+tai+khoan'));

    // An address from elsewhere (Back, a link) puts its own search in the field.
    await router.navigate('/notices?q=VNeID');
    await waitFor(() => expect(box).toHaveValue('VNeID'));
  });
});
