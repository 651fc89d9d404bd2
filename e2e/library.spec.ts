import type { Page } from '@playwright/test';
import type { Design } from '../src/core';
// Declares window.__podwright (the app's test hooks, on with ?test-hooks).
import type { PodwrightTestHooks } from '../src/ui/dock/test-hooks';
import { expect as baseExpect, test } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { GalleryPage } from './pages/gallery-page';
import { InspectorPage } from './pages/inspector-page';
import { ProblemsPage } from './pages/problems-page';
import { ToolbarPage } from './pages/toolbar-page';

const expect = baseExpect.configure({ timeout: 15_000 });
const notices = (page: Page) => page.getByRole('region', { name: 'Notices' });

/** The design on screen, through the test hooks (the page must be opened with ?test-hooks). */
function designOf(page: Page): Promise<Design> {
  return page.evaluate(() => {
    // oxlint-disable-next-line no-underscore-dangle -- the hooks' agreed name
    const hooks = (window as Window & { __podwright?: PodwrightTestHooks }).__podwright;
    if (!hooks) throw new Error('open the app with ?test-hooks');
    return hooks.store.getState().design;
  });
}

/** The same link, opened with the test hooks on (the flag goes in the query, before the fragment). */
const withHooks = (link: string) => link.replace('#', '?test-hooks#');

/**
 * What a node's box overlaps on screen: the other containers (siblings, or any other), and the pairs of
 * pods, Services and externals drawn over each other, by their accessible names.
 */
async function overlapsOf(canvas: CanvasPage, helper: string): Promise<string[]> {
  const boxes = await canvas.flow.locator('.react-flow__node').evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect();
      const kind = n.classList.contains('react-flow__node-container') ? 'container' : 'top';
      return { name: n.getAttribute('aria-label') ?? '', kind, x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
  type Box = (typeof boxes)[number];
  const hit = (a: Box, b: Box) =>
    a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
  const mine = boxes.find((b) => b.kind === 'container' && b.name.endsWith(` ${helper}`));
  if (!mine) return [`${helper} not found`];
  const found = boxes.filter((b) => b !== mine && b.kind === 'container' && hit(mine, b)).map((b) => b.name);
  const top = boxes.filter((b) => b.kind === 'top');
  top.forEach((a, i) => top.slice(i + 1).forEach((b) => hit(a, b) && found.push(`${a.name} / ${b.name}`)));
  return found;
}

test.describe('the pattern library', () => {
  test.describe.configure({ timeout: 120_000 });
  test.use({ viewport: { width: 1440, height: 900 } });

  test('a person starts from a template, applies a pattern, and undoes each in one step', async ({
    app,
    page,
  }) => {
    await app.open('/?test-hooks');
    const canvas = new CanvasPage(page);
    const gallery = new GalleryPage(page);
    const inspector = new InspectorPage(page);
    const problems = new ProblemsPage(page);
    const toolbar = new ToolbarPage(page);
    await expect(canvas.pod('shop')).toBeVisible();

    // The gallery groups the library by family, explains the chosen pattern, and the keyboard walks it.
    await gallery.open();
    for (const family of ['Sidecar', 'Ambassador', 'Adapter', 'Microservices', 'Serving']) {
      await expect(gallery.cards.getByRole('group', { name: new RegExp(`^${family}`) })).toBeVisible();
    }
    await expect(gallery.card(/^Sharded Redis through a twemproxy ambassador/)).toBeVisible();
    const first = gallery.cards.getByRole('option').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(gallery.cards.getByRole('option').nth(1)).toBeFocused();
    await expect(gallery.cards.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
    // Enter goes to the start button rather than replacing the design at once.
    await page.keyboard.press('Enter');
    await expect(gallery.dialog.getByRole('button', { name: 'Start from this template' })).toBeFocused();
    await gallery.card(/^Sharded Redis/).click();
    await expect(gallery.detail).toContainText('When to use it');
    await expect(gallery.detail).toContainText('Trade-offs');
    await expect(gallery.detail).toContainText('twemproxy');
    await page.screenshot({ path: '/tmp/library-gallery.png' });

    // Escape closes it and changes nothing.
    await page.keyboard.press('Escape');
    await expect(gallery.dialog).toBeHidden();
    await expect(canvas.pod('shop')).toBeVisible();

    // Starting from the twemproxy template: its nodes are on the canvas, and every check passes.
    await gallery.open();
    await gallery.start(/^Sharded Redis/);
    await expect(notices(page)).toContainText('Undo brings back the previous design');
    await expect(canvas.pod('catalog-api')).toBeVisible();
    await expect(canvas.container('twemproxy')).toBeVisible();
    await expect(canvas.pod('redis')).toBeVisible();
    await expect(canvas.pod('shop')).toHaveCount(0);
    await problems.open();
    await expect(problems.empty).toBeVisible();
    await expect(page.getByLabel(/^\d+ problems$/)).toHaveCount(0);

    // One undo brings back the sample; redo the template again.
    await toolbar.undo();
    await expect(canvas.pod('shop')).toBeVisible();
    await expect(canvas.pod('catalog-api')).toHaveCount(0);
    await toolbar.redo();
    await expect(canvas.pod('catalog-api')).toBeVisible();

    // The app container offers the patterns; a TLS sidecar goes in front of its HTTP port.
    await canvas.container('api').click();
    await inspector.expectShowing('Container', 'api');
    const before = await designOf(page);
    await expect(gallery.patternButton('Add HTTPS sidecar')).toBeEnabled();
    await page.screenshot({ path: '/tmp/library-patterns.png' });
    await gallery.patternButton('Add HTTPS sidecar').click();
    // First the notice, which fades after a few seconds: what was added and what is left to do.
    await expect(notices(page)).toContainText('Add HTTPS sidecar: added “tls-proxy”');
    await expect(canvas.container('tls-proxy')).toBeVisible();
    // The helper has a place of its own in the pod, clear of its siblings; nothing else is covered.
    await expect.poll(() => overlapsOf(canvas, 'tls-proxy')).toEqual([]);
    await page.screenshot({ path: '/tmp/fixes-pattern-helper.png' });
    await inspector.expectShowing('Container', 'tls-proxy');

    // A helper offers no patterns of its own.
    await expect(inspector.section('Patterns')).toHaveCount(0);

    // Once the pod serves HTTPS the action is refused, with its reason in view.
    await canvas.container('api').click();
    await expect(gallery.patternButton('Add HTTPS sidecar')).toBeDisabled();
    await expect(gallery.patternButton('Add HTTPS sidecar')).toHaveAccessibleDescription(
      /already serves HTTPS/,
    );

    // One undo removes the whole sidecar (container, volumes, rewired ports) at once.
    await toolbar.undo();
    await expect(canvas.container('tls-proxy')).toHaveCount(0);
    expect(await designOf(page)).toEqual(before);

    // The same patterns on a right-click of the app: Escape closes the menu, a choice applies.
    const menu = page.getByRole('menu', { name: 'Patterns for api' });
    await canvas.container('api').click({ button: 'right' });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: 'Add HTTPS sidecar' })).toBeFocused();
    await page.screenshot({ path: '/tmp/library-menu.png' });
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await canvas.container('api').click({ button: 'right' });
    await menu.getByRole('menuitem', { name: 'Add metrics adapter' }).click();
    await expect(menu).toBeHidden();
    await expect(canvas.container('api-metrics')).toBeVisible();
    await expect.poll(() => overlapsOf(canvas, 'api-metrics')).toEqual([]);
    await toolbar.undo();
    await expect(canvas.container('api-metrics')).toHaveCount(0);
    expect(await designOf(page)).toEqual(before);
  });

  test('a connection to the outside world gets an ambassador in front of it, in one undo step', async ({
    app,
    page,
  }) => {
    await app.open('/?test-hooks');
    const canvas = new CanvasPage(page);
    const gallery = new GalleryPage(page);
    const inspector = new InspectorPage(page);
    const before = await designOf(page);

    // The sample's app calls its database directly.
    await canvas.edgeLabel('5432').click();
    await inspector.expectShowing('Connection');
    const ambassador = gallery.patternButton('Put an ambassador in front of this connection');
    await expect(ambassador).toBeEnabled();
    await ambassador.click();
    await expect(canvas.container('orders-db-proxy')).toBeVisible();
    // The new ambassador is selected (its notice, which says what is left to do, fades after a while).
    await inspector.expectShowing('Container', 'orders-db-proxy');

    await new ToolbarPage(page).undo();
    await expect(canvas.container('orders-db-proxy')).toHaveCount(0);
    expect(await designOf(page)).toEqual(before);
  });

  test('a share link opens the same design in another tab, over what that tab had; a changed one is refused', async ({
    app,
    page,
    context,
  }) => {
    await app.open('/?test-hooks');
    const canvas = new CanvasPage(page);
    const gallery = new GalleryPage(page);
    await gallery.open();
    await gallery.start(/^Sharded Redis/);
    await expect(canvas.pod('catalog-api')).toBeVisible();
    const shared = await designOf(page);

    const link = await gallery.shareLink();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#design=[A-Za-z0-9_-]+$/);
    await page.screenshot({ path: '/tmp/library-share.png' });
    await gallery.shareDialog.getByRole('button', { name: 'Done' }).click();
    await expect(gallery.shareDialog).toBeHidden();

    // This browser's autosave now holds the sample again: the link must win over it.
    await new ToolbarPage(page).loadSample();
    await expect(canvas.pod('shop')).toBeVisible();
    await page.waitForTimeout(400);

    const other = await context.newPage();
    await other.goto(withHooks(link));
    const otherCanvas = new CanvasPage(other);
    await expect(notices(other)).toContainText('Opened the shared design');
    await expect(otherCanvas.pod('catalog-api')).toBeVisible();
    expect(await designOf(other)).toEqual(shared);
    // The design left the address, so a reload keeps later edits instead of reopening the link.
    expect(new URL(other.url()).hash).toBe('');
    // Undo brings back what this tab had (the autosaved sample).
    await new ToolbarPage(other).undo();
    await expect(otherCanvas.pod('shop')).toBeVisible();
    const kept = await designOf(other);

    // A link changed on the way: a clear error, and the design stays as it was.
    const payload = link.slice(link.indexOf('#design=') + '#design='.length);
    const middle = Math.floor(payload.length / 2);
    const tampered = `${payload.slice(0, middle)}${payload[middle] === 'A' ? 'B' : 'A'}${payload.slice(middle + 1)}`;
    await other.goto(withHooks(`${link.slice(0, link.indexOf('#'))}#design=${tampered}`));
    await expect(notices(other).getByRole('alert')).toContainText('The shared link could not be opened');
    await expect(notices(other).getByRole('alert')).toContainText('damaged');
    expect(await designOf(other)).toEqual(kept);

    // Cut short, pasted into the address bar of the open tab (a fragment change, no reload).
    await other.evaluate((fragment) => (window.location.hash = fragment), `design=${payload.slice(0, 40)}`);
    await expect(notices(other).getByRole('alert')).toHaveCount(1);
    await expect(notices(other).getByRole('alert').locator('.notice')).toHaveCount(2);
    expect(await designOf(other)).toEqual(kept);

    // Where the clipboard is refused, the dialog says so and the link waits, selected, in its field.
    await other.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    const otherGallery = new GalleryPage(other);
    const again = await otherGallery.shareLink();
    await expect(otherGallery.shareDialog).toContainText('did not let Podwright copy it');
    expect(again).toMatch(/#design=/);
    await other.keyboard.press('Escape');
    await expect(otherGallery.shareDialog).toBeHidden();
    await other.close();
  });
});
