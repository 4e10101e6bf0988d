/**
 * Accounts opened at the desk: an organisation's (unique by tax code), and a citizen's until the
 * policy removes the function (410 Gone from then, audited, before the body is read).
 */
import { problemTypes } from '../../../src/api/errors';
import type { components } from '../../../src/api/schema';
import { mask } from '../../../src/lib/account-search';
import { conflict, invalidField, problem } from '../http/problem';
import type { Ctx, EarlyChecks, EarlyCtx, Handlers, OperationId } from '../http/routing';
import { insertDeskAccount, nextDeskId } from '../services/desk-accounts';
import { ruleInForce } from '../services/policy';
import { unitIndex } from '../services/units';
import type { SessionUser } from '../services/users';

type CreatedAccount = components['schemas']['CreatedAccount'];

/** The commune's district, checked against the user's scope (403 outside it, audited). */
async function communeInScope(ctx: Ctx<OperationId>, user: SessionUser, code: string) {
  const units = await unitIndex(ctx.services);
  const commune = units.communes.get(code);
  if (!commune) throw invalidField('communeCode');
  if (user.scopeDistrictCode && user.scopeDistrictCode !== commune.districtCode)
    await ctx.refuse(user, 'The commune lies outside your unit.');
  return commune.districtCode;
}

/** From the removal day: audit the attempt and answer 410 Gone with the day and the reason. */
async function refuseIfRemoved(ctx: EarlyCtx, user: SessionUser, via: 'api' | 'form') {
  const removed = ruleInForce(ctx.services, 'citizen_account_creation_removed');
  if (!removed.inForce) return;
  await ctx.services.audit.write(
    user,
    {
      action: 'account.create-citizen.refused',
      details: { since: removed.since, via },
      outcome: 'refused',
    },
    ctx.req.ip,
  );
  throw problem(410, problemTypes.gone, 'Function removed', {
    since: removed.since ?? undefined,
    detail:
      'One-stop officers no longer create citizen accounts: citizens register and sign in with VNeID only (letter 3701/VPCP-KSTT).',
  });
}

export const accountCreationRoutes: Handlers = {
  createOrganisationAccount: async (ctx) => {
    const { services, require, req, reply } = ctx;
    const user = await require('accounts:create');
    const { body } = ctx;
    const districtCode = await communeInScope(ctx, user, body.communeCode);
    const name = body.name.trim();
    if (!name) throw invalidField('name', 'required');
    const taken = () =>
      conflict(`An account with tax code ${body.taxCode} was already opened at the desk.`);
    const exists = await services.db
      .selectFrom('accounts')
      .select('id')
      .where('tax_code', '=', body.taxCode)
      .where('source', '=', 'desk')
      .executeTakeFirst();
    if (exists) throw taken();
    const account: CreatedAccount = await services.db
      .transaction()
      .execute(async (trx) => {
        const id = await nextDeskId(trx, 'organisation');
        await insertDeskAccount(trx, services, {
          id,
          kind: 'organisation',
          name,
          identityNumber: body.representative.identityNumber,
          phone: body.representative.phone,
          communeCode: body.communeCode,
          districtCode,
          taxCode: body.taxCode,
          createdBy: user.username,
        });
        return {
          id,
          kind: 'organisation' as const,
          displayName: name,
          taxCode: body.taxCode,
          identityNumberMasked: mask(body.representative.identityNumber),
          districtCode,
          communeCode: body.communeCode,
          createdOn: services.clock.today(),
          createdBy: user.username,
        };
      })
      .catch((error: unknown) => {
        // Two desks registering the same tax code at once: the unique index decides.
        if (String((error as { code?: string }).code) === '23505') throw taken();
        throw error;
      });
    await services.audit.write(
      user,
      {
        action: 'account.create-organisation',
        targets: [account.id],
        details: { taxCode: body.taxCode },
      },
      req.ip,
    );
    reply.code(201);
    return account;
  },

  createCitizenAccount: async (ctx) => {
    const { services, require, req, reply } = ctx;
    // (Once removed, the early check below has answered 410 before the body was validated.)
    const user = await require('accounts:create');
    const { body } = ctx;
    if (body.birthDate > services.clock.today()) throw invalidField('birthDate', 'too_big');
    const districtCode = await communeInScope(ctx, user, body.communeCode);
    const name = body.fullName.trim();
    if (!name) throw invalidField('fullName', 'required');
    const account: CreatedAccount = await services.db.transaction().execute(async (trx) => {
      const id = await nextDeskId(trx, 'citizen');
      await insertDeskAccount(trx, services, {
        id,
        kind: 'citizen',
        name,
        identityNumber: body.identityNumber,
        phone: body.phone,
        communeCode: body.communeCode,
        districtCode,
        taxCode: null,
        createdBy: user.username,
      });
      return {
        id,
        kind: 'citizen' as const,
        displayName: name,
        taxCode: null,
        identityNumberMasked: mask(body.identityNumber),
        districtCode,
        communeCode: body.communeCode,
        createdOn: services.clock.today(),
        createdBy: user.username,
      };
    });
    await services.audit.write(
      user,
      { action: 'account.create-citizen', targets: [account.id] },
      req.ip,
    );
    reply.code(201);
    return account;
  },

  openCitizenAccountForm: async (ctx) => {
    await refuseIfRemoved(ctx, await ctx.user(), 'form');
    return undefined;
  },
};

export const accountCreationEarlyChecks: EarlyChecks = {
  // Signed in, whatever the role and the body: a removed function is gone for everyone, and the
  // attempt counts.
  createCitizenAccount: async (ctx) => refuseIfRemoved(ctx, await ctx.user(), 'api'),
};
