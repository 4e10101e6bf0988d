/** Notices as stored (tables notices, notice_attachments, notice_confirmations) and read back. */
import type { Selectable } from 'kysely';
import type { components } from '../../../src/api/schema';
import type { NoticesTable } from '../db/schema';
import type { Services } from '.';

export type Notice = components['schemas']['Notice'];
export type NoticeSummary = components['schemas']['NoticeSummary'];
export type NoticeInput = components['schemas']['NoticeInput'];
export type Audience = components['schemas']['NoticeAudience'];
export type UnitTree = components['schemas']['UnitTree'];
export type Row = Selectable<NoticesTable>;
export type AttachmentRow = {
  id: string;
  name: string;
  type: Notice['attachments'][number]['type'];
  size: number;
};

/** A notice row with what the rules need in the API's names. */
export interface Stored {
  row: Row;
  id: string;
  issuerCode: string;
  status: Row['status'];
  revision: number;
  issuedOn: string;
  audience: Audience;
}

export const stored = (row: Row): Stored => ({
  row,
  id: row.id,
  issuerCode: row.issuer_code,
  status: row.status,
  revision: row.revision,
  issuedOn: row.issued_on,
  audience: row.audience as Audience,
});

export async function findNotice(services: Services, id: string): Promise<Stored | null> {
  const row = await services.db
    .selectFrom('notices')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? stored(row) : null;
}

export async function attachmentsOf(services: Services, id: string): Promise<AttachmentRow[]> {
  return services.db
    .selectFrom('notice_attachments')
    .select(['id', 'name', 'type', 'size'])
    .where('notice_id', '=', id)
    .orderBy('ord')
    .execute();
}

export async function confirmedBy(services: Services, id: string): Promise<string[]> {
  const rows = await services.db
    .selectFrom('notice_confirmations')
    .select('username')
    .where('notice_id', '=', id)
    .orderBy('confirmed_at')
    .execute();
  return rows.map((r) => r.username);
}
