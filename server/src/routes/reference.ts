/** Units and policy: reference data every page reads. */
import type { components } from '../../../src/api/schema';
import { policyRules } from '../../../src/lib/policy-rules';
import type { Handlers } from '../http/routing';

type UnitTree = components['schemas']['UnitTree'];

export const referenceRoutes: Handlers = {
  getUnits: async ({ user, services }) => {
    await user();
    const rows = await services.db.selectFrom('units').selectAll().orderBy('ord').execute();
    const province = rows.find((r) => r.level === 'province');
    const tree: UnitTree = {
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
    return tree;
  },

  getPolicy: ({ services }) => ({ today: services.clock.today(), rules: policyRules }),
};
