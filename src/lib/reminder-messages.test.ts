import { describe, expect, it } from 'vitest';
import { reminderMessage, reminderMessages } from './reminder-messages';

describe('reminder messages', () => {
  it('gives each stuck reason its own text, each with the VNeID hotline', () => {
    const texts = Object.values(reminderMessages);
    expect(new Set(texts).size).toBe(6);
    for (const text of texts) {
      expect(text).toContain('1900.0368');
      expect(text).toBe(text.normalize('NFC'));
    }
  });

  it('sends an identity mismatch to the commune police, and the others to what they need', () => {
    expect(reminderMessage('id_mismatch')).toMatch(/công an cấp xã.*cập nhật/);
    expect(reminderMessage('id_mismatch')).not.toMatch(/Đăng nhập bằng VNeID/);
    expect(reminderMessage('verified_not_linked')).toMatch(/Đăng nhập bằng VNeID/);
    expect(reminderMessage('no_id')).toMatch(/bộ phận một cửa/);
    expect(reminderMessage(null)).toBe(reminderMessage('verified_not_linked'));
  });
});
