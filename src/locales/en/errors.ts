import type vi from '../vi/errors';
import type { SameShape } from '../../lib/i18n/types';

export default {
  network: 'Cannot reach the server. Check the connection and try again.',
  server: 'The server ran into a problem. Please try again.',
  forbidden: 'You are not allowed to do this.',
  notFound: 'The requested data was not found.',
  conflict: 'Someone else changed this data.',
  validation: 'Some details are not valid. Please check the marked fields.',
  badResponse: 'The server answered in an unexpected format.',
  unknown: 'Something went wrong (code {status}).',
  gone: 'This function was removed on {date}.',
  loadFailed: 'This part could not be loaded.',
  field: {
    required: 'This field is required.',
    too_long: 'This is too long.',
    too_short: 'This is too short.',
    invalid_format: 'The format is not valid.',
    invalid_value: 'This value is not valid.',
    too_small: 'This value is too small.',
    too_big: 'This value is too large.',
    file_type: 'Only PDF, PNG or JPEG files are accepted.',
    file_size: 'The file is larger than 1 MB.',
    file_count: 'A notice can have at most 5 attachments.',
    too_deep: 'Formatting is nested too deeply (at most 32 levels).',
    date_order: 'The end date cannot be before the start date.',
  },
} satisfies SameShape<typeof vi>;
