import { useFormDraft } from '../../../lib/form-draft';
import type { NoticeInput } from '../api/notice-actions';

/** Unsaved notice edits kept on this device, so a crash, closed tab or expired session loses nothing. */
export interface LocalDraft {
  values: NoticeInput;
  /** The server version the edits started from (0 for a notice not yet created). */
  baseVersion: number;
  savedAt: string;
}

function parseDraft(stored: unknown): LocalDraft | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { values, baseVersion } = stored as Partial<LocalDraft>;
  return typeof values === 'object' && values !== null && typeof baseVersion === 'number'
    ? (stored as LocalDraft)
    : null;
}

/** The draft of the notice `id` ("new" for one not yet created), kept in localStorage. */
export function useNoticeDraft(id: string) {
  return useFormDraft(`notice-draft:${id}`, { parse: parseDraft });
}
