/** The province's units in the database: the demo's (mocks/db/units.ts), in their order. */
import { unitTree } from '../../../mocks/db/units';
import type { Database } from '../db';

export async function seedUnits(database: Database): Promise<void> {
  const rows: [string, string, string, string | null, string | null][] = [
    [unitTree.province.code, 'province', unitTree.province.name, null, null],
  ];
  for (const d of unitTree.districts) {
    rows.push([d.code, 'district', d.name, d.kind, null]);
    for (const c of d.communes) rows.push([c.code, 'commune', c.name, c.kind, d.code]);
  }
  for (const o of unitTree.organisations) rows.push([o.code, 'organisation', o.name, o.kind, null]);
  await database.query(
    `insert into units (code, level, name, kind, district_code, ord)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[])
     on conflict (code) do nothing`,
    [
      rows.map((r) => r[0]),
      rows.map((r) => r[1]),
      rows.map((r) => r[2]),
      rows.map((r) => r[3]),
      rows.map((r) => r[4]),
      rows.map((_, i) => i),
    ],
  );
}
