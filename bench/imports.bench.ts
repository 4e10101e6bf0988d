/**
 * The import in the demo (issue 19): a 300,000-row XLSX read and checked in the browser, in the
 * demo backend's Web Worker, from choosing the file on `/imports` to the summary on screen, with
 * the longest main-thread task meanwhile (the page must never freeze). The server's import is
 * timed in `server.bench.ts`. `npm run bench -- imports`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDataset } from '../mocks/db/dataset';
import { DEFAULT_TODAY } from '../mocks/db/days';
import { sampleImportRows } from '../mocks/db/import-sample';
import { toXlsx } from '../src/lib/xlsx';
import { build, coldContext, open } from './browser';
import { ceiling, type BenchRow } from './types';

export const order = 40;

export async function run(): Promise<BenchRow[]> {
  const ds = buildDataset();
  // 300,000 rows, as the server's import bench (server.bench.ts) reads.
  const sample = (added: number) =>
    sampleImportRows(ds, { today: DEFAULT_TODAY, linked: 150_000, unchanged: 150_000, added });
  let rows = sample(0);
  rows = sample(300_001 - rows.length);
  const file = Buffer.from(toXlsx('DS', rows));
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const path = join(dir, 'danh-sach-300k.xlsx');
  writeFileSync(path, file);
  if (!process.env.BENCH_REUSE_BUILD) build('demo');
  const s = await open('demo', 'admin.ict');
  try {
    const context = await coldContext(s);
    const page = await context.newPage();
    // In the page: when the file is chosen (the input's change event), and every main-thread
    // task longer than 50 ms from then on. Playwright hands the file over a DevTools connection
    // (base64, decoded in the page) before the change event: that transfer is not the app's.
    await page.addInitScript(() => {
      const w = window as unknown as { chosenAt: number | null; longTasks: number[] };
      w.chosenAt = null;
      w.longTasks = [];
      document.addEventListener('change', () => (w.chosenAt = performance.now()), true);
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (w.chosenAt !== null && e.startTime >= w.chosenAt) w.longTasks.push(e.duration);
        }
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${s.origin}/imports`);
    const input = page.getByLabel('Chọn tệp để kiểm tra');
    await input.waitFor({ state: 'attached' });
    await input.setInputFiles(path);
    const read = page.locator('[data-figure="rowsRead"]');
    // The summary's first figure, once the whole file is read (vi-VN digits: 300.000).
    const total = (rows.length - 1).toLocaleString('vi-VN');
    await read.filter({ hasText: total }).waitFor({ timeout: 180_000 });
    const { seconds, longTasks } = await page.evaluate(() => {
      const w = window as unknown as { chosenAt: number; longTasks: number[] };
      return { seconds: (performance.now() - w.chosenAt) / 1000, longTasks: w.longTasks };
    });
    const shown = (await read.textContent())?.trim();
    await context.close();
    return [
      {
        ...ceiling('Import in the demo: 300k-row XLSX read and checked', seconds, 's', 20),
        detail: `${(file.byteLength / 1048576).toFixed(1)} MiB; rows read shown: ${shown}`,
      },
      {
        ...ceiling(
          'Import in the demo: longest main-thread task meanwhile',
          Math.max(0, ...longTasks),
          'ms',
          50,
        ),
        detail: `${longTasks.length} tasks over 50 ms`,
      },
    ];
  } finally {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
