import { describe, expect, it } from 'vitest';
import { datasetSync } from '.';
import {
  CITIZENS,
  KIND_CITIZEN,
  KIND_FOREIGNER,
  KIND_ORGANISATION,
  ORGANISATIONS,
  R_CMND,
  R_DUPLICATE,
  R_NO_ID,
  accountId,
  displayName,
  identityNumber,
  mask,
  phoneNumber,
  rowOfId,
} from './dataset';
import { NEVER, dayOf } from './days';
import { communes, unitTree } from './units';

const ds = datasetSync();

describe('the demo province', () => {
  it('has the 10 districts and 209 communes of mid-2024', () => {
    expect(unitTree.districts).toHaveLength(10);
    expect(communes).toHaveLength(209);
    expect(unitTree.districts.map((d) => d.name)).toContain('Thị xã Việt Yên');
  });

  it('holds at least 300,000 citizen accounts first, then organisations and foreigners', () => {
    const counts = [0, 0, 0];
    let ordered = true;
    for (let i = 0; i < ds.size; i++) {
      const kind = ds.kind[i]!;
      counts[kind]!++;
      if (i > 0 && kind < ds.kind[i - 1]!) ordered = false;
    }
    const [citizens, organisations, foreigners] = counts as [number, number, number];
    expect(citizens).toBeGreaterThanOrEqual(300_000);
    expect(organisations).toBeGreaterThan(0);
    expect(foreigners).toBeGreaterThan(0);
    expect(citizens + organisations + foreigners).toBe(ds.size);
    // Citizens first: code that reads the citizens reads the rows below CITIZENS.
    expect(ordered).toBe(true);
    expect(citizens).toBe(CITIZENS);
    expect(ds.kind[CITIZENS - 1]).toBe(KIND_CITIZEN);
    expect(ds.kind[CITIZENS]).toBe(KIND_ORGANISATION);
    expect(ds.kind[CITIZENS + ORGANISATIONS]).toBe(KIND_FOREIGNER);
  });

  it('spreads accounts over every commune', () => {
    const seen = new Set<number>();
    for (let i = 0; i < ds.size; i++) seen.add(ds.commune[i]!);
    expect(seen.size).toBe(209);
  });

  it('converts most citizens in June, some late, some never', () => {
    const june = [dayOf('2024-06-01'), dayOf('2024-06-30')];
    let inJune = 0;
    let never = 0;
    for (let i = 0; i < CITIZENS; i++) {
      const d = ds.convertedDay[i]!;
      if (d === NEVER) never++;
      else if (d >= june[0]! && d <= june[1]!) inJune++;
    }
    const converted = CITIZENS - never;
    expect(inJune / converted).toBeGreaterThan(0.5);
    expect(never / CITIZENS).toBeGreaterThan(0.1);
    expect(never / CITIZENS).toBeLessThan(0.4);
  });

  it('gives citizens CCCD numbers with the real structure, and the flagged ones other numbers', () => {
    let cccd = 0;
    let structured = 0;
    for (let i = 0; i < 20_000; i++) {
      const id = identityNumber(ds, i);
      const reason = ds.reason[i];
      if (reason === R_NO_ID) expect(id).toBeNull();
      else if (reason === R_CMND) expect(id).toMatch(/^\d{9}$/);
      else if (id && id.length === 12) {
        cccd++;
        const year = ds.birthYear[ds.dupOf[i]! >= 0 ? ds.dupOf[i]! : i]!;
        const centurySex = Number(id[3]);
        if (id.slice(4, 6) === String(year % 100).padStart(2, '0')) structured++;
        expect([0, 1, 2, 3]).toContain(centurySex);
      }
    }
    expect(structured / cccd).toBeGreaterThan(0.95);
  });

  it('makes a duplicate share its original identity number and name', () => {
    let checked = 0;
    for (let i = 0; i < 50_000 && checked < 20; i++) {
      if (ds.reason[i] !== R_DUPLICATE) continue;
      const original = ds.dupOf[i]!;
      expect(identityNumber(ds, i)).toBe(identityNumber(ds, original));
      expect(displayName(ds, i)).toBe(displayName(ds, original));
      checked++;
    }
    expect(checked).toBe(20);
  });

  it('is the same every time (seeded)', () => {
    expect(displayName(ds, 0)).toBe('Lý Thu Uyên');
    expect(identityNumber(ds, 0)).toBe('024184137698');
  });

  it('masks identity and phone numbers, and round-trips ids', () => {
    expect(mask('024184137698')).toBe('024•••••7698');
    expect(mask(phoneNumber(ds, 1))).toMatch(/^\d{3}•••\d{4}$/);
    expect(rowOfId(accountId(123_456))).toBe(123_456);
    expect(rowOfId('TK0000000')).toBeUndefined();
    expect(rowOfId('x')).toBeUndefined();
  });
});
