import { describe, expect, it } from 'vitest';
import organisationSchema from 'virtual:contract-schema/OrganisationAccountRequest';
import { fieldProblem, fieldRule } from './field-rules';

describe('field rules read from the contract', () => {
  it('finds whether a field is required, nested ones too', () => {
    expect(fieldRule(organisationSchema, 'taxCode').required).toBe(true);
    expect(fieldRule(organisationSchema, 'email').required).toBe(false);
    expect(fieldRule(organisationSchema, 'representative.phone').required).toBe(true);
    expect(() => fieldRule(organisationSchema, 'representative.fax')).toThrow();
  });

  it('checks patterns, formats and lengths on the value without its outer spaces', () => {
    const tax = fieldRule(organisationSchema, 'taxCode');
    expect(fieldProblem(tax, '')).toBe('required');
    expect(fieldProblem(tax, ' 2400555666 ')).toBeNull();
    expect(fieldProblem(tax, '2400555666-001')).toBeNull();
    expect(fieldProblem(tax, '240055566')).toBe('invalid_format');
    const email = fieldRule(organisationSchema, 'email');
    expect(fieldProblem(email, '  ')).toBeNull();
    expect(fieldProblem(email, 'a@b')).toBe('invalid_format');
    expect(fieldProblem(email, 'ke-toan@congty.vn')).toBeNull();
    const name = fieldRule(organisationSchema, 'name');
    expect(name.maxLength).toBe(200);
    expect(fieldProblem(name, 'x'.repeat(201))).toBe('too_long');
  });
});
