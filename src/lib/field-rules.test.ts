import { describe, expect, it } from 'vitest';
import { citizenAccountRequest, organisationAccountRequest } from '../api/field-rules.gen';
import { fieldProblem, fieldRule } from './field-rules';

describe('field rules read from the contract', () => {
  it('finds whether a field is required, nested ones too', () => {
    expect(fieldRule(organisationAccountRequest, 'taxCode').required).toBe(true);
    expect(fieldRule(organisationAccountRequest, 'email').required).toBe(false);
    expect(fieldRule(organisationAccountRequest, 'representative.phone').required).toBe(true);
    // @ts-expect-error: the contract has no such field, and the compiler knows it.
    expect(() => fieldRule(organisationAccountRequest, 'representative.fax')).toThrow();
  });

  it('checks patterns, formats and lengths on the value without its outer spaces', () => {
    const tax = fieldRule(organisationAccountRequest, 'taxCode');
    expect(fieldProblem(tax, '')).toBe('required');
    expect(fieldProblem(tax, ' 2400555666 ')).toBeNull();
    expect(fieldProblem(tax, '2400555666-001')).toBeNull();
    expect(fieldProblem(tax, '240055566')).toBe('invalid_format');
    const email = fieldRule(organisationAccountRequest, 'email');
    expect(fieldProblem(email, '  ')).toBeNull();
    expect(fieldProblem(email, 'a@b')).toBe('invalid_format');
    expect(fieldProblem(email, 'ke-toan@congty.vn')).toBeNull();
    const name = fieldRule(organisationAccountRequest, 'name');
    expect(name.maxLength).toBe(200);
    expect(fieldProblem(name, 'x'.repeat(201))).toBe('too_long');
  });

  it('checks a date as the contract names it: its pattern, and a day that exists', () => {
    const birth = fieldRule(citizenAccountRequest, 'birthDate');
    expect(birth).toMatchObject({ required: true, format: 'date' });
    expect(fieldProblem(birth, '1990-02-28')).toBeNull();
    expect(fieldProblem(birth, '1990-02-31')).toBe('invalid_format');
    expect(fieldProblem(birth, '28/02/1990')).toBe('invalid_format');
  });

  it('says a value shorter than the contract allows is too short', () => {
    expect(fieldProblem({ required: false, minLength: 3 }, 'ab')).toBe('too_short');
    expect(fieldProblem({ required: false, minLength: 3 }, 'abc')).toBeNull();
  });
});
