/** Which notice a user may read or edit, by id, as the notice handlers find it (404, then 403). */
import type { DemoUser } from '../db/demo-users';
import { findNotice, mayEdit, mayRead, type StoredNotice } from '../db/notices';
import { forbidden, notFound } from './http';

/** The notice, or 404 when it does not exist or is not the user's to read. */
export function readable(id: string, user: DemoUser): StoredNotice {
  const n = findNotice(id);
  if (!n || !mayRead(n, user)) return notFound('Notice');
  return n;
}

/** The notice, or 404 as `readable`, or 403 when the user's department did not issue it. */
export function editable(id: string, user: DemoUser): StoredNotice {
  const n = findNotice(id);
  if (!n || !mayRead(n, user)) return notFound('Notice');
  if (!mayEdit(n, user)) return forbidden('Only the issuing department may edit this notice.');
  return n;
}
