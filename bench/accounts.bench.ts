/**
 * The accounts work list on the full dataset: a page of 50 with a name search (marks ignored), a
 * status filter and a sort, different each run so that nothing answers from a cache.
 * (Moved here from bench/run.ts; the accounts engineer owns and may extend it.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { resolveChromiumPath, systemChromiumArgs } from '../scripts/chromium.js';
import { call, percentiles, signIn, timedRows } from './http';
import type { BenchRow } from './types';

export const order = 20;

const names = [
  'nguyen van',
  'tran thi',
  'le van',
  'pham thi',
  'hoang van',
  'than van',
  'giap thi',
  'ngo van',
];
const sorts = ['name', '-registeredOn', 'lastSeenOn', '-name', 'registeredOn'];

/** Export of the whole province's unconverted citizens (well over 100,000 rows), CSV streamed. */
async function exportRow(cookie: string): Promise<BenchRow> {
  const samples: number[] = [];
  let lines = 0;
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = await call(
      `/accounts/export?format=csv&kind=citizen&status=unconverted&sort=${sorts[i]}`,
      {
        cookie,
      },
    );
    const reader = r.body!.getReader();
    lines = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const byte of value) if (byte === 10) lines++;
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }
    samples.push(performance.now() - t);
  }
  const { median } = percentiles(samples);
  return {
    name: 'Export CSV of the filtered set, streamed (median of 3)',
    value: median / 1000,
    unit: 's',
    target: 5,
    met: median <= 5000 && lines > 100_000,
    detail: `${lines - 1} rows; heap +${Math.round((heapPeak - heapBefore) / 2 ** 20)} MiB while streaming`,
  };
}

const PREVIEW_PORT = 4927;

/**
 * Navigation to the first rows of /accounts in the demo build (the mock server and its dataset run
 * in the page), in Chromium: performance.now() when the first account link appears, median of 5
 * full page loads. Builds dist-demo first when it is missing.
 */
async function firstRowsRow(): Promise<BenchRow> {
  if (!existsSync('dist-demo/index.html')) {
    const b = spawnSync('npx', ['vite', 'build', '--mode', 'demo', '--outDir', 'dist-demo'], {
      encoding: 'utf8',
    });
    if (b.status !== 0) throw new Error(`demo build failed:\n${b.stderr || b.stdout}`);
  }
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--mode',
      'demo',
      '--outDir',
      'dist-demo',
      '--port',
      String(PREVIEW_PORT),
    ].concat(['--strictPort', '--host', '127.0.0.1']),
    { stdio: 'ignore', detached: true },
  );
  const origin = `http://127.0.0.1:${PREVIEW_PORT}`;
  const executablePath = resolveChromiumPath();
  const browser = await chromium.launch(
    executablePath ? { executablePath, args: systemChromiumArgs } : {},
  );
  try {
    for (let i = 0; ; i++) {
      if (
        await fetch(`${origin}/login`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (i > 100) throw new Error('vite preview did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('tbody a[href*="open=TK"]')) {
          (window as unknown as { firstRows: number }).firstRows = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${origin}/login?next=%2F`);
    await page.getByLabel(/^Tên đăng nhập/).fill('officer.vietyen');
    await page.getByLabel(/^Mật khẩu/).fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const q = encodeURIComponent(names[i % names.length]!);
      await page.goto(`${origin}/accounts?q=${q}&status=unconverted&sort=${sorts[i]}`);
      const handle = await page.waitForFunction(
        () => (window as unknown as { firstRows?: number }).firstRows,
        undefined,
        { timeout: 30_000 },
      );
      samples.push((await handle.jsonValue()) as number);
    }
    const { median } = percentiles(samples);
    return {
      name: 'Accounts page: navigation to first rows, demo build in Chromium (median of 5)',
      value: median,
      unit: 'ms',
      target: 700,
      met: median <= 700,
      detail: samples.map((s) => Math.round(s)).join(', '),
    };
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

export async function run(): Promise<BenchRow[]> {
  const head = await signIn('head.ict');
  const list = await timedRows(
    'Accounts list: search + filter + sort, page of 50',
    head,
    (i) => {
      const k = i + 1;
      const q = encodeURIComponent(names[k % names.length]!);
      return `/accounts?q=${q}&status=unconverted&sort=${sorts[k % sorts.length]}&pageSize=50&page=${1 + (k % 3)}`;
    },
    50,
  );
  return [...list, await exportRow(head), await firstRowsRow()];
}
