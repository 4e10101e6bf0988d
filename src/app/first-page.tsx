import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { PageLoader } from '../components/PageLoader';

/** The page the app opens on, and its code (downloading, or come): see `holdFirstPage`. */
let firstPage: { pathname: string; code: Promise<unknown> } | null = null;

/**
 * The start-up hands over the code of the page it opens on (`pathname`). The first screen then
 * comes in two steps: the layout (app bar, navigation, banners) is shown at once, with a loader
 * where the page goes, and the page follows in a second render, once its code has come. On a phone
 * the layout is on screen a few hundred milliseconds sooner than if it waited for the page to
 * render with it. The loader is the layout's own, not a Suspense fallback: React reveals suspended
 * content no sooner than 300 ms after its fallback appeared, which would hold the page back.
 */
export function holdFirstPage(pathname: string, code: Promise<unknown>): void {
  firstPage = { pathname, code };
}

/** The layout's page (its children), after the layout itself on the app's first screen. */
export function FirstPageGate({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const [waiting, setWaiting] = useState(() =>
    firstPage?.pathname === pathname ? firstPage : null,
  );
  useEffect(() => {
    if (!waiting) return;
    let mounted = true;
    const show = () => {
      if (!mounted) return;
      if (firstPage === waiting) firstPage = null;
      // A transition: the page renders in slices, leaving the main thread free between them.
      startTransition(() => setWaiting(null));
    };
    void waiting.code.then(show, show);
    return () => {
      mounted = false;
    };
  }, [waiting]);
  return waiting ? <PageLoader /> : children;
}
