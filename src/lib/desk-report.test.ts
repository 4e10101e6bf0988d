import { describe, expect, it } from 'vitest';
import { canWithdrawDeskReport, demoReportState, demoSyncConfirms } from './desk-report';

describe('desk reports', () => {
  it('are pending on their day and reconciled from the next, about 9 in 10 confirmed', () => {
    const r = { accountId: 'TK0000001', reportedOn: '2024-06-20', withdrawnOn: null };
    expect(demoReportState(r, '2024-06-20')).toBe('pending');
    expect(['confirmed', 'not_confirmed']).toContain(demoReportState(r, '2024-06-21'));
    let confirmed = 0;
    for (let i = 1; i <= 2000; i++)
      if (demoSyncConfirms(`TK${String(i).padStart(7, '0')}`, '2024-06-20')) confirmed++;
    expect(confirmed / 2000).toBeGreaterThan(0.85);
    expect(confirmed / 2000).toBeLessThan(0.95);
    expect(demoSyncConfirms('TK0000001', '2024-06-20')).toBe(
      demoSyncConfirms('TK0000001', '2024-06-20'),
    );
  });

  it('stay withdrawn once withdrawn while pending', () => {
    const r = { accountId: 'TK0000001', reportedOn: '2024-06-20', withdrawnOn: '2024-06-20' };
    expect(demoReportState(r, '2024-06-20')).toBe('withdrawn');
    expect(demoReportState(r, '2024-06-25')).toBe('withdrawn');
  });

  it('may be withdrawn by their author or a system admin only, while pending', () => {
    const pending = { reportedBy: 'officer.vietyen', state: 'pending' as const };
    expect(canWithdrawDeskReport({ username: 'officer.vietyen', role: 'officer' }, pending)).toBe(
      true,
    );
    expect(canWithdrawDeskReport({ username: 'admin.ict', role: 'sys_admin' }, pending)).toBe(true);
    expect(canWithdrawDeskReport({ username: 'officer.center', role: 'officer' }, pending)).toBe(
      false,
    );
    expect(canWithdrawDeskReport({ username: 'head.ict', role: 'head' }, pending)).toBe(false);
    expect(
      canWithdrawDeskReport(
        { username: 'officer.vietyen', role: 'officer' },
        { ...pending, state: 'confirmed' },
      ),
    ).toBe(false);
  });
});
