import { expect, type Locator, type Page } from '@playwright/test';
import type { Design, DesignChange } from '../../src/core';
// Declares window.__podwright (the app's test hooks, on with ?test-hooks).
import type { PodwrightTestHooks } from '../../src/ui/dock/test-hooks';
import type { ManifestTestHooks, MarkerSummary } from '../../src/ui/manifest/test-hooks';

type HookedWindow = Window & { __podwright?: PodwrightTestHooks; __podwrightManifest?: ManifestTestHooks };
type HookFormat = 'k8s' | 'compose';

export type ManifestTab = 'Kubernetes' | 'Compose';

/**
 * The output dock under the canvas and its manifest editor, found the way a person finds them: the
 * "Output" region, its tabs, the labelled controls. The editor's text is read from what Monaco renders
 * (its visible lines, with U+00A0 for spaces), so only lines scrolled into view can be read; `scrollTo`
 * scrolls like a mouse wheel until a text shows. Copy gives the whole text.
 */
export class ManifestPage {
  readonly dock: Locator;
  readonly panel: Locator;
  readonly editor: Locator;
  readonly lines: Locator;
  readonly splitter: Locator;
  readonly notes: Locator;

  constructor(readonly page: Page) {
    this.dock = page.getByRole('region', { name: 'Output' });
    this.panel = this.dock.getByRole('tabpanel');
    this.editor = this.dock.locator('.monaco-editor').first();
    this.lines = this.editor.locator('.view-lines');
    this.splitter = this.dock.getByRole('separator', { name: 'Resize the output panel' });
    this.notes = this.dock.locator('.manifest-notes');
  }

  tab(name: ManifestTab): Locator {
    return this.dock.getByRole('tab', { name, exact: true });
  }

  async openTab(name: ManifestTab): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  control(role: 'button' | 'checkbox' | 'combobox' | 'textbox', name: string | RegExp): Locator {
    return this.dock.getByRole(role, { name });
  }

  /** Waits until Monaco has rendered some text. */
  async waitForEditor(): Promise<void> {
    await expect(this.lines).toContainText(/\S/, { timeout: 30_000 });
  }

  /** The visible lines, spaces normalised. */
  async visibleText(): Promise<string> {
    return (await this.lines.innerText()).replace(/\u00a0/g, ' ');
  }

  /** Waits until the visible text contains `text` (Monaco renders after the store changes). */
  async expectVisible(text: string | RegExp): Promise<void> {
    await expect.poll(() => this.visibleText(), { timeout: 10_000 }).toMatch(asPattern(text));
  }

  /**
   * Scrolls the editor from the top, a wheel notch at a time, until `text` is in view, then on to the
   * middle of the editor, clear of its edges and of the sticky lines at its top.
   */
  async scrollTo(text: string | RegExp, maxNotches = 80): Promise<void> {
    const pattern = asPattern(text);
    await this.scrollToTop();
    for (let notch = 0; notch < maxNotches; notch++) {
      if (pattern.test(await this.visibleText())) {
        const box = (await this.editor.boundingBox())!;
        const line = (await this.lines
          .locator('.view-line')
          .filter({ hasText: typeof text === 'string' ? spaced(text) : text })
          .first()
          .boundingBox())!;
        const offset = line.y - (box.y + box.height / 2);
        if (offset > 0) {
          await this.page.mouse.wheel(0, offset);
          await this.page.waitForTimeout(100);
        }
        return;
      }
      await this.page.mouse.wheel(0, 120);
      await this.page.waitForTimeout(30);
    }
    throw new Error(`"${String(text)}" did not scroll into view`);
  }

  async scrollToTop(): Promise<void> {
    await this.editor.hover({ position: { x: 200, y: 60 } });
    for (let notch = 0; notch < 200 && (await this.scrollTop()) > 0; notch++)
      await this.page.mouse.wheel(0, -2000);
  }

  /** The editor's vertical scroll offset, from its scrollbar (what a reader sees move). */
  async scrollTop(): Promise<number> {
    return this.editor
      .locator('.lines-content')
      .evaluate((el) => -parseFloat((el as HTMLElement).style.top || '0'));
  }

  /** The rendered line element whose text contains `text` (it must be in view). */
  line(text: string): Locator {
    return this.lines
      .locator('.view-line')
      .filter({ hasText: spaced(text) })
      .first();
  }

  /** Where a rendered line sits on the screen, in pixels from the page top. */
  async lineTop(text: string): Promise<number> {
    return (await this.line(text).boundingBox())!.y;
  }

  /** Clicks the folding chevron in the gutter of the line showing `text`. */
  async toggleFold(text: string): Promise<void> {
    const top = await this.line(text).evaluate((el) => (el as HTMLElement).style.top);
    await this.editor
      .locator(
        `.margin-view-overlays > div[style*="top:${top}"] .cldr, .margin-view-overlays > div[style*="top: ${top}"] .cldr`,
      )
      .click();
  }

  /** Copies the whole text with the Copy button and reads it back from the clipboard. */
  async copyAll(): Promise<string> {
    await this.control('button', /^Copy the /).click();
    await expect(this.dock.getByRole('status')).toHaveText('Copied');
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /**
   * Makes design changes through the store, as the canvas or the inspector would (the page must be
   * opened with `?test-hooks`). Each change is its own step, like separate gestures.
   */
  async apply(...changes: DesignChange[]): Promise<void> {
    await this.page.evaluate((list) => {
      // oxlint-disable-next-line no-underscore-dangle -- the hooks' agreed name
      const hooks = (window as HookedWindow).__podwright;
      if (!hooks) throw new Error('open the app with ?test-hooks to change the design from a test');
      for (const change of list) {
        const result = hooks.store.getState().apply(change);
        if (!result.ok) throw new Error(result.error.message);
      }
    }, changes);
  }

  /** The edit mode toggle of the tab shown ("Edit", pressed while editing). */
  get editToggle(): Locator {
    return this.dock.getByRole('button', { name: 'Edit', exact: true });
  }

  /** The banner edit mode shows above the editor, and its status line. */
  get editBanner(): Locator {
    return this.dock.locator('.manifest-edit-banner');
  }

  async startEditing(): Promise<void> {
    await this.editToggle.click();
    await expect(this.editToggle).toHaveAttribute('aria-pressed', 'true');
    await expect(this.editBanner).toContainText('Editing — changes apply to the design');
  }

  async stopEditing(): Promise<void> {
    await this.editToggle.click();
    await expect(this.editToggle).toHaveAttribute('aria-pressed', 'false');
  }

  /** Puts the cursor at the end of the rendered line showing `text` (it must be in view). */
  async cursorToEndOf(text: string): Promise<void> {
    await this.line(text).click();
    await this.page.keyboard.press('End');
  }

  /** The markers Monaco holds for a format's model, of one owner or all (needs ?test-hooks). */
  async markers(format: HookFormat, owner?: string): Promise<MarkerSummary[]> {
    return this.page.evaluate(
      ([f, o]) => {
        // oxlint-disable-next-line no-underscore-dangle -- the hooks' agreed name
        const hooks = (window as HookedWindow).__podwrightManifest;
        if (!hooks) throw new Error('open the app with ?test-hooks and the manifest panel');
        return hooks.markers(f, o);
      },
      [format, owner] as const,
    );
  }

  /** The whole text of a format's model (needs ?test-hooks). */
  async modelText(format: HookFormat): Promise<string> {
    return this.page.evaluate((f) => {
      // oxlint-disable-next-line no-underscore-dangle -- the hooks' agreed name
      return (window as HookedWindow).__podwrightManifest!.text(f);
    }, format);
  }

  /** Replaces a format's whole text in one edit, like a paste (needs ?test-hooks). */
  async setModelText(format: HookFormat, text: string): Promise<void> {
    await this.page.evaluate(
      ([f, t]) => {
        // oxlint-disable-next-line no-underscore-dangle -- the hooks' agreed name
        (window as HookedWindow).__podwrightManifest!.setText(f, t);
      },
      [format, text] as const,
    );
  }

  /** The current design, from the store (needs ?test-hooks). */
  async design(): Promise<Design> {
    return this.page.evaluate(() => {
      // oxlint-disable-next-line no-underscore-dangle -- the hooks' agreed name
      return (window as HookedWindow).__podwright!.store.getState().design;
    });
  }

  /** Highlighted lines of the selected entity (the decoration's whole-line tint). */
  get highlighted(): Locator {
    return this.editor.locator('.manifest-selected-line');
  }
}

function asPattern(text: string | RegExp): RegExp {
  return typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : text;
}

/** A pattern for text as Monaco renders it: spaces may be U+00A0. */
function spaced(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00a0]'));
}
