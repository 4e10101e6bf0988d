import type { NoticeInput } from '../api/notice-actions';

/** Unsaved notice edits kept on this device, so a crash, closed tab or expired session loses nothing. */
export interface LocalDraft {
  values: NoticeInput;
  /** The server version the edits started from (0 for a notice not yet created). */
  baseVersion: number;
  savedAt: string;
}

const key = (id: string) => `notice-draft:${id}`;

export function readLocalDraft(id: string): LocalDraft | null {
  try {
    const raw = localStorage.getItem(key(id));
    return raw ? (JSON.parse(raw) as LocalDraft) : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(id: string, draft: LocalDraft): void {
  try {
    localStorage.setItem(key(id), JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the server autosave still runs.
  }
}

export function clearLocalDraft(id: string): void {
  localStorage.removeItem(key(id));
}
