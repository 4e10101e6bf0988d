/**
 * Staging an import's valid rows (stageRows): batches sent two at a time, every row staged once;
 * a stop between batches and a failing batch end the staging only once the batches sent have ended.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportRow } from '../../../src/lib/import/pipeline';
import { seededDatabase } from '../../test/seeded';
import { stageRows } from './import-sql';

let database: Awaited<ReturnType<typeof seededDatabase>>;

beforeAll(async () => {
  database = await seededDatabase();
  await database.query(
    `insert into imports (id, owner, file_name, size, status, progress, started_at, runner)
     values ('IMstage', 'admin.ict', 'a.csv', 1, 'reading', '{}', now(), 'test')`,
  );
}, 180_000);
afterAll(() => database.drop());

const rows = (n: number): ImportRow[] =>
  Array.from({ length: n }, (_, i) => ({
    line: i + 2,
    accountId: null,
    fullName: `Nguyễn Văn Đức ${i}`,
    identityNumber: String(24_000_000_000 + i).padStart(12, '0'),
    phone: null,
    registeredOn: '2024-06-01',
    communeCode: '07807',
    kind: 'citizen',
    linked: i % 2 === 0,
  }));

const staged = async () =>
  (
    await database.query<{ n: number; lines: number; folded: string }>(
      `select count(*)::int as n, count(distinct line)::int as lines,
         min(name_folded) as folded from import_rows where import_id = 'IMstage'`,
    )
  )[0]!;

describe('stageRows', { timeout: 60_000 }, () => {
  it('stages every row once, across batches sent two at a time', async () => {
    expect(await stageRows(database.db, 'IMstage', rows(12_001), () => false)).toBe(true);
    expect(await staged()).toEqual({ n: 12_001, lines: 12_001, folded: 'nguyen van duc 0' });
    // Again: the rows of the earlier reading are replaced.
    expect(await stageRows(database.db, 'IMstage', rows(7), () => false)).toBe(true);
    expect((await staged()).n).toBe(7);
  });

  it('a stop leaves off between batches, after the batches sent', async () => {
    let asked = 0;
    expect(await stageRows(database.db, 'IMstage', rows(12_001), () => ++asked > 2)).toBe(false);
    // Two batches were sent before the stop; both ended before stageRows did.
    expect((await staged()).n).toBe(10_000);
  });

  it('a failing batch fails the staging, once the batches sent have ended', async () => {
    const bad = rows(12_001);
    // Not null in import_rows: the second batch fails.
    (bad[6000] as { communeCode: string | null }).communeCode = null;
    await expect(stageRows(database.db, 'IMstage', bad, () => false)).rejects.toThrow(/null/);
    // The first batch and the third (sent while the second was awaited) are written; nothing is
    // still under way when the caller goes on to drop the rows.
    expect((await staged()).n).toBe(7001);
  });
});
