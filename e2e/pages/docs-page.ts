import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { Design } from '../../src/core';
// Declares window.__podwright (the app's test hooks, on with ?test-hooks).
import type { PodwrightTestHooks } from '../../src/ui/dock/test-hooks';

type HookedWindow = Window & { __podwright?: PodwrightTestHooks };

/** A file the app handed to the browser's download, with its suggested name and its bytes. */
export interface SavedFile {
  name: string;
  bytes: Buffer;
}

/**
 * The Docs tab of the dock: the design's documentation, its downloads (Markdown, SVG, PNG) in the
 * dock's header, and the image labels of the selected container.
 */
export class DocsPage {
  readonly tab: Locator;
  readonly dock: Locator;
  readonly document: Locator;
  readonly labels: Locator;

  constructor(readonly page: Page) {
    this.dock = page.getByRole('region', { name: 'Output' });
    this.tab = this.dock.getByRole('tab', { name: 'Docs' });
    this.document = this.dock.getByRole('region', { name: 'Documentation' });
    this.labels = this.dock.getByRole('complementary', { name: 'Image labels' });
  }

  async open(): Promise<void> {
    await this.tab.click();
    // The panel's chunk loads on first open; a busy machine takes a while.
    await expect(this.document).toBeVisible({ timeout: 15_000 });
  }

  /** Switches between the formatted document and its Markdown source. */
  async show(view: 'Formatted' | 'Markdown source'): Promise<void> {
    await this.document.getByRole('button', { name: view }).click();
  }

  get source(): Locator {
    return this.document.getByRole('figure', { name: 'Markdown source' });
  }

  button(name: 'Copy the documentation' | 'Download Markdown' | 'Download SVG' | 'Download PNG'): Locator {
    return this.dock.getByRole('button', { name, exact: true });
  }

  /** Clicks a download button and reads what the browser saved. */
  async download(name: 'Download Markdown' | 'Download SVG' | 'Download PNG'): Promise<SavedFile> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.button(name).click()]);
    return { name: download.suggestedFilename(), bytes: await readDownload(download) };
  }

  /** Replaces the design through the store, as Open or a template would (needs ?test-hooks). */
  async replaceDesign(design: Design): Promise<void> {
    await this.page.evaluate((next) => {
      // oxlint-disable-next-line no-underscore-dangle -- the hooks' agreed name
      const hooks = (window as HookedWindow).__podwright;
      if (!hooks) throw new Error('open the app with ?test-hooks');
      hooks.store.getState().replaceDesign(next);
    }, design);
  }

  /**
   * Loads an SVG in the page as an image and parses it as XML: its natural size (0 when the browser
   * cannot draw it) and the parser's complaint, if any.
   */
  async inspectSvg(svg: string): Promise<{ width: number; height: number; parserError: string | null }> {
    return this.page.evaluate(async (text) => {
      const error = new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror');
      const image = new Image();
      const loaded = new Promise<void>((resolve) => {
        image.onload = () => resolve();
        image.onerror = () => resolve();
      });
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
      await loaded;
      return {
        width: image.naturalWidth,
        height: image.naturalHeight,
        parserError: error?.textContent ?? null,
      };
    }, svg);
  }
}

async function readDownload(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}
