import { describe, expect, it } from 'vitest';
import { api } from '../../src/api/client';
import type { ApiError } from '../../src/api/errors';
import type { components } from '../../src/api/schema';

type OrgRequest = components['schemas']['OrganisationAccountRequest'];

async function signIn(username: string) {
  await api.POST('/auth/login', { body: { username, password: 'demo' } });
}
async function setDay(today: string) {
  await api.PUT('/demo/state', { body: { today } });
}
async function failure(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call;
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('expected the call to fail');
}

// Xã Thượng Lan, TX Việt Yên (district 222).
const VIET_YEN_COMMUNE = '07759';

const org = (over: Partial<OrgRequest> = {}): OrgRequest => ({
  taxCode: '2400123456',
  name: 'Công ty TNHH Nông sản Việt Yên',
  address: 'Số 12, đường Hoàng Hoa Thám',
  communeCode: VIET_YEN_COMMUNE,
  representative: { name: 'Thân Thị Mai', identityNumber: '024190001234', phone: '0912345678' },
  ...over,
});

const citizen = {
  fullName: 'Nguyễn Văn Bình',
  identityNumber: '024090012345',
  birthDate: '1990-03-02',
  phone: '0987654321',
  communeCode: VIET_YEN_COMMUNE,
};

describe('creating an organisation / business account', () => {
  it('works after the switch-over, in scope, and is audited', async () => {
    await signIn('officer.vietyen');
    await setDay('2024-06-20');
    const res = await api.POST('/accounts/organisations', { body: org() });
    expect(res.response.status).toBe(201);
    expect(res.data).toMatchObject({
      kind: 'organisation',
      taxCode: '2400123456',
      districtCode: '222',
      communeCode: VIET_YEN_COMMUNE,
      createdOn: '2024-06-20',
      createdBy: 'officer.vietyen',
      identityNumberMasked: '024•••••1234',
    });
    expect(res.data!.id).toMatch(/^DN\d{7}$/);
    await signIn('admin.ict');
    const audit = await api.GET('/audit', {
      params: { query: { action: 'account.create-organisation' } },
    });
    expect(audit.data!.items[0]).toMatchObject({ username: 'officer.vietyen', outcome: 'ok' });
  });

  it('accepts a branch tax code (10-3 digits)', async () => {
    await signIn('officer.center');
    const res = await api.POST('/accounts/organisations', {
      body: org({ taxCode: '2400123456-001' }),
    });
    expect(res.response.status).toBe(201);
  });

  it('names every field the contract refuses', async () => {
    await signIn('officer.vietyen');
    const e = await failure(
      api.POST('/accounts/organisations', {
        body: org({
          taxCode: '24001',
          address: '',
          representative: { name: '', identityNumber: '02419000123', phone: '12345' },
        }),
      }),
    );
    expect(e.status).toBe(400);
    expect(Object.keys(e.fieldErrors).sort()).toEqual([
      'address',
      'representative.identityNumber',
      'representative.name',
      'representative.phone',
      'taxCode',
    ]);
    expect(e.fieldErrors.taxCode!.code).toBe('invalid_format');
    expect(e.fieldErrors.address!.code).toBe('required');
  });

  it('refuses a name of spaces once the rest is valid, as the server does', async () => {
    await signIn('officer.vietyen');
    const e = await failure(api.POST('/accounts/organisations', { body: org({ name: '   ' }) }));
    expect(e.status).toBe(400);
    expect(Object.keys(e.fieldErrors)).toEqual(['name']);
    expect(e.fieldErrors.name!.code).toBe('required');
  });

  it('refuses an unknown commune (400) and a commune outside the unit (403)', async () => {
    await signIn('officer.vietyen');
    const unknown = await failure(
      api.POST('/accounts/organisations', { body: org({ communeCode: '99999' }) }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.fieldErrors.communeCode).toBeDefined();
    // Thị trấn Chũ, Lục Ngạn (219): not Việt Yên's.
    const outside = await failure(
      api.POST('/accounts/organisations', { body: org({ communeCode: '07525' }) }),
    );
    expect(outside.status).toBe(403);
  });

  it('refuses a tax code opened twice (409) and roles without the permission (403)', async () => {
    await signIn('officer.center');
    await api.POST('/accounts/organisations', { body: org() });
    const again = await failure(api.POST('/accounts/organisations', { body: org() }));
    expect(again.status).toBe(409);
    await signIn('head.ict');
    const head = await failure(
      api.POST('/accounts/organisations', { body: org({ taxCode: '2400999999' }) }),
    );
    expect(head.status).toBe(403);
  });
});

describe('creating a citizen account, by the date', () => {
  it('still works on 10/06/2024, before the function was removed', async () => {
    await signIn('officer.vietyen');
    await setDay('2024-06-10');
    const res = await api.POST('/accounts/citizens', { body: citizen });
    expect(res.response.status).toBe(201);
    expect(res.data).toMatchObject({ kind: 'citizen', displayName: 'Nguyễn Văn Bình' });
    expect(res.data!.id).toMatch(/^CD\d{7}$/);
  });

  it('validates the citizen form before the switch', async () => {
    await signIn('officer.vietyen');
    await setDay('2024-06-14');
    const e = await failure(
      api.POST('/accounts/citizens', {
        body: { ...citizen, identityNumber: '123456789', birthDate: '2024-07-01' },
      }),
    );
    expect(e.status).toBe(400);
    expect(e.fieldErrors.identityNumber).toBeDefined();
  });

  it.each(['officer.vietyen', 'admin.ict', 'head.ict', 'admin.justice'])(
    'answers 410 Gone from 15/06/2024 to %s, with the date, and audits the attempt',
    async (username) => {
      await signIn(username);
      await setDay('2024-06-15');
      const e = await failure(api.POST('/accounts/citizens', { body: citizen }));
      expect(e.status).toBe(410);
      expect(e.problem).toMatchObject({ type: 'urn:problem:gone', since: '2024-06-15' });
      expect(e.problem.detail).toMatch(/VNeID/);
      await signIn('admin.ict');
      const audit = await api.GET('/audit', {
        params: { query: { action: 'account.create-citizen.refused' } },
      });
      expect(audit.data!.items[0]).toMatchObject({ username, outcome: 'refused' });
    },
  );

  it('is gone whatever the body: an empty one gets 410, not 400', async () => {
    await signIn('officer.center');
    await setDay('2024-07-20');
    const res = await fetch(new URL('/api/accounts/citizens', location.origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
      credentials: 'include',
    });
    expect(res.status).toBe(410);
  });

  it('still needs a session: 401 when signed out', async () => {
    await setDay('2024-06-20');
    await api.POST('/auth/logout');
    const e = await failure(api.POST('/accounts/citizens', { body: citizen }));
    expect(e.status).toBe(401);
  });
});
