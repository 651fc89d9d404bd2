import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { ImportPage, yamlFile } from './pages/import-page';
import { ToolbarPage } from './pages/toolbar-page';

/** The first layout of a page waits for the worker to load elkjs. */
const LAYOUT_WAIT = { timeout: 90_000 };

const notices = (page: Page) => page.getByRole('region', { name: 'Notices' });

/** Three Deployments and two Services in one multi-document file; the frontend calls the cart. */
const SHOP_MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata: {name: frontend}
spec:
  selector: {matchLabels: {app: frontend}}
  template:
    metadata: {labels: {app: frontend}}
    spec:
      containers:
        - name: server
          image: example/frontend:1.0.0
          ports: [{name: http, containerPort: 8080}]
          env: [{name: CART_SERVICE_ADDR, value: "cartservice:7070"}]
---
apiVersion: v1
kind: Service
metadata: {name: frontend}
spec:
  selector: {app: frontend}
  ports: [{name: http, port: 80, targetPort: 8080}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: cartservice}
spec:
  selector: {matchLabels: {app: cartservice}}
  template:
    metadata: {labels: {app: cartservice}}
    spec:
      containers:
        - name: server
          image: example/cart:1.0.0
          ports: [{name: grpc, containerPort: 7070}]
---
apiVersion: v1
kind: Service
metadata: {name: cartservice}
spec:
  selector: {app: cartservice}
  ports: [{name: grpc, port: 7070, targetPort: 7070}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: redis-cart}
spec:
  selector: {matchLabels: {app: redis-cart}}
  template:
    metadata: {labels: {app: redis-cart}}
    spec:
      containers:
        - name: redis
          image: redis:7.4-alpine
          ports: [{containerPort: 6379}]
`;

const COMPOSE = `services:
  web:
    image: nginx:1.27
    ports: ["8080:80"]
    depends_on: [api]
  api:
    image: example/api:2.1.0
    environment:
      DATABASE_URL: postgres://db:5432/app
    depends_on: [db]
  db:
    image: postgres:16
`;

const RELEASE = join(
  import.meta.dirname,
  '..',
  '..',
  'shared',
  'corpus',
  'microservices-demo',
  'release',
  'kubernetes-manifests.yaml',
);

/** The pairs of top-level nodes (pods, Services, externals) whose boxes overlap on screen. */
async function overlappingNodes(canvas: CanvasPage): Promise<string[]> {
  const boxes = await canvas.flow
    .locator('.react-flow__node-pod, .react-flow__node-service, .react-flow__node-external')
    .evaluateAll((nodes) =>
      nodes.map((n) => {
        const r = n.getBoundingClientRect();
        return { name: n.getAttribute('aria-label') ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
      }),
    );
  const pairs: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1)
        pairs.push(`${a.name} / ${b.name}`);
    }),
  );
  return pairs;
}

async function expectSampleOnly(canvas: CanvasPage, gone: Locator): Promise<void> {
  await expect(canvas.pod('shop')).toBeVisible();
  await expect(gone).toHaveCount(0);
}

test.describe('importing manifests', () => {
  // Each test loads the whole app (Monaco included), and the first layout loads elkjs (1.4 MB) in its
  // worker: on a busy two-core machine each can take 20 s.
  test.describe.configure({ timeout: 180_000 });

  test.beforeEach(async ({ app }) => {
    await app.open();
  });

  test('dropping a multi-document manifest shows its topology, laid out; Undo brings the sample back', async ({
    page,
  }) => {
    const canvas = new CanvasPage(page);
    const importer = new ImportPage(page);
    const toolbar = new ToolbarPage(page);

    await importer.drop([{ name: 'shop.yaml', text: SHOP_MANIFEST }]);

    // Info notices go after a few seconds: read it at once. A drop says where its notes are read.
    await expect(notices(page).getByRole('status')).toContainText(
      /Imported 3 pods, 2 services, \d+ notes?\. .*Import lists the notes\./,
      LAYOUT_WAIT,
    );
    for (const pod of ['frontend', 'cartservice', 'redis-cart']) await expect(canvas.pod(pod)).toBeVisible();
    await expect(canvas.node('frontend', 'service')).toBeVisible();
    await expect(canvas.node('cartservice', 'service')).toBeVisible();
    await expect(canvas.pod('shop')).toHaveCount(0);
    expect(await overlappingNodes(canvas)).toEqual([]);
    await page.screenshot({ path: '/tmp/import-drop.png' });

    // The drop's notes are read in the Import dialog, each with its place.
    await importer.openDialog();
    await expect(importer.result.getByRole('list')).toContainText(/shop\.yaml:\d+:\d+ — /);
    await importer.close();

    await toolbar.undo();
    await expectSampleOnly(canvas, canvas.pod('frontend'));
  });

  test('the dialog imports a Compose file as a new design and lists its notes', async ({ page }) => {
    const canvas = new CanvasPage(page);
    const importer = new ImportPage(page);

    await importer.openDialog();
    await importer.importFiles([yamlFile('compose.yaml', COMPOSE)]);

    await expect(importer.result.getByRole('status')).toContainText('Imported 3 pods', LAYOUT_WAIT);
    await page.screenshot({ path: '/tmp/import-dialog.png' });
    await importer.close();
    for (const pod of ['web', 'api', 'db']) await expect(canvas.pod(pod)).toBeVisible();
    await expect(canvas.pod('shop')).toHaveCount(0);
  });

  test('merging keeps the existing nodes and places the import beside them', async ({ page }) => {
    const canvas = new CanvasPage(page);
    const importer = new ImportPage(page);
    const toolbar = new ToolbarPage(page);

    await importer.openDialog();
    await importer.importText(SHOP_MANIFEST, 'merge');
    await expect(importer.result.getByRole('status')).toContainText('Merged 3 pods, 2 services', LAYOUT_WAIT);
    await importer.close();

    await expect(canvas.pod('shop')).toBeVisible();
    await expect(canvas.node('shop', 'service')).toBeVisible();
    await expect(canvas.node('orders-db', 'external')).toBeVisible();
    await expect(canvas.pod('frontend')).toBeVisible();
    // The merged part is selected and in view; what was there before is not selected.
    await expect(canvas.pod('frontend')).toHaveClass(/selected/);
    await expect(canvas.pod('shop')).not.toHaveClass(/selected/);
    await expect(canvas.pod('frontend')).toBeInViewport();
    expect(await overlappingNodes(canvas)).toEqual([]);
    await canvas.flow.getByRole('button', { name: 'Fit view' }).click();
    await page.screenshot({ path: '/tmp/import-merge.png' });

    await toolbar.undo();
    await expectSampleOnly(canvas, canvas.pod('frontend'));
  });

  for (const hostile of [
    {
      name: 'a Helm template',
      file: yamlFile(
        'chart.yaml',
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n',
      ),
      where: /chart\.yaml:4:\d+ — /,
    },
    {
      name: 'binary garbage',
      file: yamlFile(
        'garbage.yaml',
        Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)),
      ),
      where: /garbage\.yaml:\d+:\d+ — /,
    },
    {
      name: '10,000-deep nesting',
      file: yamlFile('deep.yaml', `${'['.repeat(10_000)}${']'.repeat(10_000)}`),
      where: /deep\.yaml:1:\d+ — /,
    },
  ]) {
    test(`${hostile.name} is refused with its place, and the design stays`, async ({ page }) => {
      const canvas = new CanvasPage(page);
      const importer = new ImportPage(page);
      const toolbar = new ToolbarPage(page);

      await importer.openDialog();
      await importer.chooseFiles([hostile.file]);
      await importer.importButton.click();
      // Refused before any layout, within a bound that still means "no hang" on a busy machine (the
      // unit test holds the 2 s bound of the core path).
      await expect(importer.result.getByRole('alert')).toContainText(hostile.where, { timeout: 5_000 });
      await expect(notices(page).getByRole('alert')).toContainText(hostile.where);
      await importer.close();
      await expect(canvas.pod('shop')).toBeVisible();
      await expect(toolbar.undoButton).toBeDisabled();
    });
  }

  test('pasting a manifest on the window opens the import with it', async ({ page }) => {
    const importer = new ImportPage(page);
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.body.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, COMPOSE);
    await expect(importer.dialog).toBeVisible();
    await expect(importer.dialog.getByLabel('Or paste YAML')).toHaveValue(COMPOSE);
    // Imported as a new design, it is named from its content (no project name: its first service),
    // not after the placeholder file name of pasted text.
    await importer.choose('new');
    await importer.importButton.click();
    await expect(importer.result.getByRole('status')).toContainText('Imported 3 pods', LAYOUT_WAIT);
    await importer.close();
    await expect(new ToolbarPage(page).button('Save')).toHaveAttribute(
      'title',
      /^Save as web\.podwright\.json/,
    );
  });

  test('a Service with a 50-character name shows it in full on the canvas', async ({ page }) => {
    const longName = 'order-processing-for-european-customers-version-02';
    expect(longName).toHaveLength(50);
    const canvas = new CanvasPage(page);
    const importer = new ImportPage(page);
    await importer.openDialog();
    await importer.importText(
      SHOP_MANIFEST.split('---')[0] +
        `---\napiVersion: v1\nkind: Service\nmetadata: {name: ${longName}}\nspec:\n  selector: {app: frontend}\n  ports: [{name: http, port: 80, targetPort: 8080}]\n`,
    );
    await expect(importer.result.getByRole('status')).toContainText('Imported 1 pod', LAYOUT_WAIT);
    await importer.close();
    const name = canvas.node(longName, 'service').locator('.pw-node-name');
    await expect(name).toHaveText(longName);
    const fit = await name.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(fit.scroll).toBeLessThanOrEqual(fit.client);
    expect(await overlappingNodes(canvas)).toEqual([]);
    await page.screenshot({ path: '/tmp/fixes-long-service.png' });
  });

  test('Ctrl+V of a manifest copied elsewhere opens the import with it', async ({
    page,
    context,
    baseURL,
  }) => {
    const importer = new ImportPage(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.evaluate((text) => navigator.clipboard.writeText(text), SHOP_MANIFEST);
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+V');
    await expect(importer.dialog).toBeVisible();
    await expect(importer.dialog.getByLabel('Or paste YAML')).toHaveValue(SHOP_MANIFEST);
  });

  test('Tidy layout re-lays the design as one undo step', async ({ page }) => {
    const toolbar = new ToolbarPage(page);
    await toolbar.button('Tidy layout').click();
    await expect(notices(page).getByRole('status')).toContainText(
      /Tidied the layout|already tidy/,
      LAYOUT_WAIT,
    );
    await expect(toolbar.undoButton).toBeEnabled();
    await toolbar.undo();
    await expect(toolbar.undoButton).toBeDisabled();
  });

  test("microservices-demo's release manifest imports laid out, without overlaps", async ({ page }) => {
    test.skip(!existsSync(RELEASE), '../shared/corpus is not here');
    // A large screen, so the screenshot shows the whole picture at a readable size.
    await page.setViewportSize({ width: 1920, height: 1200 });
    const canvas = new CanvasPage(page);
    const importer = new ImportPage(page);
    await importer.openDialog();
    await importer.importFiles([yamlFile('kubernetes-manifests.yaml', readFileSync(RELEASE))]);
    await expect(importer.result.getByRole('status')).toContainText('Imported 12 pods', LAYOUT_WAIT);
    await page.screenshot({ path: '/tmp/import-release-dialog.png' });
    await importer.close();
    await expect(canvas.pod('frontend')).toBeVisible();
    expect(await overlappingNodes(canvas)).toEqual([]);
    // Every pod is wide enough to show its name in full.
    const cutOff = await canvas.flow
      .locator('.pw-pod-head .pw-node-name')
      .evaluateAll((names) => names.filter((n) => n.scrollWidth > n.clientWidth).map((n) => n.textContent));
    expect(cutOff).toEqual([]);
    await page.screenshot({ path: '/tmp/import-release.png' });
  });
});
