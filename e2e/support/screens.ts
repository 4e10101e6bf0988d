import { mkdirSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';

const sizes = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/**
 * Full-page screenshots at desktop and phone width, attached to the test and kept under
 * test-results/screens/ for people to look at. Restores the viewport afterwards.
 */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const before = page.viewportSize();
  mkdirSync('test-results/screens', { recursive: true });
  for (const [label, size] of Object.entries(sizes)) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    // The production builds over HTTP (projects `http`, `server`) keep their own copies.
    const project = testInfo.project.name === 'demo' ? '' : `-${testInfo.project.name}`;
    const path = `test-results/screens/${name}${project}-${label}.png`;
    const body = await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`${name}-${label}`, { body, contentType: 'image/png' });
  }
  if (before) await page.setViewportSize(before);
}
