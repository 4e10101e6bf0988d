import type vi from '../vi/auth';
import type { SameShape } from '../../lib/i18n/types';

export default {
  title: 'Sign in',
  subtitle: 'For officers, heads and administrators',
  username: 'Username',
  password: 'Password',
  submit: 'Sign in',
  submitting: 'Signing in…',
  invalid: 'Incorrect username or password.',
  locked:
    'The account is locked after too many failed attempts. Please try again in {seconds} seconds.',
  required: 'Please enter the {field}.',
  sessionExpired:
    'Your session has expired. Please sign in again; what you were entering has been kept.',
  signedOut: 'You have signed out.',
  demoUsers: {
    title: 'Demo users',
    hint: 'Every demo user has the password {password}. Pick a row to fill it in.',
    username: 'Username',
    role: 'Role',
    scope: 'Unit',
    use: 'Use {username}',
  },
} satisfies SameShape<typeof vi>;
