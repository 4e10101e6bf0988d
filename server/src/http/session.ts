/** The session cookie: HttpOnly, SameSite=Lax, Secure behind HTTPS, Path=/. */
import type { FastifyReply } from 'fastify';

export const SESSION_COOKIE = 'sid';

export function setSessionCookie(reply: FastifyReply, sid: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, sid, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, '', {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: 0,
  });
}
