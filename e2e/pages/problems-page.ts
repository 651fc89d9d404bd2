import type { Locator, Page } from '@playwright/test';

/** The Problems tab of the dock: findings, their rule pages, quick fixes and the rule settings. */
export class ProblemsPage {
  readonly tab: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: /^Problems/ });
    this.list = page.getByRole('list', { name: 'Problems' });
  }

  async open(): Promise<void> {
    await this.tab.click();
  }

  /** The findings of one rule, by the rule id shown in each row. */
  findingsOf(rule: string): Locator {
    return this.list
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: rule, exact: true }) });
  }

  get empty(): Locator {
    return this.page.getByText('No problems: every check passes.');
  }

  async setSeverity(rule: string, value: 'Off' | 'Error' | 'Warning' | 'Info' | RegExp): Promise<void> {
    await this.page.getByRole('button', { name: 'Rules…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Rules for this design' });
    await dialog
      .getByRole('combobox', { name: `Severity of ${rule}` })
      .selectOption({ label: value as string });
    await dialog.getByRole('button', { name: 'Close' }).click();
  }
}
