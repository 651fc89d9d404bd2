import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { InspectorPage } from './pages/inspector-page';
import { ToolbarPage } from './pages/toolbar-page';

const notices = (page: Page) => page.getByRole('region', { name: 'Notices' });
const modifier = process.platform === 'darwin' ? 'Meta' : 'Control';

/**
 * A new user's first session: start from the sample, build a pod of their own from the palette,
 * wire it, name things properly (and be told when a name is not allowed), change their mind with
 * undo and redo, come back after a reload, and take the design away as a file and bring it back.
 */
test('a new user builds, names, undoes, reloads, saves and reopens a design', async ({
  app,
  page,
}, testInfo) => {
  // A long journey through a real browser; generous so a busy machine slows it without failing it.
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open();
  const canvas = new CanvasPage(page);
  const inspector = new InspectorPage(page);
  const toolbar = new ToolbarPage(page);

  // The sample is there to learn from.
  await expect(canvas.pod('shop')).toBeVisible();
  await expect(canvas.container('tls')).toBeVisible();
  await inspector.expectShowing('Design');

  // Room beside the sample, then an App container on empty canvas: it gets a pod of its own.
  await canvas.flow.getByRole('button', { name: 'Zoom out' }).click();
  await canvas.flow.getByRole('button', { name: 'Zoom out' }).click();
  const flowBox = (await canvas.flow.boundingBox())!;
  await canvas.dragFromPalette('App container', { x: flowBox.width * 0.5, y: flowBox.height * 0.85 });
  await expect(canvas.container('app-2')).toBeVisible();
  await expect(canvas.pod('app-2')).toBeVisible();

  // A Sidecar dropped on that pod joins it.
  await canvas.dragFromPalette('Sidecar', canvas.pod('app-2'), { x: 12, y: 12 });
  await expect(canvas.container('sidecar')).toBeVisible();
  await canvas.expectInside(canvas.container('sidecar'), canvas.pod('app-2'));

  // The sidecar calls the app (one port, so no question is asked).
  const edges = canvas.flow.locator('.react-flow__edge');
  const edgesBefore = await edges.count();
  await canvas.connect(canvas.container('sidecar'), canvas.container('app-2'));
  await expect(edges).toHaveCount(edgesBefore + 1);

  // A Service in front of the new pod.
  await canvas.dragFromPalette('Service', canvas.pod('app-2'), { x: 40, y: 20 });
  await expect(canvas.node('service', 'service')).toBeVisible();

  // Names: a refused one says why at the field and changes nothing; a good one applies as typed.
  await canvas.container('app-2').click();
  await inspector.expectShowing('Container', 'app-2');
  await inspector.type('Name', 'Web App', 'General');
  await inspector.expectRefused('Name', /"Web App" is not a DNS-1123 label/, 'General');
  await expect(canvas.container('app-2')).toBeVisible();
  await inspector.set('Name', 'web', 'General');
  await inspector.expectAccepted('Name', 'General');
  await expect(canvas.container('web')).toBeVisible();
  await page.screenshot({ path: '/tmp/journey-inspector-container.png' });

  // The pod and the service get proper names too.
  await canvas.pod('app-2').click({ position: { x: 30, y: 10 } });
  await inspector.expectShowing('Pod', 'app-2');
  await inspector.set('Name', 'storefront', 'General');
  await expect(canvas.pod('storefront')).toBeVisible();

  await canvas.node('service', 'service').click();
  await inspector.expectShowing('Service');
  await inspector.set('Name', 'storefront', 'General');
  await expect(inspector.field('Selects pod')).toHaveValue(/.+/);
  await expect(canvas.node('storefront', 'service')).toBeVisible();
  await page.screenshot({ path: '/tmp/journey-inspector-service.png' });

  // Undo and redo with the buttons: each rename goes and comes back whole.
  await toolbar.undo();
  await expect(canvas.node('service', 'service')).toBeVisible();
  await toolbar.undo();
  await expect(canvas.pod('app-2')).toBeVisible();
  await toolbar.redo();
  await expect(canvas.pod('storefront')).toBeVisible();

  // And with the keys, once focus has left the text field.
  await canvas.flow.locator('.react-flow__pane').click({ position: { x: 12, y: 12 } });
  await inspector.expectShowing('Design');
  await page.keyboard.press(`${modifier}+z`);
  await expect(canvas.pod('app-2')).toBeVisible();
  await page.keyboard.press(`${modifier}+Shift+z`);
  await expect(canvas.pod('storefront')).toBeVisible();
  await page.keyboard.press(`${modifier}+y`);
  await expect(canvas.node('storefront', 'service')).toBeVisible();
  await expect(toolbar.redoButton).toBeDisabled();

  // A reload finds the design as it was left.
  await app.reload();
  await expect(canvas.pod('storefront')).toBeVisible();
  await expect(canvas.container('web')).toBeVisible();
  await expect(canvas.container('sidecar')).toBeVisible();
  await expect(canvas.node('storefront', 'service')).toBeVisible();
  await expect(canvas.pod('shop')).toBeVisible();

  // Save: a file named after the design, holding what is on screen.
  const download = await toolbar.save();
  expect(download.suggestedFilename()).toBe('legacy-shop.podwright.json');
  const saved = testInfo.outputPath('legacy-shop.podwright.json');
  await download.saveAs(saved);
  const text = await readFile(saved, 'utf8');
  expect(JSON.parse(text)).toMatchObject({
    format: 'podwright/v1',
    name: 'legacy-shop',
    pods: expect.arrayContaining([expect.objectContaining({ name: 'storefront' })]),
    services: expect.arrayContaining([expect.objectContaining({ name: 'storefront' })]),
  });

  // New asks first, then empties the canvas.
  await toolbar.newDesign();
  await expect(canvas.pod('storefront')).toHaveCount(0);
  await expect(canvas.pod('shop')).toHaveCount(0);
  await expect(inspector.field('Name')).toHaveValue('untitled');

  // Open brings the saved design back.
  await toolbar.open(saved);
  await expect(notices(page).getByRole('status')).toContainText('Opened legacy-shop.podwright.json');
  await expect(canvas.pod('storefront')).toBeVisible();
  await expect(canvas.container('web')).toBeVisible();
  await expect(canvas.pod('shop')).toBeVisible();
  await expect(inspector.field('Name')).toHaveValue('legacy-shop');

  // Keys act on the selection, except while typing: Backspace in a field edits the field.
  await canvas.node('storefront', 'service').click();
  await inspector.expectShowing('Service', 'storefront');
  await inspector.field('Description').focus();
  await page.keyboard.press('Backspace');
  await expect(canvas.node('storefront', 'service')).toBeVisible();
  await canvas.node('storefront', 'service').click();
  await page.keyboard.press('Delete');
  await expect(canvas.node('storefront', 'service')).toHaveCount(0);
  await inspector.expectShowing('Design');
  await page.keyboard.press(`${modifier}+z`);
  await expect(canvas.node('storefront', 'service')).toBeVisible();
  await canvas.pod('storefront').click({ position: { x: 30, y: 10 } });
  await page.keyboard.press(`${modifier}+d`);
  await expect(canvas.pod('storefront-2')).toBeVisible();
  await page.keyboard.press('Escape');
  await inspector.expectShowing('Design');
});
