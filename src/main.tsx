/**
 * The entry: small on purpose. The static first screen in index.html paints before the app's code
 * is evaluated (that takes a phone a few hundred milliseconds); the code itself is already
 * downloading, preloaded by index.html.
 */

/** After the next frame has painted; at the latest after 100 ms (a hidden tab paints no frames). */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    const done = () => setTimeout(resolve, 0);
    requestAnimationFrame(done);
    setTimeout(resolve, 100);
  });

async function start() {
  // Demo builds only: the mock backend starts in a Web Worker at once (it builds the dataset there),
  // and MSW in this page starts intercepting before the first request. In a production build this branch is dropped at build time,
  // and with it every module under mocks/.
  let demo: Promise<void> | null = null;
  if (import.meta.env.VITE_DEMO === 'true') {
    const backend = import('../mocks/worker/start').then((m) => m.startBackendWorker());
    demo = Promise.all([backend, import('../mocks/browser')]).then(([worker, msw]) =>
      msw.startDemoBackend(worker),
    );
  }
  await afterPaint();
  await import('./app/vendor');
  await new Promise((resolve) => setTimeout(resolve, 0));
  const { startApp } = await import('./app/start');
  await startApp(demo);
}

void start();
