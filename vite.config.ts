import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { apiOrigin, securityHeaders } from './scripts/security-headers.js';
import { brand, markSvg } from './src/config/brand';

/**
 * `public/mockServiceWorker.js` must live in public/ for demo builds (MSW serves it from the site
 * root), but a production build ships no mock code: drop it from the output there.
 */
function dropMockWorkerOutsideDemo(mode: string): Plugin {
  let outDir = 'dist';
  return {
    name: 'drop-mock-worker-outside-demo',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle() {
      if (mode !== 'demo') rmSync(join(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/** The API base a build in `mode` calls: VITE_API_BASE_URL (environment first, then .env files). */
function apiBaseUrl(mode: string): string {
  return (loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL || '/api').replace(/\/+$/, '');
}

/**
 * Production builds: the browser asks for the session and the policy while it parses index.html,
 * instead of after the app's code has downloaded and run (and, for an API on another origin, opens
 * the connection to it at once). The client's own requests (same URL, CORS with credentials) take
 * the preloaded answers. Not in demo builds, where the mock service worker answers only once the
 * app has started it.
 */
function preloadStartupCalls(mode: string): Plugin {
  return {
    name: 'preload-startup-calls',
    apply: 'build',
    transformIndexHtml() {
      if (mode === 'demo') return [];
      const base = apiBaseUrl(mode);
      const link = (attrs: Record<string, string>) => ({
        tag: 'link',
        attrs: { ...attrs, crossorigin: 'use-credentials' },
        injectTo: 'head-prepend' as const,
      });
      const tags = ['/auth/me', '/policy'].map((p) =>
        link({ rel: 'preload', as: 'fetch', href: `${base}${p}` }),
      );
      const origin = apiOrigin(base);
      if (origin) tags.unshift(link({ rel: 'preconnect', href: origin }));
      return tags;
    },
  };
}

/**
 * The first screen, painted from index.html alone while the app's code downloads: the app bar in
 * its colour and height, with the mark, on the page background. React replaces it on its first
 * render (the app bars show the same mark in the same colour), so nothing shifts. No words: the
 * language is not known yet, and the app's texts live in its translation files.
 */
function appShell(): Plugin {
  const { toolbar } = brand;
  const style = [
    `body{margin:0;background:${brand.background}}`,
    `.app-shell{position:fixed;top:0;left:0;right:0;height:${toolbar.portrait}px;display:flex;` +
      `align-items:center;padding:0 16px;background:${brand.primary};` +
      // MUI's elevation 4, as on the AppBar.
      'box-shadow:0 2px 4px -1px rgba(0,0,0,.2),0 4px 5px 0 rgba(0,0,0,.14),0 1px 10px 0 rgba(0,0,0,.12)}',
    `@media (orientation:landscape){.app-shell{height:${toolbar.landscape}px}}`,
    `@media (min-width:600px){.app-shell{height:${toolbar.wide}px;padding:0 24px}}`,
  ].join('');
  return {
    name: 'app-shell',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => ({
        html: html.replace(
          '<div id="root"></div>',
          `<div id="root"><div class="app-shell" aria-hidden="true">${markSvg(28)}</div></div>`,
        ),
        tags: [{ tag: 'style', children: style, injectTo: 'head' }],
      }),
    },
  };
}

/**
 * Builds: which modules each chunk holds, for scripts/check-budget.mjs's guards on the start-up
 * chunks and the first screen. Written beside the build in node_modules/.cache (not shipped):
 * `chunk-report/<outDir>.json`, the chunks with their names, imports and modules relative to the root.
 */
function chunkReport(): Plugin {
  let root = '';
  let outDir = 'dist';
  return {
    name: 'chunk-report',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = config.build.outDir;
    },
    generateBundle(_, bundle) {
      const rel = (id: string) => (id.startsWith(root) ? id.slice(root.length + 1) : id);
      const chunks = Object.values(bundle)
        .filter((c) => c.type === 'chunk')
        .map((c) => ({
          fileName: c.fileName,
          name: c.name,
          isEntry: c.isEntry,
          imports: c.imports,
          dynamicImports: c.dynamicImports,
          modules: c.moduleIds.map(rel),
        }));
      const dir = join(root, 'node_modules/.cache/chunk-report');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${basename(outDir)}.json`), JSON.stringify(chunks, null, 1));
    },
  };
}

/** A file under src/, by its absolute path (as the bundler names modules). */
const src = (path: string) => join(import.meta.dirname, 'src', path);

type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };

/**
 * The start-up libraries' groups, a chunk each: React; the style engine (Emotion, MUI's system);
 * MUI's components; routing and data fetching.
 */
const vendorGroups = ['react', 'styles', 'mui', 'rest'] as const;
type VendorGroup = (typeof vendorGroups)[number];

/**
 * What the most visited pages share with others (libraries, `src/lib`, `src/components`) in one
 * file per group, rather than in the dozen small chunks the bundler would otherwise cut it into: on
 * HTTP/1.1 each file costs a phone on a slow line a round trip. `modules` are the pages (and the
 * layout's lazily loaded parts) whose imports the group takes. The features' own code stays in the
 * features' chunks. Pages opened later find the groups cached.
 */
interface SharedGroup {
  name: string;
  modules: readonly string[];
}

/**
 * Everything the app's start module imports statically, in five chunks (its libraries in four, then
 * the app's own code): the first screen needs all of it anyway, and five files arrive sooner than a
 * dozen (each request costs a round trip on a slow line). What the pages load on demand is grouped
 * by `shared`, in their order of priority; the rest stays in the bundler's own chunks.
 */
function codeSplitting(entry: string, earlyEntry: string, shared: readonly SharedGroup[]) {
  let startup: Set<string> | undefined;
  const reachable = (graph: ModuleGraph, from = entry) => {
    const seen = new Set<string>();
    const queue = [from];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
    }
    return seen;
  };
  const inStartup = (id: string, graph: ModuleGraph) => (startup ??= reachable(graph)).has(id);
  // The app's modules the entry imports itself (src/app/early-requests.ts) have a chunk of their
  // own: in the app's, the entry would wait for the whole app to be evaluated.
  let early: Set<string> | undefined;
  const inEarly = (id: string, graph: ModuleGraph) =>
    !id.includes('/node_modules/') && (early ??= reachable(graph, earlyEntry)).has(id);
  const imports = new Map<string, Set<string>>();
  const usedBy = (from: string, id: string, graph: ModuleGraph) => {
    let modules = imports.get(from);
    if (!modules) imports.set(from, (modules = reachable(graph, from)));
    return modules.has(id);
  };
  // The libraries apart, in the groups of `vendorGroups`: the app's own code changes more often
  // than they do, and a release leaves their files cached. A group takes the libraries its
  // packages match (React's would go with the router's), so the one taken first has the highest
  // priority.
  const library = (group: VendorGroup, packages: RegExp | null, priority: number) => ({
    name: (id: string, graph: ModuleGraph) =>
      inStartup(id, graph) && id.includes('/node_modules/') && (!packages || packages.test(id))
        ? `vendor-${group}`
        : null,
    debugName: `vendor-${group}`,
    priority,
  });
  return [
    // Vite's helper for dynamic imports, which src/main.tsx uses too, in a chunk of its own: in the
    // app's chunk, the entry would have the whole app evaluated before it runs.
    {
      name: (id: string) => (id === '\0vite/preload-helper.js' ? 'preload' : null),
      debugName: 'preload',
      priority: 5,
    },
    {
      name: (id: string, graph: ModuleGraph) => (inEarly(id, graph) ? 'early' : null),
      debugName: 'early',
      priority: 4.5,
    },
    library('react', /\/node_modules\/(react|react-dom|scheduler)\//, 4),
    library(
      'styles',
      /\/node_modules\/(@emotion\/[^/]+|stylis|@mui\/(system|utils|styled-engine))\//,
      3.5,
    ),
    library('mui', /\/node_modules\/(@mui|@emotion)\//, 3),
    library('rest', null, 2),
    {
      name: (id: string, graph: ModuleGraph) => (inStartup(id, graph) ? 'app' : null),
      debugName: 'app',
      priority: 1,
    },
    // A module both groups use goes with the first (the home page's, the lighter).
    ...shared.map(({ name, modules }, i) => ({
      name: (id: string, graph: ModuleGraph) =>
        !inStartup(id, graph) &&
        !id.includes('/src/features/') &&
        modules.some((m) => usedBy(m, id, graph))
          ? name
          : null,
      debugName: name,
      priority: 0.5 - i / 10,
    })),
  ];
}

/**
 * The start chunks (the libraries' four and the app's, with what they import) are preloaded with
 * low priority: they download at once, as non-blocking requests, so that nothing (browsers, or
 * Lighthouse's model of them) holds the first paint of the static screen for them. The entry
 * imports them only after that paint, so Vite would not preload them itself.
 */
function startChunkLowPriority(): Plugin {
  return {
    name: 'start-chunk-low-priority',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) => {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const files = new Set<string>();
        const add = (file: string) => {
          if (files.has(file) || html.includes(`href="/${file}"`)) return;
          files.add(file);
          chunks.find((c) => c.fileName === file)?.imports.forEach(add);
        };
        for (const name of [...vendorGroups.map((group) => `vendor-${group}`), 'app']) {
          const chunk = chunks.find((c) => c.name === name);
          if (!chunk) throw new Error(`No start chunk named ${name}`);
          add(chunk.fileName);
        }
        return [...files].map((file) => ({
          tag: 'link',
          attrs: {
            rel: 'modulepreload',
            fetchpriority: 'low',
            crossorigin: true,
            href: `/${file}`,
          },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    appShell(),
    startChunkLowPriority(),
    dropMockWorkerOutsideDemo(mode),
    preloadStartupCalls(mode),
    chunkReport(),
  ],
  // Demo builds: MSW's cookie store needs only a sliver of tldts (see mocks/tldts-lite.ts).
  resolve:
    mode === 'demo' ? { alias: { tldts: join(import.meta.dirname, 'mocks/tldts-lite.ts') } } : {},
  server: { host: '127.0.0.1', port: 5317, strictPort: true },
  // The demo backend's worker as an ES module (it is started with `type: 'module'`): what its
  // handlers import on demand (the import's readers, the export writers, the notice rules) becomes
  // chunks fetched on first use; in Vite's default worker format (iife) they would be inlined.
  worker: { format: 'es' },
  // `npm start`: the demo backend's worker imports these; found only once it runs, they would have
  // the dev server re-bundle its dependencies and reload the page on a first start.
  optimizeDeps: {
    include: [
      'openapi-msw',
      // The contract's compiled validators' helpers (contract/ajv-runtime.ts), CommonJS files.
      'ajv-formats/dist/formats.js',
      'ajv/dist/runtime/ucs2length.js',
      'ajv/dist/runtime/equal.js',
    ],
  },
  preview: {
    host: '127.0.0.1',
    port: 4817,
    strictPort: true,
    // The same headers as docs/deploy/nginx.conf, so that the e2e tests run under them.
    headers: securityHeaders({
      demo: mode === 'demo',
      apiBaseUrl: apiBaseUrl(mode),
    }),
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: codeSplitting(src('app/start.tsx'), src('app/early-requests.ts'), [
            {
              name: 'shared-home',
              modules: [
                src('features/dashboard/routes/DashboardRoute.tsx'),
                // Shown on every signed-in page: the demo's bar, the pinned notice.
                src('features/demo/components/DemoBar.tsx'),
                src('features/notices/components/PinnedNoticeBanner.tsx'),
              ],
            },
            {
              name: 'shared-lists',
              modules: [src('features/accounts/routes/AccountsRoute.tsx')],
            },
          ]),
        },
      },
    },
  },
  test: {
    // Generous: the accounts route tests scan the 339,000-row dataset several times, and CI has two cores.
    testTimeout: 60_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          setupFiles: ['src/test/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        // The server and the conformance suite, in Node, on a seeded database made once per run
        // (server/test/seeded.ts): PGlite, or PostgreSQL when TEST_DATABASE_URL is set.
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts', 'contract/**/*.test.ts'],
          globalSetup: ['server/test/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
}));
