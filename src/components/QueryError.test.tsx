import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, problemTypes } from '../api/errors';
import { I18nProvider } from '../lib/i18n';
import viMessages from '../locales/vi';
import { QueryError } from './QueryError';

const down = () =>
  new ApiError({ type: problemTypes.server, title: 'Service unavailable', status: 503 });
const offline = () => new ApiError({ type: problemTypes.network, title: 'Offline', status: 0 });

describe('QueryError', () => {
  it('says a reason once for all the parts of a page that failed alike, and retries them all', async () => {
    const retries = [vi.fn(), vi.fn(), vi.fn()];
    render(
      <I18nProvider initialLang="vi" initialMessages={viMessages}>
        <QueryError error={down()} onRetry={retries[0]} />
        <QueryError error={down()} onRetry={retries[1]} />
        <QueryError error={offline()} onRetry={retries[2]} />
      </I18nProvider>,
    );
    const alerts = screen.getAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual([
      'Máy chủ đang gặp sự cố. Vui lòng thử lại.Thử lại',
      'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.Thử lại',
    ]);
    const [first] = screen.getAllByRole('button', { name: 'Thử lại' });
    await userEvent.click(first!);
    expect(retries[0]).toHaveBeenCalledTimes(1);
    expect(retries[1]).toHaveBeenCalledTimes(1);
    expect(retries[2]).not.toHaveBeenCalled();
  });
});
