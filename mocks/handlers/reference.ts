import { policyRules } from '../db/policy';
import { today } from '../db/demo-state';
import { unitTree } from '../db/units';
import { http, requireUser } from './http';

/** Units and policy: reference data every page reads. */
export const referenceHandlers = [
  http.get('/units', ({ cookies, response }) => {
    requireUser(cookies);
    return response(200).json(unitTree);
  }),
  http.get('/policy', ({ response }) => response(200).json({ today: today(), rules: policyRules })),
];
