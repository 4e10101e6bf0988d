/** Units and policy: reference data every page reads. */
import type { components } from '../../../src/api/schema';
import { policyRules } from '../../../src/lib/policy-rules';
import type { Handlers } from '../http/routing';
import type { Services } from '../services';

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

export const referenceRoutes: Handlers = {
  getUnits: async ({ user, services }) => {
    await user();
    return loadUnitTree(services);
  },

  getPolicy: ({ services }) => ({ today: services.clock.today(), rules: policyRules }),
};
