/**
 * Opening accounts at the one-stop desk. Organisation / business accounts are created as before;
 * the citizen function follows the dated rule `citizen_account_creation_removed`: from its day on,
 * every attempt (any role, any body) is answered 410 Gone and written to the audit log.
 */
import { HttpResponse } from 'msw';
import { problemTypes } from '../../src/api/errors';
import type { components } from '../../src/api/schema';
import type { DemoUser } from '../db/demo-users';
import { mask } from '../db/dataset';
import { dayOf } from '../db/days';
import { today, todayDay } from '../db/demo-state';
import { writeAudit } from '../db/journal';
import { policyRules } from '../db/policy';
import { addDeskAccount, createdAccountOf, deskAccounts } from '../db/desk-accounts';
import { communeIndex, communes } from '../db/units';
import {
  conflict,
  fail,
  forbidden,
  http,
  invalidField,
  requirePermission,
  requireUser,
  valid,
} from './http';

type CreatedAccount = components['schemas']['CreatedAccount'];
type RuleKey = components['schemas']['PolicyRuleKey'];

/** Accounts opened in the demo (mocks/db/desk-accounts.ts keeps them; the list shows them). */
export function createdAccounts(): readonly CreatedAccount[] {
  return deskAccounts().map(createdAccountOf);
}

/** The server's side of the policy: the same rules `GET /policy` publishes, against the demo day. */
export function ruleInForceOnServer(key: RuleKey): { inForce: boolean; since: string | null } {
  const rule = policyRules.find((r) => r.key === key);
  if (!rule) return { inForce: false, since: null };
  const day = todayDay();
  const from = dayOf(rule.effectiveFrom);
  const until = rule.effectiveUntil ? dayOf(rule.effectiveUntil) : Infinity;
  return { inForce: day >= from && day <= until, since: rule.effectiveFrom };
}

/** The commune's district, checked against the user's scope (403 outside it). */
function communeInScope(user: DemoUser, code: string): string {
  const idx = communeIndex(code);
  if (idx === undefined) return invalidField('communeCode');
  const districtCode = communes[idx]!.districtCode;
  if (user.scopeDistrictCode && user.scopeDistrictCode !== districtCode) {
    return forbidden('The commune lies outside your unit.');
  }
  return districtCode;
}

function nextId(prefix: string): string {
  const n = deskAccounts().filter((a) => a.id.startsWith(prefix)).length + 1;
  return `${prefix}${String(n).padStart(7, '0')}`;
}

/** From the removal day: audit the attempt and answer 410 Gone with the day and the reason. */
function refuseIfRemoved(user: DemoUser, via: 'api' | 'form'): void {
  const removed = ruleInForceOnServer('citizen_account_creation_removed');
  if (!removed.inForce) return;
  writeAudit(user, {
    action: 'account.create-citizen.refused',
    targets: [],
    details: { since: removed.since, via },
    outcome: 'refused',
  });
  fail(410, problemTypes.gone, 'Function removed', {
    since: removed.since ?? undefined,
    detail:
      'One-stop officers no longer create citizen accounts: citizens register and sign in with VNeID only (letter 3701/VPCP-KSTT).',
  });
}

export const accountCreationHandlers = [
  http.post('/accounts/organisations', async ({ request, cookies, response }) => {
    const user = requirePermission(cookies, 'accounts:create');
    const { body } = await valid('createOrganisationAccount', request);
    const districtCode = communeInScope(user, body.communeCode);
    // The contract asks for a name; spaces alone are none (as on the server).
    const name = body.name.trim();
    if (!name) invalidField('name', 'required');
    if (deskAccounts().some((a) => a.taxCode === body.taxCode)) {
      conflict(`An account with tax code ${body.taxCode} was already opened at the desk.`);
    }
    const account: CreatedAccount = {
      id: nextId('DN'),
      kind: 'organisation',
      displayName: name,
      taxCode: body.taxCode,
      identityNumberMasked: mask(body.representative.identityNumber),
      districtCode,
      communeCode: body.communeCode,
      createdOn: today(),
      createdBy: user.username,
    };
    addDeskAccount({
      ...account,
      identityNumber: body.representative.identityNumber,
      phone: body.representative.phone,
    });
    writeAudit(user, {
      action: 'account.create-organisation',
      targets: [account.id],
      details: { taxCode: body.taxCode },
    });
    return response(201).json(account);
  }),

  http.post('/accounts/citizens', async ({ request, cookies, response }) => {
    // Signed in, whatever the role: a removed function is gone for everyone, and the attempt counts.
    const user = requireUser(cookies);
    refuseIfRemoved(user, 'api');
    requirePermission(cookies, 'accounts:create');
    const { body } = await valid('createCitizenAccount', request);
    if (body.birthDate > today()) invalidField('birthDate', 'too_big');
    const districtCode = communeInScope(user, body.communeCode);
    const fullName = body.fullName.trim();
    if (!fullName) invalidField('fullName', 'required');
    const account: CreatedAccount = {
      id: nextId('CD'),
      kind: 'citizen',
      displayName: fullName,
      taxCode: null,
      identityNumberMasked: mask(body.identityNumber),
      districtCode,
      communeCode: body.communeCode,
      createdOn: today(),
      createdBy: user.username,
    };
    addDeskAccount({ ...account, identityNumber: body.identityNumber, phone: body.phone });
    writeAudit(user, { action: 'account.create-citizen', targets: [account.id] });
    return response(201).json(account);
  }),

  http.get('/accounts/citizens/form', ({ cookies }) => {
    const user = requireUser(cookies);
    refuseIfRemoved(user, 'form');
    return new HttpResponse(null, { status: 204 });
  }),
];
