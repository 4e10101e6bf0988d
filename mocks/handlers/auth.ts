import { problemTypes } from '../../src/api/errors';
import {
  checkPassword,
  clearFailures,
  createSession,
  endSession,
  findDemoUser,
  lockedFor,
  recordFailure,
  toApiUser,
} from '../db/users';
import { SESSION_COOKIE, fail, http, requireUser, valid } from './http';

const cookie = (value: string, maxAge?: number) =>
  `${SESSION_COOKIE}=${value}; Path=/; SameSite=Lax${maxAge === undefined ? '' : `; Max-Age=${maxAge}`}`;

export const authHandlers = [
  http.post('/auth/login', async ({ request, response }) => {
    const { body } = await valid('login', request);
    // As the server: the name without surrounding spaces; the password exactly as typed.
    const username = body.username.trim();
    const { password } = body;
    const locked = lockedFor(username);
    if (locked > 0) {
      fail(423, problemTypes.locked, 'Locked', {
        detail: 'Too many failed sign-ins.',
        retryAfterSeconds: locked,
      });
    }
    const user = findDemoUser(username);
    if (!user || !checkPassword(user, password)) {
      recordFailure(username);
      // One message for an unknown user and a wrong password: no hint which was wrong.
      fail(401, problemTypes.invalidCredentials, 'Invalid credentials', {
        detail: 'The username or password is not correct.',
      });
    }
    clearFailures(username);
    const sid = createSession(user.username);
    return response(200).json(toApiUser(user), { headers: { 'Set-Cookie': cookie(sid) } });
  }),

  http.post('/auth/logout', async ({ request, cookies, response }) => {
    await valid('logout', request);
    endSession(cookies[SESSION_COOKIE]);
    return response(204).empty({ headers: { 'Set-Cookie': cookie('', 0) } });
  }),

  http.get('/auth/me', ({ cookies, response }) => {
    const user = requireUser(cookies);
    return response(200).json(toApiUser(user));
  }),
];
