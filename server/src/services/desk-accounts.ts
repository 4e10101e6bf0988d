/** Accounts opened at the desk: their ids (DN/CD and a sequence) and their row. */
import { sql, type Transaction } from 'kysely';
import { foldVietnamese } from '../../../src/lib/text';
import type { DB } from '../db/schema';
import type { Services } from '.';

/** A desk account's id: DN/CD and the next number of its kind. */
export async function nextDeskId(trx: Transaction<DB>, kind: 'organisation' | 'citizen') {
  const seq = kind === 'organisation' ? 'desk_organisation_ids' : 'desk_citizen_ids';
  const { rows } = await sql<{ n: number }>`select nextval(${seq}::regclass) as n`.execute(trx);
  return `${kind === 'organisation' ? 'DN' : 'CD'}${String(rows[0]!.n).padStart(7, '0')}`;
}

/** Insert an account opened at the desk (it joins the list, search, page and figures). */
export async function insertDeskAccount(
  trx: Transaction<DB>,
  services: Services,
  a: {
    id: string;
    kind: 'organisation' | 'citizen';
    name: string;
    identityNumber: string;
    phone: string;
    communeCode: string;
    districtCode: string;
    taxCode: string | null;
    createdBy: string;
  },
) {
  const today = services.clock.today();
  await trx
    .insertInto('accounts')
    .values({
      id: a.id,
      kind: a.kind,
      display_name: a.name,
      name_folded: foldVietnamese(a.name),
      identity_number: a.identityNumber,
      phone: a.phone,
      birth_year: null,
      commune_code: a.communeCode,
      district_code: a.districtCode,
      source: 'desk',
      // A citizen account opened at the desk waits for its owner to link VNeID (as the demo).
      reason: a.kind === 'citizen' ? 'verified_not_linked' : null,
      registered_on: today,
      last_seen_on: today,
      converted_on: null,
      duplicate_of: null,
      tax_code: a.taxCode,
      created_by: a.createdBy,
    })
    .execute();
}
