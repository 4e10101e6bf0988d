import { beforeAll, describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../src/lib/text';
import { matchingRows, statusOf, summaryOf } from './accounts-query';
import { KIND_CITIZEN, REASONS, displayName, type Dataset } from './dataset';
import { dayOf } from './days';
import { dataset } from './index';
import { communes, districtIndex } from './units';

let ds: Dataset;
const day = dayOf('2024-06-20');
beforeAll(async () => {
  ds = await dataset();
}, 30_000);

describe('accounts query engine', () => {
  it('matches a name without marks: every word starts one of the folded name parts', () => {
    const rows = matchingRows(ds, { q: 'nguyen van an', sort: 'name' }, day);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows.slice(0, 200)) {
      const parts = foldVietnamese(displayName(ds, r)).split(' ');
      for (const word of ['nguyen', 'van', 'an'])
        expect(parts.some((p) => p.startsWith(word))).toBe(true);
    }
    // Same answer with marks, capitals and the other tone placement / đ.
    expect(matchingRows(ds, { q: 'NGUYỄN Văn An', sort: 'name' }, day).length).toBe(rows.length);
    const hoa = matchingRows(ds, { q: 'hoà', sort: 'name' }, day).length;
    expect(hoa).toBeGreaterThan(0);
    expect(matchingRows(ds, { q: 'hòa', sort: 'name' }, day).length).toBe(hoa);
    expect(matchingRows(ds, { q: 'Đặng', sort: 'name' }, day).length).toBe(
      matchingRows(ds, { q: 'dang', sort: 'name' }, day).length,
    );
  });

  it('filters by district scope, reason and status with integer columns', () => {
    const d = districtIndex('222');
    const reason = REASONS.indexOf('id_mismatch');
    const rows = matchingRows(ds, { districtIdx: d, reason: 'id_mismatch', sort: 'name' }, day);
    let expected = 0;
    for (let i = 0; i < ds.size; i++) {
      if (communes[ds.commune[i]!]!.districtIndex !== d) continue;
      if (ds.reason[i] === reason && statusOf(ds, i, day) === 'unconverted') expected++;
    }
    expect(rows.length).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    for (const r of rows) {
      expect(communes[ds.commune[r]!]!.districtIndex).toBe(d);
      expect(ds.kind[r]).toBe(KIND_CITIZEN);
    }
  });

  it('never flags organisation or foreigner accounts: they await guidance', () => {
    const rows = matchingRows(ds, { kind: 'organisation', sort: 'name' }, day);
    expect(rows.length).toBeGreaterThan(0);
    const statuses = new Set([...rows].map((r) => summaryOf(ds, r, day).status));
    expect([...statuses].every((s) => ['awaiting_guidance', 'closed', 'merged'].includes(s))).toBe(
      true,
    );
    expect([...rows].every((r) => summaryOf(ds, r, day).reason === null)).toBe(true);
  });

  it('sorts by registration date both ways and is stable for paging', () => {
    const filter = { districtIdx: districtIndex('219'), sort: 'registeredOn' };
    const asc = matchingRows(ds, filter, day);
    // The same filter answers the same order (cached), so page 2 continues page 1.
    expect(matchingRows(ds, filter, day)).toBe(asc);
    for (let k = 1; k < asc.length; k++)
      expect(ds.registeredDay[asc[k]!]!).toBeGreaterThanOrEqual(ds.registeredDay[asc[k - 1]!]!);
    const desc = matchingRows(ds, { ...filter, sort: '-registeredOn' }, day);
    expect(desc.length).toBe(asc.length);
    expect(ds.registeredDay[desc[0]!]).toBe(ds.registeredDay[asc[asc.length - 1]!]);
  });

  it('leaves out accounts registered after the demo day', () => {
    const early = matchingRows(ds, { sort: 'name' }, dayOf('2024-05-10')).length;
    const late = matchingRows(ds, { sort: 'name' }, day).length;
    expect(early).toBeLessThan(late);
  });

  it('sorts by what can be done at the desk today: reason first, then the most recently seen', () => {
    const d = districtIndex('222');
    const rows = matchingRows(ds, { districtIdx: d, kind: 'citizen', sort: 'desk' }, day);
    const order = [
      'verified_not_linked',
      'id_mismatch',
      'cmnd_only',
      'no_id',
      'duplicate',
      'inactive',
    ];
    const rankOf = (r: number) =>
      statusOf(ds, r, day) === 'unconverted'
        ? order.indexOf(REASONS[ds.reason[r]!]!)
        : order.length;
    let seenOthers = false;
    for (let k = 1; k < rows.length; k++) {
      const a = rows[k - 1]!;
      const b = rows[k]!;
      expect(rankOf(a)).toBeLessThanOrEqual(rankOf(b));
      if (rankOf(a) === rankOf(b))
        expect(ds.lastSeenDay[a]!).toBeGreaterThanOrEqual(ds.lastSeenDay[b]!);
      if (rankOf(b) === order.length) seenOthers = true;
    }
    expect(seenOthers).toBe(true);
    expect(REASONS[ds.reason[rows[0]!]!]).toBe('verified_not_linked');
  });

  it('keeps the last few filters: going back to a list does not filter the province again', () => {
    const district = districtIndex('222');
    const list = matchingRows(ds, { districtIdx: district, sort: 'name' }, day);
    const work = matchingRows(
      ds,
      { districtIdx: district, kind: 'citizen', status: 'unconverted', sort: 'desk' },
      day,
    );
    expect(work).not.toBe(list);
    // The same array, not a copy computed anew.
    expect(matchingRows(ds, { districtIdx: district, sort: 'name' }, day)).toBe(list);
    // Another day is another answer.
    expect(matchingRows(ds, { districtIdx: district, sort: 'name' }, day + 1)).not.toBe(list);
  });
});
