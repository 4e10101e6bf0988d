import { describe, expect, it } from 'vitest';
import { unitTree } from './units';
import { demoUsers } from './demo-users';
import { noticeTracking, type TrackedNotice } from '../../src/lib/notice-audience';

const notice: TrackedNotice = {
  id: 'TB0002',
  issuerCode: 'STP',
  status: 'published',
  revision: 1,
  audience: { staff: 'all', districtCodes: [], citizens: true, businesses: true },
};

describe('read tracking', () => {
  it('lists who has not confirmed by unit, then name, whatever order the users come in', () => {
    const users = demoUsers.map(({ username, displayName, unitCode }) => ({
      username,
      displayName,
      unitCode,
    }));
    const given = noticeTracking(unitTree, notice, users, ['officer.center']);
    const reversed = noticeTracking(unitTree, notice, [...users].reverse(), ['officer.center']);
    expect(reversed.pending).toEqual(given.pending);
    const keys = given.pending.map((p) => [p.unitName, p.displayName]);
    expect(keys).toEqual(
      [...keys].sort(
        (a, b) => a[0]!.localeCompare(b[0]!, 'vi') || a[1]!.localeCompare(b[1]!, 'vi'),
      ),
    );
    expect(given.pending.map((p) => p.username)).not.toContain('officer.center');
    // The issuer (Sở Tư pháp) is not among those asked to confirm.
    expect(given.pending.map((p) => p.username)).not.toContain('admin.justice');
  });
});
