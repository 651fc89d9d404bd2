import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { ToolbarPage } from './pages/toolbar-page';

/** Canvas gestures take many steps; on a busy two-core machine each may take a while. */
const expect = baseExpect.configure({ timeout: 15_000 });

/** The app's messages (the other engineer's Notices region). */
const notices = (page: Page) => page.getByRole('region', { name: 'Notices' });

test.describe('the canvas', () => {
  test.describe.configure({ timeout: 120_000 });
  test.use({ viewport: { width: 1440, height: 900 } });

  test('shows the sample design: pods around containers, roles in words, labelled edges', async ({
    app,
    page,
  }) => {
    await app.open();
    const canvas = new CanvasPage(page);

    await expect(canvas.pod('shop')).toBeVisible();
    await expect(canvas.container('app')).toContainText('App');
    await expect(canvas.container('tls')).toContainText('Sidecar');
    await expect(canvas.container('tls')).toContainText('nginx:1.27.3');
    await expect(canvas.node('shop', 'service')).toContainText('ClusterIP');
    await expect(canvas.node('orders-db', 'external')).toContainText('Database');
    await canvas.expectInside(canvas.container('tls'), canvas.pod('shop'));
    await canvas.expectInside(canvas.container('app'), canvas.pod('shop'));

    await expect(canvas.edgeLabel('http · 8080')).toHaveAttribute('title', 'Contract shop-web@4.2.0');
    await expect(canvas.edgeLabel('postgres · 5432')).toBeVisible();
    await expect(canvas.edgeLabel('443 → https')).toBeVisible();

    for (const name of ['Zoom in', 'Zoom out', 'Fit view']) {
      await expect(canvas.flow.getByRole('button', { name })).toBeVisible();
    }
    await page.screenshot({ path: '/tmp/canvas-sample.png' });
  });

  test('a new user builds a pod from the palette, connects it, fronts it with a Service and moves a container', async ({
    app,
    page,
  }) => {
    await app.open();
    const canvas = new CanvasPage(page);
    const toolbar = new ToolbarPage(page);
    await toolbar.newDesign();

    // An App container on empty canvas gets a pod of its own.
    await canvas.dragFromPalette('App container', { x: 420, y: 260 });
    await expect(canvas.container('app')).toBeVisible();
    await expect(canvas.pod('app')).toBeVisible();
    await canvas.expectInside(canvas.container('app'), canvas.pod('app'));

    // A Sidecar dropped on that pod joins it; the pod grows to hold both.
    await canvas.dragFromPalette('Sidecar', canvas.pod('app'));
    await expect(canvas.container('sidecar')).toBeVisible();
    await canvas.expectInside(canvas.container('sidecar'), canvas.pod('app'));
    await canvas.expectInside(canvas.container('app'), canvas.pod('app'));
    await canvas.fitView();

    // The sidecar calls the app: the app has one port, so no question is asked. Its port has no
    // contract, so the label says the transport.
    await canvas.connect(canvas.container('sidecar'), canvas.container('app'));
    await expect(canvas.edgeLabel('TCP · 8080')).toBeVisible();

    // A Service dropped on the pod selects it, aimed at the first port reachable from outside.
    await canvas.dragFromPalette('Service', canvas.pod('app'), { x: 40, y: 20 });
    await expect(canvas.node('service', 'service')).toBeVisible();
    await expect(canvas.edgeLabel('80 → http')).toBeVisible();

    // A second pod in the free space above the Service; then the sidecar moves into it.
    await canvas.dragFromPalette('App container', { x: 140, y: 50 });
    await expect(canvas.pod('app-2')).toBeVisible();
    await canvas.fitView();
    await canvas.dragNode(canvas.container('sidecar'), canvas.pod('app-2'));
    await canvas.expectInside(canvas.container('sidecar'), canvas.pod('app-2'));
    // Its connection goes with it.
    await expect(canvas.edgeLabel('TCP · 8080')).toBeVisible();
    await page.screenshot({ path: '/tmp/canvas-journey.png' });

    // The whole drag was one step: one Undo puts the sidecar back.
    await toolbar.undo();
    await canvas.expectInside(canvas.container('sidecar'), canvas.pod('app'));
  });

  test('asks which port when the target has several, and says so when it has none', async ({ app, page }) => {
    await app.open('/?test-hooks');
    const canvas = new CanvasPage(page);
    // Give the sample's database a second port, through the store the page exposes to tests.
    await page.evaluate(() => {
      type Hooks = { store: { getState(): { apply(change: unknown): void } } };
      const hooks = (window as unknown as Record<string, Hooks>)['__podwright']!;
      hooks.store.getState().apply({
        type: 'addExternalPort',
        external: 'ext-orders-db',
        port: { name: 'admin', port: 8443, protocol: 'TCP' },
      });
    });

    await canvas.connect(canvas.container('tls'), canvas.node('orders-db', 'external'));
    await expect(canvas.portChooser).toBeVisible();
    await expect(canvas.portChooser.getByRole('button')).toHaveText([/^postgres/, /^admin/, 'Cancel']);
    // Keyboard: the first port has focus; arrow down, Enter picks the second.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(canvas.portChooser).toBeHidden();
    await expect(canvas.edgeLabel('TCP · 8443')).toBeVisible();

    // An init container offers no port: the connection is refused with a reason.
    await canvas.addWithKeyboard('Pod');
    await canvas.addWithKeyboard('Init container');
    await canvas.connect(canvas.container('tls'), canvas.container('init'));
    await expect(notices(page)).toContainText('has no port to connect to');
    await expect(canvas.flow.locator('.react-flow__edge')).toHaveCount(4);
  });

  test('selects by click, shift-click and an edge label, and clears on a pane click', async ({
    app,
    page,
  }) => {
    await app.open();
    const canvas = new CanvasPage(page);
    const tls = canvas.container('tls');
    const db = canvas.node('orders-db', 'external');

    await tls.click();
    await canvas.expectSelected(tls);
    await db.click({ modifiers: ['Shift'] });
    await canvas.expectSelected(tls);
    await canvas.expectSelected(db);

    await canvas.edgeLabel('postgres · 5432').click();
    await canvas.expectSelected(tls, false);
    await canvas.expectSelected(page.locator('.react-flow__edge.selected'));

    await canvas.flow.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);

    // Shift-drag on empty canvas draws a box: the pod and both its containers.
    const pod = (await canvas.pod('shop').boundingBox())!;
    await page.keyboard.down('Shift');
    await page.mouse.move(pod.x - 20, pod.y - 20);
    await page.mouse.down();
    await page.mouse.move(pod.x + pod.width + 20, pod.y + pod.height + 20, { steps: 10 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    for (const node of [canvas.pod('shop'), tls, canvas.container('app')]) await canvas.expectSelected(node);
    await canvas.expectSelected(db, false);
  });

  test('resizes a selected pod by its corner grip, as one undo step', async ({ app, page }) => {
    await app.open();
    const canvas = new CanvasPage(page);
    const toolbar = new ToolbarPage(page);
    const pod = canvas.pod('shop');
    const start = (await pod.boundingBox())!;

    await pod.click({ position: { x: start.width / 2, y: 12 } });
    await canvas.expectSelected(pod);
    const grip = (await pod.locator('.pw-pod-resize').boundingBox())!;
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + 80, grip.y + 60, { steps: 10 });
    await page.mouse.up();
    await expect.poll(async () => (await pod.boundingBox())!.width).toBeGreaterThan(start.width + 40);

    await toolbar.undo();
    await expect.poll(async () => (await pod.boundingBox())!.width).toBeCloseTo(start.width, 0);
  });

  test('moves a selected node with the arrow keys, a burst being one undo step', async ({ app, page }) => {
    await app.open();
    const canvas = new CanvasPage(page);
    const toolbar = new ToolbarPage(page);
    const tls = canvas.container('tls');
    const start = (await tls.boundingBox())!;

    await tls.focus();
    await page.keyboard.press('Enter');
    await canvas.expectSelected(tls);
    // Two presses in quick succession, delivered in one go so a busy test machine cannot space them
    // further apart than a person's burst.
    await tls.evaluate((node) => {
      for (let i = 0; i < 2; i++) {
        node.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
        node.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowDown', bubbles: true }));
      }
    });
    await expect.poll(async () => (await tls.boundingBox())!.y).toBeGreaterThan(start.y + 10);
    await canvas.expectInside(tls, canvas.pod('shop'));

    await toolbar.undo();
    await expect.poll(async () => (await tls.boundingBox())!.y).toBeCloseTo(start.y, 0);
  });

  test('adds from the keyboard at the centre of the view, into the selected pod', async ({ app, page }) => {
    await app.open();
    const canvas = new CanvasPage(page);

    await canvas.addWithKeyboard('Pod');
    await expect(canvas.pod('pod')).toBeVisible();
    await canvas.expectSelected(canvas.pod('pod'));

    await canvas.addWithKeyboard('Init container');
    await expect(canvas.container('init')).toBeVisible();
    await canvas.expectInside(canvas.container('init'), canvas.pod('pod'));

    await canvas.addWithKeyboard('External service');
    await expect(canvas.node('external', 'external')).toBeVisible();
    await expect(notices(page)).not.toContainText('refused');
  });

  test('a pod that grows to take a dropped container moves the node beside it along, covering nothing', async ({
    app,
    page,
  }) => {
    await app.open();
    const canvas = new CanvasPage(page);
    const database = canvas.node('orders-db', 'external');
    const before = (await database.boundingBox())!;

    await canvas.dragFromPalette('Ambassador', canvas.pod('shop'));
    const ambassador = canvas.container('ambassador');
    await expect(ambassador).toBeVisible();
    await canvas.expectInside(ambassador, canvas.pod('shop'));
    // The database moved right with the pod's edge, and neither it nor the pod covers the other.
    await expect.poll(async () => (await database.boundingBox())!.x).toBeGreaterThan(before.x);
    const pod = (await canvas.pod('shop').boundingBox())!;
    const after = (await database.boundingBox())!;
    expect(after.x).toBeGreaterThanOrEqual(pod.x + pod.width);

    // One undo takes the container, the pod's growth and the move back.
    await new ToolbarPage(page).undo();
    await expect(ambassador).toHaveCount(0);
    await expect.poll(async () => (await database.boundingBox())!.x).toBeCloseTo(before.x, 0);
  });
});
