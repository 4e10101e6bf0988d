import { problemTypes } from '../../src/api/errors';
import {
  checkPassword,
  clearFailures,
  createSession,
  endSession,
  endSessionsOf,
  findDemoUser,
  lockedFor,
  recordFailure,
  sessionUser,
  toApiUser,
} from '../db/users';
import { writeAudit } from '../db/journal';
import { SESSION_COOKIE, fail, http, requireUser, valid } from './http';

const cookie = (value: string, maxAge?: number) =>
  `${SESSION_COOKIE}=${value}; Path=/; SameSite=Lax${maxAge === undefined ? '' : `; Max-Age=${maxAge}`}`;

export const authHandlers = [
  http.post('/auth/login', async ({ request, cookies, response }) => {
    const { body } = await valid('login', request);
    // As the server: the name without surrounding spaces; the password exactly as typed.
    const username = body.username.trim();
    const { password } = body;
    const locked = lockedFor(username);
    if (locked > 0) {
      writeAudit(
        { username },
        {
          action: 'auth.sign-in.locked',
          targets: [],
          details: { retryAfterSeconds: locked },
          outcome: 'refused',
        },
      );
      fail(423, problemTypes.locked, 'Locked', {
        detail: 'Too many failed sign-ins.',
        retryAfterSeconds: locked,
      });
    }
    const user = findDemoUser(username);
    if (!user || !checkPassword(user, password)) {
      const nowLocked = recordFailure(username);
      writeAudit({ username }, { action: 'auth.sign-in.failed', targets: [], outcome: 'refused' });
      if (nowLocked) {
        writeAudit({ username }, { action: 'auth.lockout', targets: [], outcome: 'refused' });
      }
      // One message for an unknown user and a wrong password: no hint which was wrong.
      fail(401, problemTypes.invalidCredentials, 'Invalid credentials', {
        detail: 'The username or password is not correct.',
      });
    }
    clearFailures(username);
    // A new session at every sign-in; the old one, if any, ends (as the server).
    endSession(cookies[SESSION_COOKIE]);
    const sid = createSession(user.username);
    writeAudit(user, { action: 'auth.sign-in', targets: [] });
    return response(200).json(toApiUser(user), { headers: { 'Set-Cookie': cookie(sid) } });
  }),

  http.post('/auth/logout', async ({ request, cookies, response }) => {
    const { body } = await valid('logout', request);
    const sid = cookies[SESSION_COOKIE];
    const user = sessionUser(sid);
    if (user && body?.everywhere) {
      const ended = endSessionsOf(user.username);
      writeAudit(user, {
        action: 'auth.sign-out-everywhere',
        targets: [],
        details: { sessions: ended },
      });
    } else {
      endSession(sid);
      if (user) writeAudit(user, { action: 'auth.sign-out', targets: [] });
    }
    return response(204).empty({ headers: { 'Set-Cookie': cookie('', 0) } });
  }),

  http.get('/auth/me', ({ cookies, response }) => {
    const user = requireUser(cookies);
    return response(200).json(toApiUser(user));
  }),
];
