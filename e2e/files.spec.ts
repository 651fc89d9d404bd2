import type { Page } from '@playwright/test';
import { sampleDesign, serializeDesign } from '../src/core';
import { expect, test } from './fixtures';
import { InspectorPage } from './pages/inspector-page';
import { ToolbarPage } from './pages/toolbar-page';

/** The app's messages: a polite status for information, an alert for errors. */
const notices = (page: Page) => page.getByRole('region', { name: 'Notices' });

/** A file as Playwright hands it to a file input. */
const jsonFile = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

/** The sample with one field of the wrong type, and where that field is. */
function sampleWithStringReplicas() {
  const text = serializeDesign(sampleDesign()).replace('"replicas": 2', '"replicas": "two"');
  const line = text.split('\n').findIndex((l) => l.includes('"replicas": "two"')) + 1;
  return { text, line };
}

/** Drops a file on the canvas area the way the OS does: dragover, then drop, with a DataTransfer. */
async function dropFile(page: Page, file: { name: string; text?: string; size?: number }): Promise<void> {
  const dataTransfer = await page.evaluateHandle(({ name, text, size }) => {
    const transfer = new DataTransfer();
    const content = text ?? new Uint8Array(size ?? 0).fill(32);
    transfer.items.add(new File([content], name, { type: 'application/json' }));
    return transfer;
  }, file);
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

test.describe('opening design files', () => {
  // Each test loads the whole app (Monaco included); on a busy two-core machine that alone can take 20 s.
  test.describe.configure({ timeout: 90_000 });

  test.beforeEach(async ({ app }) => {
    await app.open();
  });

  test('a file that is not JSON is refused with its line and column, and nothing changes', async ({
    page,
  }) => {
    const toolbar = new ToolbarPage(page);
    const inspector = new InspectorPage(page);
    await inspector.expectShowing('Design');
    await expect(inspector.field('Name')).toHaveValue('legacy-shop');

    await toolbar.open(
      jsonFile('broken.podwright.json', '{\n  "format": "podwright/v1",\n  "name": "x",\n}\n'),
    );

    const alert = notices(page).getByRole('alert');
    await expect(alert).toContainText('broken.podwright.json 4:1 — This is not valid JSON');
    await expect(inspector.field('Name')).toHaveValue('legacy-shop');
    await expect(inspector.root).toContainText('1 pod · 2 containers · 1 service · 1 external');
    await expect(toolbar.undoButton).toBeDisabled();

    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toBeEmpty();
  });

  test('a design with a field of the wrong type is refused, pointing at that field', async ({ page }) => {
    const toolbar = new ToolbarPage(page);
    const inspector = new InspectorPage(page);
    const { text, line } = sampleWithStringReplicas();

    await toolbar.open(jsonFile('tls.json', text));

    const alert = notices(page).getByRole('alert');
    await expect(alert).toContainText(new RegExp(`tls\\.json ${line}:\\d+ — "replicas" must be a number`));
    await expect(inspector.field('Name')).toHaveValue('legacy-shop');
    await expect(toolbar.undoButton).toBeDisabled();
  });

  test('a file over 20 MB is refused before it is read', async ({ page }) => {
    const inspector = new InspectorPage(page);

    // Made in the page and dropped, so 21 MB never has to cross the test protocol.
    await dropFile(page, { size: 21 * 1024 * 1024, name: 'huge.json' });

    await expect(notices(page).getByRole('alert')).toContainText(
      'huge.json is 21 MB; a design file may be at most 20 MB',
    );
    await expect(inspector.field('Name')).toHaveValue('legacy-shop');
  });

  test('dropping a valid design on the window opens it as one undo step', async ({ page }) => {
    const toolbar = new ToolbarPage(page);
    const inspector = new InspectorPage(page);
    const dropped = { ...sampleDesign(), name: 'dropped-shop', description: 'Arrived by drag and drop.' };

    await dropFile(page, { text: serializeDesign(dropped), name: 'dropped.podwright.json' });

    await expect(notices(page).getByRole('status')).toContainText('Opened dropped.podwright.json');
    await expect(inspector.field('Name')).toHaveValue('dropped-shop');
    await expect(inspector.field('Description')).toHaveValue('Arrived by drag and drop.');

    await toolbar.undo();
    await expect(inspector.field('Name')).toHaveValue('legacy-shop');
    await expect(toolbar.undoButton).toBeDisabled();
  });
});
