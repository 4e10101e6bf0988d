/** Units and policy: reference data every page reads. */
import { policyRules } from '../../../src/lib/policy-rules';
import type { Handlers } from '../http/routing';
import { loadUnitTree } from '../services/units';

/** (Read from services/units.ts; kept here for the modules that import it from this path.) */
export { loadUnitTree };

export const referenceRoutes: Handlers = {
  getUnits: async ({ user, services }) => {
    await user();
    return loadUnitTree(services);
  },

  getPolicy: ({ services }) => ({ today: services.clock.today(), rules: policyRules }),
};
