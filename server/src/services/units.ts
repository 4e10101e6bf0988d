/**
 * The province's units (reference data: they do not change while the server runs), read once per
 * database and kept: the tree `GET /units` answers, and districts and communes by code.
 */
import type { components } from '../../../src/api/schema';
import type { Services } from '.';

type UnitTree = components['schemas']['UnitTree'];

/** The province's units are reference data: read once per database, then kept. */
const trees = new WeakMap<Services['db'], Promise<UnitTree>>();

export function loadUnitTree(services: Pick<Services, 'db'>): Promise<UnitTree> {
  let tree = trees.get(services.db);
  if (!tree) {
    tree = readUnitTree(services.db);
    trees.set(services.db, tree);
    // A failed read is not kept.
    tree.catch(() => trees.delete(services.db));
  }
  return tree;
}

async function readUnitTree(db: Services['db']): Promise<UnitTree> {
  const rows = await db.selectFrom('units').selectAll().orderBy('ord').execute();
  const province = rows.find((r) => r.level === 'province');
  return {
    province: { code: province?.code ?? '', name: province?.name ?? '' },
    districts: rows
      .filter((r) => r.level === 'district')
      .map((d) => ({
        code: d.code,
        name: d.name,
        kind: d.kind as UnitTree['districts'][number]['kind'],
        communes: rows
          .filter((c) => c.level === 'commune' && c.district_code === d.code)
          .map((c) => ({
            code: c.code,
            name: c.name,
            kind: c.kind as UnitTree['districts'][number]['communes'][number]['kind'],
          })),
      })),
    organisations: rows
      .filter((r) => r.level === 'organisation')
      .map((o) => ({
        code: o.code,
        name: o.name,
        kind: o.kind as UnitTree['organisations'][number]['kind'],
      })),
  };
}

interface UnitIndex {
  districts: Map<string, string>;
  communes: Map<string, { name: string; districtCode: string }>;
  provinceName: string;
}
const unitCache = new WeakMap<object, Promise<UnitIndex>>();

/** Districts and communes by code (units do not change while the server runs). */
export function unitIndex(services: Services): Promise<UnitIndex> {
  let cached = unitCache.get(services.database);
  if (!cached) {
    cached = services.db
      .selectFrom('units')
      .select(['code', 'level', 'name', 'district_code'])
      .execute()
      .then((rows) => {
        const index: UnitIndex = { districts: new Map(), communes: new Map(), provinceName: '' };
        for (const r of rows) {
          if (r.level === 'province') index.provinceName = r.name;
          if (r.level === 'district') index.districts.set(r.code, r.name);
          if (r.level === 'commune')
            index.communes.set(r.code, { name: r.name, districtCode: r.district_code ?? '' });
        }
        return index;
      });
    cached.catch(() => unitCache.delete(services.database));
    unitCache.set(services.database, cached);
  }
  return cached;
}
