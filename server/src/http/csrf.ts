/**
 * Cross-site request forgery: a request that changes something (POST, PUT, PATCH, DELETE) must
 * come from one of the site's own origins, as its Origin header says (or, when a browser sends
 * none, its Referer). Together with the contract's media types (JSON, or the multipart named for
 * attachments, checked in routing.ts), a form or a text/plain request from another site is refused
 * before it reaches a handler. The session cookie's SameSite=Lax is a second line.
 */
import type { FastifyRequest } from 'fastify';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/** Null when the request may go on, else why it may not. */
export function csrfRefusal(req: FastifyRequest, allowed: readonly string[]): string | null {
  if (SAFE.has(req.method)) return null;
  const origin = req.headers.origin;
  const from = origin && origin !== 'null' ? originOf(origin) : originOf(req.headers.referer);
  if (!from) return 'A change must say where it comes from (Origin or Referer).';
  if (!allowed.includes(from)) return `Changes are not accepted from ${from}.`;
  return null;
}
