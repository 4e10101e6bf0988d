/**
 * The rules of a notice's input beyond the contract's schema, which both backends apply after the
 * request has been validated against src/api/openapi.yaml: a subject after trimming, the body's
 * limits (cleaned as it is stored), real districts, list sizes, dates in order. Every broken rule is
 * named.
 */
import type { FieldError } from '../api/errors';
import type { components } from '../api/schema';
import { cleanNoticeHtml } from './notice-html';
import { NOTICE_HTML_MAX_DEPTH } from './notice-limits';

type NoticeInput = components['schemas']['NoticeInput'];

export const MAX_NOTICE_RECIPIENTS = 30;
export const MAX_NOTICE_RELATED = 20;
export const MAX_NOTICE_DISTRICTS = 20;

/** The cleaned body, or every broken rule (the body's own among them). */
export function checkNoticeInput(
  input: NoticeInput,
  districts: ReadonlySet<string>,
): { ok: true; html: string } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!input.subject.trim()) errors.push({ field: 'subject', code: 'required' });
  const body = cleanNoticeHtml(input.bodyHtml);
  if (!body.ok) {
    errors.push({
      field: 'bodyHtml',
      code: body.problem,
      message:
        body.problem === 'too_deep'
          ? `Elements may nest at most ${NOTICE_HTML_MAX_DEPTH} deep.`
          : 'The body is too long.',
    });
  }
  input.audience.districtCodes.forEach((c, i) => {
    if (!districts.has(c))
      errors.push({ field: `audience.districtCodes.${i}`, code: 'invalid_value' });
  });
  if (input.audience.districtCodes.length > MAX_NOTICE_DISTRICTS)
    errors.push({ field: 'audience.districtCodes', code: 'too_big' });
  if ((input.recipients?.length ?? 0) > MAX_NOTICE_RECIPIENTS)
    errors.push({ field: 'recipients', code: 'too_big' });
  if ((input.related?.length ?? 0) > MAX_NOTICE_RELATED)
    errors.push({ field: 'related', code: 'too_big' });
  if (input.effectiveFrom && input.effectiveUntil && input.effectiveUntil < input.effectiveFrom)
    errors.push({ field: 'effectiveUntil', code: 'date_order' });
  if (errors.length || !body.ok) return { ok: false, errors };
  return { ok: true, html: body.html };
}
