import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  formatInstant,
  formatIsoDate,
  isIsoDate,
  vietnameseLongDate,
} from './dates';

describe('dates', () => {
  it('shows calendar days as dd/MM/yyyy', () => {
    expect(formatIsoDate('2024-06-05')).toBe('05/06/2024');
  });

  it('shows instants in Asia/Ho_Chi_Minh, whatever the machine zone', () => {
    // 17:30 UTC on 14/06 is 00:30 on 15/06 in Vietnam.
    expect(formatInstant('2024-06-14T17:30:00Z')).toBe('15/06/2024 00:30');
  });

  it('validates ISO dates strictly', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('20/06/2024')).toBe(false);
  });

  it('counts days', () => {
    expect(addDays('2024-06-30', 1)).toBe('2024-07-01');
    expect(daysBetween('2024-06-20', '2024-07-01')).toBe(11);
  });

  it('writes the long date of official documents (Decree 30/2020 padding)', () => {
    expect(vietnameseLongDate('2024-06-05')).toBe('ngày 05 tháng 6 năm 2024');
    expect(vietnameseLongDate('2024-02-15')).toBe('ngày 15 tháng 02 năm 2024');
    expect(vietnameseLongDate('2024-12-31')).toBe('ngày 31 tháng 12 năm 2024');
  });
});
