import { isApiError, problemTypes } from '../../../api/errors';
import { fieldProblem, type FieldRule } from '../../../lib/field-rules';
import type { I18nValue } from '../../../lib/i18n/I18nProvider';
import { fieldErrorText } from '../../../lib/problem';

export type Errors<F extends string> = Partial<Record<F, string>>;

/**
 * The server's field errors under the form's own field names (`fieldOf` maps a dotted API path to
 * a form field), and 403/409 answers that belong to one field.
 */
export function serverErrors<F extends string>(
  t: I18nValue['t'],
  error: unknown,
  fieldOf: Record<string, F>,
  special: { scope?: F; duplicate?: F; duplicateText?: string; scopeText?: string } = {},
): Errors<F> {
  if (!isApiError(error)) return {};
  const out: Errors<F> = {};
  if (error.type === problemTypes.validation) {
    for (const [path, e] of Object.entries(error.fieldErrors)) {
      const field = fieldOf[path];
      if (field) out[field] ??= fieldErrorText(t, e.code);
    }
  }
  if (error.status === 403 && special.scope) out[special.scope] = special.scopeText;
  if (error.status === 409 && special.duplicate) out[special.duplicate] = special.duplicateText;
  return out;
}

/** Move focus to the first field with an error, so keyboard and screen-reader users land on it. */
export function focusFirstError(form: HTMLFormElement | null, ids: string[]): void {
  for (const id of ids) {
    const el = form?.querySelector<HTMLElement>(`#${id}`);
    if (el) {
      el.focus();
      return;
    }
  }
}

/**
 * A react-hook-form `validate` for a field with the contract's `rule`: true when the value passes,
 * else what the user is told; a value without the contract's form is told `invalid`, the field's
 * own words, when it has some.
 */
export function contractCheck(t: I18nValue['t'], rule: FieldRule, invalid?: string) {
  return (value: string): true | string => {
    const problem = fieldProblem(rule, value);
    if (!problem) return true;
    if (problem === 'invalid_format' && invalid !== undefined) return invalid;
    return fieldErrorText(t, problem);
  };
}

/**
 * The `validate` of each field of a form: `contractCheck` with the field's contract rule and, where
 * `invalidText` names some, its own words for a value without the contract's form.
 */
export function contractValidator<F extends string>(
  t: I18nValue['t'],
  rules: Record<F, FieldRule>,
  invalidText: Partial<Record<F, Parameters<I18nValue['t']>[0]>>,
) {
  return (name: F) => {
    const key = invalidText[name];
    return contractCheck(t, rules[name], key === undefined ? undefined : t(key));
  };
}

/** The messages of the form's own checks (react-hook-form's errors), by field. */
export function clientMessages<F extends string>(
  fields: readonly F[],
  found: Partial<Record<F, { message?: string }>>,
): Errors<F> {
  return Object.fromEntries(
    fields.flatMap((x) => {
      const message = found[x]?.message;
      return message ? [[x, message]] : [];
    }),
  ) as Errors<F>;
}
