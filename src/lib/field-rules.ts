/**
 * A form field's rules read from the contract's JSON Schema (see `virtual:contract-schema/*`), so
 * that the browser checks what the backends will check, written once in src/api/openapi.yaml.
 */

/** The part of JSON Schema the contract's request bodies use. */
export interface JsonSchema {
  type?: string | string[];
  required?: string[];
  properties?: Record<string, JsonSchema>;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  description?: string;
}

/** One field's rules: whether it must be given, and what a given value must look like. */
export interface FieldRule {
  required: boolean;
  pattern?: RegExp;
  format?: string;
  maxLength?: number;
}

/** What is wrong with a value, as the problem details' field codes name it (`src/lib/problem.ts`). */
export type FieldProblem = 'required' | 'invalid_format' | 'too_long';

/**
 * The browser's check of a format the contract names. Looser than the backends' on purpose: it
 * catches typing slips, and the backends have the last word.
 */
const formats: Record<string, RegExp> = {
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
};

/**
 * The rule of the property at a dotted `path` (`representative.phone`) of an object schema (one of
 * `virtual:contract-schema/*`).
 */
export function fieldRule(schema: Readonly<Record<string, unknown>>, path: string): FieldRule {
  let parent = schema as JsonSchema;
  const names = path.split('.');
  names.slice(0, -1).forEach((name) => {
    const next = parent.properties?.[name];
    if (!next) throw new Error(`fieldRule: no property ${name} in ${path}`);
    parent = next;
  });
  const name = names.at(-1)!;
  const own = parent.properties?.[name];
  if (!own) throw new Error(`fieldRule: no property ${path}`);
  return {
    required: parent.required?.includes(name) ?? false,
    ...(own.pattern ? { pattern: new RegExp(own.pattern, 'u') } : {}),
    ...(own.format && formats[own.format] ? { format: own.format } : {}),
    ...(own.maxLength !== undefined ? { maxLength: own.maxLength } : {}),
  };
}

/** What is wrong with `value` (compared without its outer spaces), or null when it passes. */
export function fieldProblem(rule: FieldRule, value: string): FieldProblem | null {
  const v = value.trim();
  if (!v) return rule.required ? 'required' : null;
  if (rule.pattern && !rule.pattern.test(v)) return 'invalid_format';
  if (rule.format && !formats[rule.format]!.test(v)) return 'invalid_format';
  if (rule.maxLength !== undefined && v.length > rule.maxLength) return 'too_long';
  return null;
}
