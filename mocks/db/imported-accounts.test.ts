import { afterEach, describe, expect, it } from 'vitest';
import { KIND_CITIZEN, KIND_ORGANISATION, R_VERIFIED, NO_REASON, allocate } from './dataset';
import { NEVER, dayOf } from './days';
import {
  IMPORTED_BASE,
  addImported,
  changeImported,
  clearImported,
  importedFoldedName,
  importedOf,
  importedRowOfId,
  importedRowOfIdentity,
  importedVersion,
  numberedId,
  skipNumbers,
  type ImportedAccount,
} from './imported-accounts';
import { effectsOf } from './imports-store';

const day = dayOf('2024-06-20');
const citizen = (id: string, identityNumber: string | null): ImportedAccount => ({
  id,
  kind: KIND_CITIZEN,
  commune: 3,
  reason: R_VERIFIED,
  registeredDay: dayOf('2024-06-01'),
  lastSeenDay: day,
  convertedDay: NEVER,
  displayName: 'Lò Thị Nhập',
  identityNumber,
  phone: '0912345678',
});
/** The aggregates' sums: what the figures read. */
const totals = (ds: ReturnType<typeof allocate>) => ({
  registered: ds.regHist.reduce((a, b) => a + b, 0),
  converted: ds.convHist.reduce((a, b) => a + b, 0),
  organisations: ds.waitingByCommune.organisation.reduce((a, b) => a + b, 0),
});

afterEach(() => clearImported(null));

describe('accounts added by imports', () => {
  it('takes rows above every seeded and desk row, found by id and by identity number', () => {
    const ds = allocate(10);
    const v = importedVersion();
    const row = addImported(ds, citizen('TK8000001', '024190000001'));
    expect(row).toBe(IMPORTED_BASE);
    expect(importedVersion()).toBeGreaterThan(v);
    expect(importedOf(row)).toMatchObject({ id: 'TK8000001', displayName: 'Lò Thị Nhập' });
    expect(importedOf(5)).toBeUndefined();
    expect(importedFoldedName(row)).toBe('lo thi nhap');
    expect(importedRowOfId('TK8000001')).toBe(row);
    expect(importedRowOfId('TK8000002')).toBeUndefined();
    // Two accounts with one number: the smallest id holds it, as the server picks.
    const other = addImported(ds, citizen('TK0400000', '024190000001'));
    expect(importedRowOfIdentity('024190000001')).toBe(other);
    addImported(ds, citizen('TK9000001', '024190000001'));
    expect(importedRowOfIdentity('024190000001')).toBe(other);
  });

  it('counts them in the aggregates, moves them on a change, and takes them out on clear', () => {
    const ds = allocate(10);
    const before = totals(ds);
    const row = addImported(ds, citizen('TK8000001', null));
    addImported(ds, {
      ...citizen('TK9000001', '2400000001'),
      kind: KIND_ORGANISATION,
      reason: NO_REASON,
    });
    expect(totals(ds)).toEqual({
      registered: before.registered + 1,
      converted: before.converted,
      organisations: before.organisations + 1,
    });
    changeImported(ds, row, { convertedDay: day, commune: 7 });
    expect(importedOf(row)).toMatchObject({ convertedDay: day, commune: 7 });
    expect(totals(ds).converted).toBe(before.converted + 1);
    expect(totals(ds).registered).toBe(before.registered + 1);
    clearImported(ds);
    expect(totals(ds)).toEqual(before);
    expect(importedOf(row)).toBeUndefined();
    expect(importedRowOfId('TK8000001')).toBeUndefined();
  });

  it('numbers accounts without an id from TK9000001, in order, and again after a clear', () => {
    const ds = allocate(10);
    const { id: _id, ...account } = citizen('x', null);
    const effects = effectsOf([
      { target: 'new', account: { ...account, id: null } },
      { target: 'new', account: { ...account, id: 'TK8000001' } },
      { target: 'new', account: { ...account, id: null } },
    ]);
    expect(effects.added.map((a) => a.id)).toEqual(['TK9000001', 'TK8000001', 'TK9000002']);
    expect(effects.numbered).toBe(2);
    // Applying the effects takes the numbers.
    skipNumbers(effects.numbered);
    for (const a of effects.added) addImported(ds, a);
    expect(numberedId(0)).toBe('TK9000003');
    clearImported(ds);
    expect(numberedId(0)).toBe('TK9000001');
  });
});
