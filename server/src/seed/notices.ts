import { seedConfirmations, seedNotices } from '../../../mocks/db/notices-seed';
import { noticeText } from '../../../src/lib/notice-limits';
import { foldVietnamese } from '../../../src/lib/text';
import type { Database } from '../db';

/**
 * The demo's notices and the confirmations it starts with (mocks/db/notices-seed.ts, the module the
 * demo backend seeds from), as they are: their bodies are the demo's own, already clean.
 */
export async function seedDemoNotices(database: Database): Promise<void> {
  for (const n of seedNotices) {
    await database.query(
      `insert into notices (id, number, doc_type, subject, issuer_code, issuer_name, issued_on, place,
         status, pinned, effective_from, effective_until, version, revision, body_html,
         previous_body_html, audience, signer_authority, signer_title, signer_name, recipients,
         related, search_folded, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::jsonb,
         $18, $19, $20, $21, $22, $23, ($7::date)::timestamptz)
       on conflict (id) do nothing`,
      [
        n.id,
        n.number,
        n.docType,
        n.subject,
        n.issuerCode,
        n.issuerName,
        n.issuedOn,
        n.place,
        n.status,
        n.pinned,
        n.effectiveFrom,
        n.effectiveUntil,
        n.version,
        n.revision,
        n.bodyHtml,
        n.previousBodyHtml,
        JSON.stringify(n.audience),
        n.signerAuthority,
        n.signerTitle,
        n.signerName,
        n.recipients,
        n.related,
        foldVietnamese(`${n.subject} ${n.number} ${noticeText(n.bodyHtml)}`),
      ],
    );
  }
  for (const [id, usernames] of Object.entries(seedConfirmations)) {
    for (const [i, username] of usernames.entries()) {
      // In the order the demo lists them, on the notice's day.
      await database.query(
        `insert into notice_confirmations (notice_id, username, confirmed_at)
         select $1, $2, (issued_on::timestamptz + make_interval(secs => $3)) from notices where id = $1
         on conflict do nothing`,
        [id, username, i],
      );
    }
  }
}
