/** Sign-in, sign-out and the signed-in user. Every outcome of a sign-in is audited. */
import { problemTypes } from '../../../src/api/errors';
import { problem } from '../http/problem';
import type { Handlers } from '../http/routing';
import { SESSION_COOKIE, clearSessionCookie, setSessionCookie } from '../http/session';

export const authRoutes: Handlers = {
  login: async ({ body, req, reply, services }) => {
    const { users, audit, config } = services;
    const username = body.username.trim();
    const locked = await users.lockedFor(username);
    if (locked > 0) {
      await audit.write(
        { username },
        {
          action: 'auth.sign-in.locked',
          details: { retryAfterSeconds: locked },
          outcome: 'refused',
        },
        req.ip,
      );
      throw problem(423, problemTypes.locked, 'Locked', {
        detail: 'Too many failed sign-ins.',
        retryAfterSeconds: locked,
      });
    }
    const user = await users.verifyPassword(username, body.password);
    if (!user) {
      const nowLocked = await users.recordFailure(username);
      await audit.write(
        { username },
        { action: 'auth.sign-in.failed', outcome: 'refused' },
        req.ip,
      );
      if (nowLocked) {
        await audit.write({ username }, { action: 'auth.lockout', outcome: 'refused' }, req.ip);
      }
      // One message for an unknown user and a wrong password: no hint which was wrong.
      throw problem(401, problemTypes.invalidCredentials, 'Invalid credentials', {
        detail: 'The username or password is not correct.',
      });
    }
    await users.clearFailures(username);
    // A new session id at every sign-in (no fixation); the old one, if any, ends.
    await users.endSession(req.cookies[SESSION_COOKIE]);
    const sid = await users.createSession(user.username);
    setSessionCookie(reply, sid, config.cookieSecure);
    await audit.write(user, { action: 'auth.sign-in' }, req.ip);
    return users.toApiUser(user);
  },

  logout: async ({ body, req, reply, services }) => {
    const { users, audit, config } = services;
    const sid = req.cookies[SESSION_COOKIE];
    const user = await users.sessionUser(sid);
    if (user && body?.everywhere) {
      const ended = await users.endAllSessions(user.username);
      await audit.write(
        user,
        { action: 'auth.sign-out-everywhere', details: { sessions: ended } },
        req.ip,
      );
    } else {
      await users.endSession(sid);
      if (user) await audit.write(user, { action: 'auth.sign-out' }, req.ip);
    }
    clearSessionCookie(reply, config.cookieSecure);
    reply.code(204);
    return undefined;
  },

  getMe: async ({ user, services }) => services.users.toApiUser(await user()),
};
