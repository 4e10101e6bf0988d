import { createElement, useEffect, useState, type ComponentType } from 'react';

let loaded: ComponentType | null = null;
let loading: Promise<ComponentType> | null = null;

/**
 * The pinned-notice banner's code, loaded once: by the start-up as soon as the session says the
 * user may read notices (src/app/preload.ts), and by the layout once it is on screen.
 */
export function loadPinnedNoticeBanner(): Promise<ComponentType> {
  loading ??= import('../features/notices/components/PinnedNoticeBanner').then(
    (m) => (loaded = m.default),
  );
  return loading;
}

/**
 * The pinned-notice banner, as soon as its code has come: the start-up asks for it with the session
 * (src/app/preload.ts), and the first page waits for it, so that the banner does not push the page
 * down once shown. Without that request, the code is loaded once the layout is on screen (`shown`).
 * Rendered without Suspense: a lazy component suspends at least once even when its code has come,
 * and React then holds the revealed content back (it was the largest paint of the page, a second
 * after the first on a desktop). The banner is one component for the app's life, so its state is
 * never reset.
 */
export function PinnedNoticeSlot({ shown }: { shown: boolean }) {
  const [banner, setBanner] = useState(() => loaded);
  useEffect(() => {
    if (banner || (!shown && !loading)) return;
    let live = true;
    loadPinnedNoticeBanner().then(
      (b) => live && setBanner(() => b),
      // The code did not come: the page works without the banner.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [shown, banner]);
  return banner ? createElement(banner) : null;
}
