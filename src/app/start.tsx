import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initialI18n } from '../lib/i18n';
import { App } from './App';
import { holdFirstPage } from './first-page';
import { prefetchRouteData, prefetchSession, preloadRouteCode, routeHandles } from './preload';
import { makeQueryClient } from './providers';

/** Let the browser run what waits (input, paint) before the next step. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The app proper: everything the first screen needs, in the start chunks (see `codeSplitting` in
 * vite.config.ts). `ready` resolves when the demo backend, if any, answers requests.
 */
export async function startApp(ready: Promise<void> | null): Promise<void> {
  // The route's code and the messages download meanwhile.
  const handles = routeHandles(window.location.pathname);
  const routeCode = preloadRouteCode(handles);
  const i18n = initialI18n();
  // Asking for the route's files (a preload link each) is a task's worth on a phone: the rest waits
  // for the next one.
  await nextTask();
  await ready;
  const queryClient = makeQueryClient();
  const session = prefetchSession(queryClient);
  void prefetchRouteData(queryClient, window.location, handles);
  const { lang, messages } = await i18n;
  // The layout is shown first; the page follows in it once its code has come (see first-page.tsx),
  // and once what sits above it (the pinned notice, the switch-over banner) is known: coming after
  // the page, those would push it down on screen.
  holdFirstPage(window.location.pathname, Promise.all([routeCode, session]));
  // Let the browser breathe between evaluating the app's code and rendering it: two shorter tasks
  // instead of one long one.
  await nextTask();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  const reactRoot = createRoot(root);
  // A transition: React renders the first screen in slices of a few milliseconds, leaving the main
  // thread free between them, instead of in one task (116 ms on a phone's first visit, unthrottled).
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App queryClient={queryClient} lang={lang} messages={messages} />
      </StrictMode>,
    );
  });
}
