/**
 * The organisation form's fields: their empty values, where each goes in the request body, the
 * contract's rule for each (src/api/openapi.yaml, OrganisationAccountRequest), and the draft kept
 * of them.
 */
import { organisationAccountRequest } from '../../../api/field-rules.gen';
import { fieldRule, type FieldRule } from '../../../lib/field-rules';
import type { OrganisationAccountRequest } from '../api/create-organisation';

export const fields = [
  'taxCode',
  'name',
  'address',
  'district',
  'communeCode',
  'email',
  'repName',
  'repId',
  'repPhone',
] as const;
export type Field = (typeof fields)[number];
export type Values = Record<Field, string>;

export const empty: Values = {
  taxCode: '',
  name: '',
  address: '',
  district: '',
  communeCode: '',
  email: '',
  repName: '',
  repId: '',
  repPhone: '',
};

/** Where each field of the form is in the request body (the district only narrows the communes). */
const pathOf = {
  taxCode: 'taxCode',
  name: 'name',
  address: 'address',
  communeCode: 'communeCode',
  email: 'email',
  repName: 'representative.name',
  repId: 'representative.identityNumber',
  repPhone: 'representative.phone',
} as const satisfies Partial<Record<Field, keyof typeof organisationAccountRequest>>;
export type BodyField = keyof typeof pathOf;

/** The form's field for each dotted path of the body, for the server's field errors. */
export const fieldOfPath = Object.fromEntries(
  Object.entries(pathOf).map(([field, path]) => [path, field as Field]),
) as Record<string, Field>;

/** The contract's rules for each field. */
export const rules = Object.fromEntries(
  Object.entries(pathOf).map(([field, path]) => [
    field,
    fieldRule(organisationAccountRequest, path),
  ]),
) as Record<BodyField, FieldRule>;

/** What a value that does not have the contract's form is told, by field. */
export const invalidText = {
  taxCode: 'policy.invalid.taxCode',
  email: 'policy.invalid.email',
  repId: 'policy.invalid.cccd',
  repPhone: 'policy.invalid.phone',
} as const satisfies Partial<Record<BodyField, string>>;

/** A draft in sessionStorage survives a reload or a sign-in after an expired session. */
export function parseDraft(stored: unknown): Values | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const out = { ...empty };
  for (const f of fields) {
    const v = (stored as Record<string, unknown>)[f];
    if (typeof v === 'string') out[f] = v.slice(0, 300);
  }
  return out;
}

export function toBody(v: Values): OrganisationAccountRequest {
  return {
    taxCode: v.taxCode.trim(),
    name: v.name.trim(),
    address: v.address.trim(),
    communeCode: v.communeCode,
    ...(v.email.trim() ? { email: v.email.trim() } : {}),
    representative: {
      name: v.repName.trim(),
      identityNumber: v.repId.trim(),
      phone: v.repPhone.trim(),
    },
  };
}
