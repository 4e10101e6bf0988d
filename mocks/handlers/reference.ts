import { unitOf } from '../../src/lib/unit-detail';
import { policyRules } from '../db/policy';
import { today } from '../db/demo-state';
import { unitTree } from '../db/units';
import { http, notFound, requireUser, valid } from './http';

/** Units and policy: reference data every page reads. */
export const referenceHandlers = [
  http.get('/units', ({ cookies, response }) => {
    requireUser(cookies);
    return response(200).json(unitTree);
  }),
  // Reference data as /units: any signed-in user, whatever their scope; not audited.
  http.get('/units/{code}', async ({ cookies, params, request, response }) => {
    requireUser(cookies);
    const { params: p } = await valid('getUnit', request, params);
    const unit = unitOf(unitTree, p.code);
    if (!unit) return notFound('Unit');
    return response(200).json(unit);
  }),
  http.get('/policy', ({ response }) => response(200).json({ today: today(), rules: policyRules })),
];
