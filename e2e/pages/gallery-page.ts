import { expect, type Locator, type Page } from '@playwright/test';

/** The template gallery, the share dialog and the inspector's Patterns section, by role and name. */
export class GalleryPage {
  readonly dialog: Locator;
  readonly cards: Locator;
  readonly shareDialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Start from a template' });
    this.cards = this.dialog.getByRole('listbox', { name: 'Templates' });
    this.shareDialog = page.getByRole('dialog', { name: 'Share this design' });
  }

  private toolbarButton(name: string): Locator {
    return this.page
      .getByRole('toolbar', { name: 'Design actions' })
      .getByRole('button', { name, exact: true });
  }

  async open(): Promise<void> {
    await this.toolbarButton('Templates').click();
    await expect(this.dialog).toBeVisible();
  }

  /** A template's card, by (the start of) its title. */
  card(title: string | RegExp): Locator {
    return this.cards.getByRole('option', { name: title });
  }

  /** The chosen card's explanation. */
  get detail(): Locator {
    return this.dialog.getByRole('region');
  }

  /** Chooses a card and presses "Start from this template". */
  async start(title: string | RegExp): Promise<void> {
    await this.card(title).click();
    await this.dialog.getByRole('button', { name: 'Start from this template' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** A pattern's button in the inspector's Patterns section, e.g. "Add HTTPS sidecar". */
  patternButton(title: string): Locator {
    return this.page
      .getByRole('complementary', { name: 'Inspector' })
      .getByRole('region', { name: 'Patterns' })
      .getByRole('button', { name: title, exact: true });
  }

  /** Presses Share and returns the link the dialog shows (the clipboard may be refused in tests). */
  async shareLink(): Promise<string> {
    await this.toolbarButton('Share').click();
    await expect(this.shareDialog).toBeVisible();
    const field = this.shareDialog.getByRole('textbox', { name: 'Share link' });
    await expect(field).toHaveValue(/#design=/);
    return field.inputValue();
  }
}
