/** The work list's saved filters per username, newest first, kept until "Reset demo data". */
import { onReset, persisted } from './storage';

export interface SavedView {
  id: string;
  name: string;
  query: Record<string, string>;
  createdAt: string;
}

/** A user keeps at most this many views (the newest). */
const VIEWS_KEPT = 30;

const savedViews = persisted<Record<string, SavedView[]>>('saved-views', () => ({}));
onReset(() => savedViews.drop());

export function viewsOf(username: string): SavedView[] {
  return savedViews.get()[username] ?? [];
}

export function saveView(username: string, name: string, query: Record<string, string>): SavedView {
  const view: SavedView = {
    id: `V${Date.now().toString(36)}`,
    createdAt: new Date().toISOString(),
    name,
    query,
  };
  savedViews.update((all) => ({
    ...all,
    [username]: [view, ...(all[username] ?? [])].slice(0, VIEWS_KEPT),
  }));
  return view;
}

/** Delete one of the user's views; false when the user has no view by that id. */
export function deleteView(username: string, viewId: string): boolean {
  const mine = viewsOf(username);
  if (!mine.some((v) => v.id === viewId)) return false;
  savedViews.update((all) => ({ ...all, [username]: mine.filter((v) => v.id !== viewId) }));
  return true;
}
