import { expect, type Locator, type Page } from '@playwright/test';

/** A file as Playwright hands it to a file input. */
export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export const yamlFile = (name: string, text: string | Buffer): FilePayload => ({
  name,
  mimeType: 'application/yaml',
  buffer: typeof text === 'string' ? Buffer.from(text) : text,
});

/**
 * Importing manifests: the toolbar's Import button and its dialog (files, pasted YAML, new or merge),
 * dropping files on the window, and the outcome the dialog reports.
 */
export class ImportPage {
  readonly dialog: Locator;
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import manifests' });
    this.result = this.dialog.getByRole('region', { name: 'Import result' });
  }

  get button(): Locator {
    return this.page
      .getByRole('toolbar', { name: 'Design actions' })
      .getByRole('button', { name: 'Import', exact: true });
  }

  async openDialog(): Promise<void> {
    await this.button.click();
    await expect(this.dialog).toBeVisible();
  }

  /** The dialog's own Import button (the toolbar's opens the dialog). */
  get importButton(): Locator {
    return this.dialog.getByRole('button', { name: 'Import', exact: true });
  }

  async chooseFiles(files: FilePayload[]): Promise<void> {
    await this.dialog.getByLabel('Files').setInputFiles(files);
  }

  /** Chooses files in the dialog, picks where they go, and presses Import. */
  async importFiles(files: FilePayload[], into: 'new' | 'merge' = 'new'): Promise<void> {
    await this.chooseFiles(files);
    await this.choose(into);
    await this.importButton.click();
  }

  /** Pastes YAML into the dialog's text box and imports it. */
  async importText(text: string, into: 'new' | 'merge' = 'new'): Promise<void> {
    await this.dialog.getByLabel('Or paste YAML').fill(text);
    await this.choose(into);
    await this.importButton.click();
  }

  async choose(into: 'new' | 'merge'): Promise<void> {
    await this.dialog
      .getByRole('radio', { name: into === 'new' ? 'New design' : 'Merge into current design' })
      .check();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Drops files on the window the way the OS does: dragover, then drop, with a DataTransfer made in the page. */
  async drop(files: { name: string; text: string }[]): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const { name, text } of list)
        transfer.items.add(new File([text], name, { type: 'application/yaml' }));
      return transfer;
    }, files);
    await this.page.dispatchEvent('main', 'dragover', { dataTransfer });
    await this.page.dispatchEvent('main', 'drop', { dataTransfer });
  }
}
