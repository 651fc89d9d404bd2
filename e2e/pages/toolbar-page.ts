import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The app bar's actions, found by role and accessible name. */
export class ToolbarPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('toolbar', { name: 'Design actions' });
  }

  button(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  get undoButton(): Locator {
    return this.button('Undo');
  }

  get redoButton(): Locator {
    return this.button('Redo');
  }

  async undo(): Promise<void> {
    await this.undoButton.click();
  }

  async redo(): Promise<void> {
    await this.redoButton.click();
  }

  /** New; a design with content asks first, and `confirm` answers (false: the design is empty). */
  async newDesign({ confirm = true }: { confirm?: boolean } = {}): Promise<void> {
    await this.button('New').click();
    const dialog = this.page.getByRole('dialog', { name: 'Start a new design?' });
    if (confirm) await dialog.getByRole('button', { name: 'Start new design' }).click();
    await expect(dialog).toBeHidden();
  }

  async loadSample(): Promise<void> {
    await this.button('Load sample').click();
  }

  /** Opens a file through Open's file chooser, as a person picking it would. */
  async open(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.button('Open').click();
    await (await chooser).setFiles(file);
  }

  /** Saves and returns the download. */
  async save(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.button('Save').click();
    return download;
  }
}
