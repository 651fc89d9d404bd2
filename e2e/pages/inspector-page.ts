import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The inspector, driven the way a person (or a screen reader) finds it: the "Inspector" region, its
 * titled sections and its labelled fields.
 */
export class InspectorPage {
  readonly root: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Inspector' });
    this.heading = this.root.getByRole('heading', { level: 2 });
  }

  /** A titled group of fields, e.g. "Ports (1)" or "Environment". */
  section(title: string | RegExp): Locator {
    return this.root.getByRole('region', { name: title });
  }

  /** A field by its label; `within` narrows to a section first. */
  field(label: string | RegExp, within?: string | RegExp): Locator {
    const scope = within ? this.section(within) : this.root;
    return scope.getByLabel(label, { exact: typeof label === 'string' });
  }

  /** Replaces a text field's content in one edit (one undo step), like a paste. */
  async set(label: string | RegExp, value: string, within?: string | RegExp): Promise<void> {
    await this.field(label, within).fill(value);
  }

  /** Replaces a text field's content, as typing would, one keystroke at a time. */
  async type(label: string | RegExp, value: string, within?: string | RegExp): Promise<void> {
    const field = this.field(label, within);
    await field.fill('');
    await field.pressSequentially(value);
  }

  async choose(label: string | RegExp, option: string, within?: string | RegExp): Promise<void> {
    await this.field(label, within).selectOption({ label: option });
  }

  /** Asserts the field refused its text and says why (aria-invalid plus a tied, visible message). */
  async expectRefused(label: string | RegExp, reason: RegExp, within?: string | RegExp): Promise<void> {
    const field = this.field(label, within);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(reason);
    const messageId = await field.getAttribute('aria-describedby');
    expect(messageId, 'the refused field points at its message').toBeTruthy();
    await expect(this.page.locator(`[id="${messageId!.split(' ')[0]}"]`)).toBeVisible();
  }

  async expectAccepted(label: string | RegExp, within?: string | RegExp): Promise<void> {
    await expect(this.field(label, within)).not.toHaveAttribute('aria-invalid', 'true');
  }

  /** Waits until the inspector shows an entity of this kind ("Container", "Service", "Design"…). */
  async expectShowing(kind: string | RegExp, name?: string): Promise<void> {
    await expect(this.heading).toContainText(kind);
    if (name !== undefined) await expect(this.heading).toContainText(name);
  }
}
