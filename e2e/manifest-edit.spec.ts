import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { ManifestPage } from './pages/manifest-page';
import { ProblemsPage } from './pages/problems-page';
import { ToolbarPage } from './pages/toolbar-page';

const expect = baseExpect.configure({ timeout: 15_000 });

/** Opens the app with its test hooks and waits for the Kubernetes text. */
async function openWithHooks(page: Page): Promise<ManifestPage> {
  await page.goto('/?test-hooks');
  const manifest = new ManifestPage(page);
  await manifest.waitForEditor();
  return manifest;
}

const shopPod = (m: ManifestPage) => m.design().then((d) => d.pods.find((p) => p.name === 'shop')!);

test.describe('editing the manifest', () => {
  // Monaco is a 3 MB chunk with two workers; slow machines need room.
  test.describe.configure({ timeout: 120_000 });
  test.use({ viewport: { width: 1440, height: 900 } });

  test('typed changes to the Kubernetes YAML reach the design; undo reverts them', async ({ page }) => {
    const manifest = await openWithHooks(page);
    const canvas = new CanvasPage(page);
    await manifest.apply({ type: 'updatePod', id: 'pod-shop', patch: { replicas: 1 } });
    await manifest.startEditing();
    await manifest.scrollTo('replicas: 1');
    await expect(manifest.editor).toHaveAttribute('class', /monaco-editor/);

    // replicas: 1 -> 3, typed: the old value selected with the keyboard and typed over.
    await manifest.cursorToEndOf('replicas: 1');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.type('3');
    await expect.poll(async () => (await shopPod(manifest)).replicas).toBe(3);
    await expect(canvas.pod('shop')).toContainText('3×');
    await expect(manifest.editBanner).toContainText('The design follows the text.');
    // A pause longer than the history's merge window (1 s) ends the burst: the next edit is its own step.
    await page.waitForTimeout(1200);

    // The sidecar's image tag: nginx:1.27.3 -> nginx:1.28.0, selected and typed over in one go (a
    // character at a time on a loaded machine could make more than one burst).
    await manifest.scrollTo('image: nginx:1.27.3');
    await manifest.cursorToEndOf('image: nginx:1.27.3');
    for (let i = 0; i < '1.27.3'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.insertText('1.28.0');
    await expect
      .poll(async () => (await shopPod(manifest)).containers.find((c) => c.name === 'tls')?.image)
      .toBe('nginx:1.28.0');
    await expect(canvas.container('tls')).toContainText('nginx:1.28.0');
    // The design kept its ids: the same pod and container, only changed.
    expect((await shopPod(manifest)).id).toBe('pod-shop');
    expect((await shopPod(manifest)).containers.map((c) => c.id)).toEqual(['ctr-shop-app', 'ctr-shop-tls']);

    // Undo (the app's, not the editor's) takes the design back, and the text follows.
    await new ToolbarPage(page).undo();
    await expect
      .poll(async () => (await shopPod(manifest)).containers.find((c) => c.name === 'tls')?.image)
      .toBe('nginx:1.27.3');
    await expect.poll(() => manifest.modelText('k8s')).toContain('image: nginx:1.27.3');
    expect((await shopPod(manifest)).replicas).toBe(3);
    await new ToolbarPage(page).undo();
    await expect.poll(async () => (await shopPod(manifest)).replicas).toBe(1);
    await expect.poll(() => manifest.modelText('k8s')).toContain('replicas: 1');
  });

  test('broken YAML shows a marker and leaves the design as it was', async ({ page }) => {
    const manifest = await openWithHooks(page);
    await manifest.startEditing();
    const before = await manifest.design();
    const text = await manifest.modelText('k8s');

    // An unclosed flow sequence: a YAML syntax error.
    const broken = text.replace('kind: Deployment', 'kind: [Deployment');
    await manifest.setModelText('k8s', broken);
    await expect(manifest.editBanner).toContainText('YAML has errors — the design keeps its last good state');
    await expect
      .poll(async () => (await manifest.markers('k8s', 'podwright-edit')).length)
      .toBeGreaterThan(0);
    const [marker] = await manifest.markers('k8s', 'podwright-edit');
    expect(marker).toMatchObject({ severity: 'error' });
    const brokenLine = broken.split('\n').findIndex((line) => line.includes('kind: [Deployment')) + 1;
    expect(Math.abs(marker!.line - brokenLine)).toBeLessThan(40);
    await manifest.scrollTo('kind: [Deployment');
    await expect(manifest.editor.locator('.squiggly-error').first()).toBeVisible();
    await page.screenshot({ path: '/tmp/editor-edit-error.png' });
    expect(await manifest.design()).toEqual(before);

    // Fixed, the text reads again and the markers go; the design did not change.
    await manifest.setModelText('k8s', text);
    await expect(manifest.editBanner).toContainText('The design follows the text.');
    await expect.poll(() => manifest.markers('k8s', 'podwright-edit')).toEqual([]);
    expect(await manifest.design()).toEqual(before);
  });

  test('the Compose file is edited on its own: its tab has its own edit mode', async ({ page }) => {
    const manifest = await openWithHooks(page);
    await manifest.openTab('Compose');
    await manifest.expectVisible('# legacy-shop: Compose file generated by Podwright.');
    await manifest.startEditing();
    const text = await manifest.modelText('compose');
    await manifest.setModelText('compose', text.replace('image: nginx:1.27.3', 'image: nginx:1.29.0'));
    await expect
      .poll(async () => (await shopPod(manifest)).containers.find((c) => c.name === 'tls')?.image)
      .toBe('nginx:1.29.0');
    expect((await shopPod(manifest)).containers.map((c) => c.id)).toEqual(['ctr-shop-app', 'ctr-shop-tls']);
    // The Kubernetes tab is not in edit mode, and shows the change.
    await manifest.openTab('Kubernetes');
    await expect(manifest.editToggle).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => manifest.modelText('k8s')).toContain('image: nginx:1.29.0');
  });

  test('a published port typed in the Compose tab reaches the design', async ({ page }) => {
    const manifest = await openWithHooks(page);
    const canvas = new CanvasPage(page);
    // A NodePort Service: the Compose file publishes its port (`ports:`) instead of exposing it.
    await manifest.apply({ type: 'updateService', id: 'svc-shop', patch: { type: 'NodePort' } });
    await manifest.openTab('Compose');
    await manifest.startEditing();
    await manifest.scrollTo('published: "443"');
    // 443 -> 9090, typed: the cursor before the closing quote, the number selected and typed over.
    await manifest.cursorToEndOf('published: "443"');
    await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.insertText('9090');
    const servicePorts = async () =>
      (await manifest.design()).services.find((s) => s.id === 'svc-shop')?.ports.map((p) => p.port);
    await expect.poll(servicePorts).toEqual([9090]);
    await expect(canvas.node('shop', 'service')).toContainText('9090→https');
    await expect(manifest.editBanner).toContainText('The design follows the text.');
    // The container port and the ids stayed: only the published port changed.
    const tls = (await shopPod(manifest)).containers.find((c) => c.name === 'tls')!;
    expect(tls.ports.find((p) => p.name === 'https')?.port).toBe(8443);
    await page.screenshot({ path: '/tmp/fixes-compose-port.png' });
  });

  test('a comment typed in edit mode stays while editing and goes when editing ends', async ({ page }) => {
    const manifest = await openWithHooks(page);
    await manifest.startEditing();
    await manifest.cursorToEndOf('kind: Deployment');
    await page.keyboard.type('  # my own note');
    await expect(manifest.editBanner).toContainText('The design follows the text.');
    // A change on the canvas side still reaches the text while editing.
    await manifest.apply({ type: 'updatePod', id: 'pod-shop', patch: { replicas: 4 } });
    await expect.poll(() => manifest.modelText('k8s')).toContain('replicas: 4');
    await manifest.stopEditing();
    await expect.poll(() => manifest.modelText('k8s')).not.toContain('# my own note');
    await expect(manifest.editBanner).toBeHidden();
  });
});

test.describe('findings in the manifest', () => {
  test.describe.configure({ timeout: 120_000 });
  test.use({ viewport: { width: 1440, height: 900 } });

  test('a finding is a marker on its target’s first line; clicking it shows that line', async ({ page }) => {
    const manifest = await openWithHooks(page);
    await manifest.apply({ type: 'updateContainer', id: 'ctr-shop-tls', patch: { image: 'nginx:latest' } });
    await expect.poll(() => manifest.modelText('k8s')).toContain('image: nginx:latest');

    const findingMarker = async () =>
      (await manifest.markers('k8s', 'podwright-checks')).find((m) =>
        m.message.startsWith('image-tag-mutable:'),
      );
    await expect.poll(findingMarker).toBeDefined();
    const marker = (await findingMarker())!;
    expect(marker.severity).toMatch(/warning|error|info/);
    // The sidecar's first line: its comment or its `- name: tls` item.
    const lines = (await manifest.modelText('k8s')).split('\n');
    expect(lines[marker.line - 1]).toMatch(/# sidecar:|- name: tls/);

    // Clicking the finding in the Problems tab, then coming back, shows that line.
    const problems = new ProblemsPage(page);
    await problems.open();
    await problems
      .findingsOf('image-tag-mutable')
      .first()
      .getByRole('button', { name: /nginx:latest|tls/ })
      .first()
      .click();
    await manifest.openTab('Kubernetes');
    await manifest.expectVisible(lines[marker.line - 1]!.trim());
    await expect(
      manifest.editor.locator('.squiggly-warning, .squiggly-error, .squiggly-info').first(),
    ).toBeVisible();
    await page.screenshot({ path: '/tmp/editor-finding.png' });
  });

  test('while the text is edited, a finding stays on its target’s lines', async ({ page }) => {
    const manifest = await openWithHooks(page);
    await manifest.apply({ type: 'updatePod', id: 'pod-shop', patch: { replicas: 1 } });
    await manifest.apply({ type: 'updateContainer', id: 'ctr-shop-tls', patch: { image: 'nginx:latest' } });
    await expect.poll(() => manifest.modelText('k8s')).toContain('image: nginx:latest');
    const findingLine = async () => {
      const marker = (await manifest.markers('k8s', 'podwright-checks')).find((m) =>
        m.message.startsWith('image-tag-mutable:'),
      );
      const lines = (await manifest.modelText('k8s')).split('\n');
      return marker ? lines[marker.line - 1] : undefined;
    };
    await expect.poll(findingLine).toMatch(/# sidecar:|- name: tls/);

    // Three lines of the user's own above the sidecar, then a change the design follows: the export's
    // lines are three off now, and the finding must not land three lines above its container.
    await manifest.startEditing();
    await manifest.cursorToEndOf('kind: Deployment');
    await page.keyboard.press('Enter');
    await page.keyboard.type('# one');
    await page.keyboard.press('Enter');
    await page.keyboard.type('# two');
    await page.keyboard.press('Enter');
    await page.keyboard.type('# three');
    await manifest.scrollTo('replicas: 1');
    await manifest.cursorToEndOf('replicas: 1');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.type('3');
    await expect.poll(async () => (await shopPod(manifest)).replicas).toBe(3);
    await expect.poll(() => manifest.modelText('k8s')).toContain('# three');
    await expect.poll(findingLine).toMatch(/# sidecar:|- name: tls/);
  });
});
