import { isApiError, problemTypes } from '../api/errors';
import type { I18nValue } from './i18n/I18nProvider';
import { formatIsoDate } from './dates';

/** A sentence for any error, in the user's language. Server wording is never shown raw. */
export function errorText(t: I18nValue['t'], error: unknown): string {
  if (!isApiError(error)) return t('errors.unknown', { status: '—' });
  switch (error.type) {
    case problemTypes.network:
      return t('errors.network');
    case problemTypes.validation:
      return t('errors.validation');
    case problemTypes.badResponse:
      return t('errors.badResponse');
    case problemTypes.gone:
      return t('errors.gone', { date: formatIsoDate(error.problem.since ?? '') });
    default:
      break;
  }
  if (error.status === 403) return t('errors.forbidden');
  if (error.status === 404) return t('errors.notFound');
  if (error.status === 409) return t('errors.conflict');
  if (error.status >= 500) return t('errors.server');
  return t('errors.unknown', { status: String(error.status) });
}

const fieldCodes = [
  'required',
  'too_long',
  'too_short',
  'invalid_format',
  'invalid_value',
  'too_small',
  'too_big',
  'date_order',
  'file_type',
  'file_size',
  'file_count',
] as const;

/** The message for one field error code from the server. */
export function fieldErrorText(t: I18nValue['t'], code: string): string {
  const known = (fieldCodes as readonly string[]).includes(code)
    ? (code as (typeof fieldCodes)[number])
    : 'invalid_value';
  return t(`errors.field.${known}`);
}
