/**
 * The app, built and served by `vite preview`, open in Chromium with its test hooks: what every browser
 * benchmark starts from. PODWRIGHT_BENCH_DIST (or E2E_DIST) serves an existing build instead of building
 * one; PODWRIGHT_BENCH_PORT (or E2E_PORT) fixes the port, so parallel runs do not collide.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { systemChromium } from '../../scripts/system-chromium.mjs';
import type { Design, DesignChange } from '../../src/core';
// Declares window.__podwright (the app's test hooks, on with ?test-hooks).
import type { PodwrightTestHooks } from '../../src/ui/dock/test-hooks';

const ROOT = resolve(import.meta.dirname, '../..');

export async function serveBuild(): Promise<{ url: string; close(): Promise<void> }> {
  const existing = process.env.PODWRIGHT_BENCH_DIST ?? process.env.E2E_DIST;
  const port = Number(process.env.PODWRIGHT_BENCH_PORT ?? process.env.E2E_PORT ?? 0);
  const outDir = existing ? resolve(existing) : mkdtempSync(join(tmpdir(), 'podwright-bench-'));
  if (!existing) await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: port !== 0, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return {
    url,
    async close() {
      await server.close();
      if (!existing) rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Opens the app with `?test-hooks` (window.__podwright) and hands the page to `use`; cleans up after. */
export async function withAppPage<T>(use: (page: Page) => Promise<T>): Promise<T> {
  const server = await serveBuild();
  const browser = await chromium.launch({
    executablePath: systemChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // tsx (esbuild, keepNames) wraps named functions in __name(); the page has no such helper.
    await page.addInitScript('window.__name = (fn) => fn');
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${server.url}?test-hooks`);
    return await use(page);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Replaces the page's design with `design`, through the store, as one change (the test hooks' store). */
export async function replaceDesignIn(page: Page, design: Design): Promise<void> {
  await page.evaluate((d) => {
    // oxlint-disable-next-line no-underscore-dangle
    (window as Window & { __podwright?: PodwrightTestHooks }).__podwright!.store.getState().replaceDesign(d);
  }, design);
}

/**
 * Applies `change` through the store and resolves once the editor's new text has been painted (the
 * frame after the manifest panel's update). Both moments are marked for a trace (`console.timeStamp`
 * "podwright-change" and "podwright-painted").
 */
export async function applyUntilPainted(page: Page, change: DesignChange): Promise<void> {
  await page.evaluate(
    (c) =>
      new Promise<void>((done) => {
        window.addEventListener(
          'podwright:manifest-updated',
          () =>
            requestAnimationFrame(() =>
              setTimeout(() => {
                console.timeStamp('podwright-painted');
                done();
              }),
            ),
          { once: true },
        );
        console.timeStamp('podwright-change');
        // oxlint-disable-next-line no-underscore-dangle
        (window as Window & { __podwright?: PodwrightTestHooks }).__podwright!.store.getState().apply(c);
      }),
    change,
  );
}
