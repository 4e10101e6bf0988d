/**
 * Account lists for the server's import tests, made from the seeded accounts (as
 * mocks/db/import-sample.ts makes them from the demo dataset).
 */
import { SAMPLE_HEADINGS } from '../../mocks/db/import-sample';
import type { Database } from '../src/db';
import { BUSINESS_DATE } from './app';

/** The headings the demo's sample files have (one list for both backends' tests). */
export const IMPORT_HEADINGS = SAMPLE_HEADINGS;

/**
 * An account list from the seeded accounts: citizens not converted shown linked (the first import
 * converts them), converted ones as they are, and accounts the database does not hold.
 */
export async function sampleRows(
  database: Database,
  o: { linked: number; unchanged?: number; added?: number; offset?: number },
) {
  const pick = (converted: boolean, n: number) =>
    database.query<{
      id: string;
      display_name: string;
      identity_number: string;
      registered_on: string;
      commune_code: string;
    }>(
      `select id, display_name, identity_number, registered_on::text, commune_code from accounts
       where kind = 'citizen' and state = 'active' and duplicate_of is null
         and identity_number ~ '^[0-9]{12}$'
         and (converted_on is not null and converted_on <= $1) = $2
       order by id offset $3 limit $4`,
      [BUSINESS_DATE, converted, o.offset ?? 0, n],
    );
  const line = (a: Awaited<ReturnType<typeof pick>>[number]) => {
    const [y, m, d] = a.registered_on.split('-');
    return [
      a.id,
      a.display_name,
      a.identity_number,
      '',
      `${d}/${m}/${y}`,
      a.commune_code,
      'Công dân',
      'Đã liên kết',
    ];
  };
  const rows: string[][] = [IMPORT_HEADINGS];
  for (const a of await pick(false, o.linked)) rows.push(line(a));
  for (const a of await pick(true, o.unchanged ?? 0)) rows.push(line(a));
  for (let k = 0; k < (o.added ?? 0); k++) {
    rows.push([
      // Ids the seed does not have (it ends at TK03…; imports number theirs from TK9000001).
      `TK8${String(k + 1).padStart(6, '0')}`,
      `Nguyễn Thị Nhập ${k + 1}`,
      `0241${String(90_000_000 + k).padStart(8, '0')}`,
      `09${String(10_000_000 + k).slice(-8)}`,
      '01/06/2024',
      rows[1]![5]!,
      'Công dân',
      k % 2 === 0 ? 'Đã liên kết' : 'Chưa liên kết',
    ]);
  }
  return rows;
}
