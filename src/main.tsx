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

/**
 * Let the browser run what waits (input, paint) before the next step of the start-up. Not shared
 * with src/app/start.tsx: importing anything from the app's chunk here would have the entry
 * evaluate the whole app before its first step.
 */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

async function start() {
  // Demo builds only: the mock backend starts in a Web Worker at once (it builds the dataset there),
  // and MSW in this page starts intercepting before the first request. In a production build this
  // branch is dropped at build time, and with it every module under mocks/.
  let demo: Promise<void> | null = null;
  if (import.meta.env.VITE_DEMO === 'true') {
    const backend = import('../mocks/worker/start').then((m) => m.startBackendWorker());
    demo = Promise.all([backend, import('../mocks/browser')]).then(([worker, msw]) =>
      msw.startDemoBackend(worker),
    );
  }
  await afterPaint();
  // The first screen's libraries, each group in a task of its own (each is a chunk of its own: see
  // `codeSplitting` in vite.config.ts). On a phone, evaluating them all at once is one long task
  // that blocks input; in four steps, none is long.
  const steps = [
    () => import('./app/vendor/react'),
    () => import('./app/vendor/styles'),
    () => import('./app/vendor/mui'),
    () => import('./app/vendor/rest'),
  ];
  for (const step of steps) {
    await step();
    await nextTask();
  }
  const { startApp } = await import('./app/start');
  await startApp(demo);
}

void start();
