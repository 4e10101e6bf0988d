/** Notices as the contract's NoticeSummary and Notice, and a notice's read tracking. */
import { governingBodyOf, noticeTracking, pinnedOn } from '../../../src/lib/notice-audience';
import type { Services } from '.';
import {
  attachmentsOf,
  confirmedBy,
  type Notice,
  type NoticeSummary,
  type Stored,
  type UnitTree,
} from './notice-rows';
import { inAudience, mayEdit } from './notice-rules';
import type { SessionUser } from './users';

export function toNoticeSummary(
  tree: UnitTree,
  n: Stored,
  user: SessionUser,
  confirmed: boolean,
  day: string,
): NoticeSummary {
  const r = n.row;
  return {
    id: r.id,
    number: r.number,
    docType: r.doc_type,
    subject: r.subject,
    issuerCode: r.issuer_code,
    issuerName: r.issuer_name,
    issuedOn: r.issued_on,
    status: r.status,
    pinned: pinnedOn(
      {
        pinned: r.pinned,
        status: r.status,
        effectiveFrom: r.effective_from,
        effectiveUntil: r.effective_until,
      },
      day,
    ),
    effectiveFrom: r.effective_from,
    effectiveUntil: r.effective_until,
    version: r.version,
    revision: r.revision,
    confirmed,
    addressedToMe: inAudience(tree, n, user),
  };
}

export async function toNotice(
  services: Services,
  tree: UnitTree,
  n: Stored,
  user: SessionUser | null,
): Promise<Notice> {
  const r = n.row;
  const [attachments, confirmed] = await Promise.all([
    attachmentsOf(services, r.id),
    user
      ? services.db
          .selectFrom('notice_confirmations')
          .select('username')
          .where('notice_id', '=', r.id)
          .where('username', '=', user.username)
          .executeTakeFirst()
      : undefined,
  ]);
  return {
    id: r.id,
    number: r.number,
    docType: r.doc_type,
    subject: r.subject,
    issuerCode: r.issuer_code,
    issuerName: r.issuer_name,
    issuedOn: r.issued_on,
    status: r.status,
    // As stored: the document says it is pinned; lists say whether the pin holds today.
    pinned: r.pinned,
    effectiveFrom: r.effective_from,
    effectiveUntil: r.effective_until,
    version: r.version,
    revision: r.revision,
    bodyHtml: r.body_html,
    previousBodyHtml: r.previous_body_html,
    governingBodyName: governingBodyOf(r.issuer_code),
    place: r.place,
    signerAuthority: r.signer_authority,
    signerTitle: r.signer_title,
    signerName: r.signer_name,
    recipients: r.recipients,
    related: r.related,
    audience: n.audience,
    attachments,
    confirmed: Boolean(confirmed),
    canEdit: user ? mayEdit(n, user) : false,
    addressedToMe: user ? inAudience(tree, n, user) : false,
  };
}

/** Read tracking from the users of the system (the list of who has not confirmed) and the rules. */
export async function tracking(services: Services, tree: UnitTree, n: Stored) {
  const users = await services.db
    .selectFrom('users')
    .select(['username', 'display_name', 'unit_code'])
    .where('disabled', '=', false)
    .orderBy('created_at')
    .orderBy('username')
    .execute();
  return noticeTracking(
    tree,
    n,
    users.map((u) => ({
      username: u.username,
      displayName: u.display_name,
      unitCode: u.unit_code,
    })),
    await confirmedBy(services, n.id),
  );
}
