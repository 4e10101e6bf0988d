// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demoFiles, gzipBytes, isDemoReport, pageFiles } from './check-budget.mjs';

let dir = '';
function plant(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'check-budget-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A demo build as Vite writes it (minified imports, the worker started by a URL). */
const demoBuild = {
  'index.html': '<div class="app-shell"></div>',
  'mockServiceWorker.js': 'self.addEventListener("fetch",()=>{})',
  'assets/index-a1.js':
    'import"./early-b2.js";import{t as e}from"./preload-c3.js";e(()=>import("./start-d4.js"));e(()=>import(`./browser-e5.js`))',
  'assets/early-b2.js': 'export const x=1',
  'assets/preload-c3.js': 'export const t=f=>f()',
  'assets/app-f6.js': 'import{a}from"./vendor-react-g7.js";import("./DashboardRoute-h8.js")',
  'assets/vendor-react-g7.js': 'export const a=1',
  'assets/DashboardRoute-h8.js':
    'import{k}from"./shared-home-i9.js";import(`./ProgressReport-j0.js`)',
  'assets/shared-home-i9.js': 'export const k=1',
  'assets/ProgressReport-j0.js': 'export default 1',
  'assets/PinnedNoticeBanner-k1.js': 'import{k}from"./shared-home-i9.js"',
  'assets/DemoBar-l2.js': 'export default 1',
  'assets/start-d4.js':
    'new Worker(new URL(`/assets/backend.worker-m3.js`,``+import.meta.url),{type:`module`})',
  'assets/browser-e5.js': 'export const setupWorker=1',
  'assets/backend.worker-m3.js':
    'import{h}from"./handlers-n4.js";const r=()=>import(`./notice-input-o5.js`)\n//# sourceMappingURL=backend.worker-m3.js.map',
  'assets/handlers-n4.js': 'export const h=1',
  'assets/notice-input-o5.js': 'export const big="sanitize-html"',
  'assets/RichTextEditor-p6.js': 'export default 1',
};
const demoReport = [
  { fileName: 'assets/start-d4.js', modules: ['mocks/db/storage.ts', 'mocks/worker/start.ts'] },
  { fileName: 'assets/browser-e5.js', modules: ['mocks/browser.ts'] },
];

describe('scripts/check-budget.mjs', () => {
  it('counts the first screen of / from the entry, the start chunk, the route and the banner', () => {
    const { loaded } = pageFiles(plant(demoBuild));
    expect([...loaded].sort()).toEqual([
      'DashboardRoute-h8.js',
      'PinnedNoticeBanner-k1.js',
      'app-f6.js',
      'early-b2.js',
      'index-a1.js',
      'preload-c3.js',
      'shared-home-i9.js',
      'vendor-react-g7.js',
    ]);
  });

  it('adds the demo’s own files and the worker with its static imports, not its lazy ones', () => {
    expect(isDemoReport(demoReport)).toBe(true);
    expect(isDemoReport([{ fileName: 'assets/app-f6.js', modules: ['src/app/start.tsx'] }])).toBe(
      false,
    );
    const files = demoFiles(plant(demoBuild), demoReport);
    expect(files.page.sort()).toEqual([
      'DashboardRoute-h8.js',
      'DemoBar-l2.js',
      'PinnedNoticeBanner-k1.js',
      'app-f6.js',
      'browser-e5.js',
      'early-b2.js',
      'index-a1.js',
      'preload-c3.js',
      'shared-home-i9.js',
      'start-d4.js',
      'vendor-react-g7.js',
    ]);
    expect(files.worker.sort()).toEqual(['backend.worker-m3.js', 'handlers-n4.js']);
    expect(files.root).toEqual(['mockServiceWorker.js']);
  });

  it('counts files gzipped, without their source-map comment', () => {
    plant({
      'assets/a.js': 'export const a=1\n',
      'assets/b.js': 'export const a=1\n//# sourceMappingURL=b.js.map',
    });
    const one = gzipBytes(join(dir, 'assets'), ['a.js']);
    expect(one).toBeGreaterThan(0);
    expect(gzipBytes(join(dir, 'assets'), ['b.js'])).toBe(one);
  });

  it('says when a demo build starts no worker', () => {
    const build = { ...demoBuild, 'assets/start-d4.js': 'export const s=1' };
    expect(() => demoFiles(plant(build), demoReport)).toThrow(/starts no worker/);
  });
});
