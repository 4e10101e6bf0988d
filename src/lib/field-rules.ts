/**
 * A form field's rules as the contract states them (src/api/field-rules.gen.ts, generated from
 * src/api/openapi.yaml by `npm run gen:api`), so that the browser checks what the backends will
 * check, written once in the contract.
 */
import type { ContractFieldRules } from '../api/field-rules.gen';

/** One field's rules: whether it must be given, and what a given value must look like. */
export interface FieldRule {
  required: boolean;
  pattern?: RegExp;
  format?: string;
  minLength?: number;
  maxLength?: number;
}

/** What is wrong with a value, as the problem details' field codes name it (`src/lib/problem.ts`). */
export type FieldProblem = 'required' | 'invalid_format' | 'too_short' | 'too_long';

/** A calendar day written `yyyy-MM-dd` that exists (no 31/02). */
function isDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/**
 * The browser's check of a format the contract names. Looser than the backends' where it can be
 * (an email address): it catches typing slips, and the backends have the last word.
 */
const formats: Record<string, (v: string) => boolean> = {
  email: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
  date: isDate,
};

/** The rule of the field at `path` (`representative.phone`) of one of the contract's bodies. */
export function fieldRule<R extends ContractFieldRules>(
  rules: R,
  path: keyof R & string,
): FieldRule {
  const own = rules[path];
  if (!own) throw new Error(`fieldRule: no field ${path}`);
  return {
    required: own.required,
    ...(own.pattern !== undefined ? { pattern: new RegExp(own.pattern, 'u') } : {}),
    ...(own.format !== undefined && formats[own.format] ? { format: own.format } : {}),
    ...(own.minLength !== undefined ? { minLength: own.minLength } : {}),
    ...(own.maxLength !== undefined ? { maxLength: own.maxLength } : {}),
  };
}

/** What is wrong with `value` (compared without its outer spaces), or null when it passes. */
export function fieldProblem(rule: FieldRule, value: string): FieldProblem | null {
  const v = value.trim();
  if (!v) return rule.required ? 'required' : null;
  if (rule.pattern && !rule.pattern.test(v)) return 'invalid_format';
  if (rule.format && !formats[rule.format]!(v)) return 'invalid_format';
  if (rule.minLength !== undefined && v.length < rule.minLength) return 'too_short';
  if (rule.maxLength !== undefined && v.length > rule.maxLength) return 'too_long';
  return null;
}
