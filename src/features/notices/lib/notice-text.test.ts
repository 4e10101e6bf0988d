import { describe, expect, it } from 'vitest';
import { noticeText } from './notice-text';

describe('noticeText', () => {
  it('gives one line per block, bullets for list items and cells joined', () => {
    const html =
      '<h2>Hướng dẫn</h2><p>Đăng nhập <strong>bằng VNeID</strong>.<br>Mang CCCD.</p>' +
      '<ul><li>Bước một</li><li>Bước hai</li></ul><ol><li>Thứ nhất</li><li>Thứ hai</li></ol>' +
      '<table><tbody><tr><td>Huyện</td><td>Số</td></tr></tbody></table>';
    expect(noticeText(html)).toBe(
      'Hướng dẫn\nĐăng nhập bằng VNeID.\nMang CCCD.\n• Bước một\n• Bước hai\n1. Thứ nhất\n2. Thứ hai\nHuyện | Số',
    );
  });

  it('drops what the sanitiser drops (scripts never become text)', () => {
    expect(noticeText('<p>Chào<script>alert(1)</script></p><img src=x onerror=alert(1)>')).toBe(
      'Chào',
    );
  });
});
