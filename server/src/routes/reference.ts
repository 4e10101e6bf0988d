/** Units and policy: reference data every page reads. */
import { policyRules } from '../../../src/lib/policy-rules';
import { unitOf } from '../../../src/lib/unit-detail';
import { notFound } from '../http/problem';
import type { Handlers } from '../http/routing';
import { loadUnitTree } from '../services/units';

/** (Read from services/units.ts; kept here for the modules that import it from this path.) */
export { loadUnitTree };

export const referenceRoutes: Handlers = {
  getUnits: async ({ user, services }) => {
    await user();
    return loadUnitTree(services);
  },

  // Reference data as getUnits: any signed-in user, whatever their scope; not audited.
  getUnit: async (ctx) => {
    const { user, services } = ctx;
    await user();
    const unit = unitOf(await loadUnitTree(services), ctx.params.code);
    if (!unit) throw notFound('Unit');
    return unit;
  },

  getPolicy: ({ services }) => ({ today: services.clock.today(), rules: policyRules }),
};
