import type { Page } from '@playwright/test';
import { findTemplate, type Design } from '../src/core';
import { expect as baseExpect, test } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { DocsPage } from './pages/docs-page';

const expect = baseExpect.configure({ timeout: 15_000 });
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.describe('documentation exports', () => {
  test.describe.configure({ timeout: 120_000 });
  test.use({ viewport: { width: 1440, height: 900 } });

  test('a person reads the docs of the sample, saves them as Markdown, SVG and PNG, and copies image labels', async ({
    app,
    page,
  }) => {
    await app.open('/?test-hooks');
    const docs = new DocsPage(page);
    await docs.open();

    // The formatted document: the design's name, its sections, and the Mermaid source of its diagram.
    await expect(docs.document.getByRole('heading', { name: 'legacy-shop', level: 2 })).toBeVisible();
    await expect(docs.document.getByRole('heading', { name: 'Container tls (sidecar)' })).toBeVisible();
    await expect(docs.document.getByRole('figure', { name: 'mermaid source' })).toContainText('flowchart LR');
    await docs.show('Markdown source');
    await expect(docs.source).toContainText('# legacy-shop');
    await expect(docs.source).toContainText('```mermaid');
    await page.screenshot({ path: '/tmp/docs-tab-source.png' });
    await docs.show('Formatted');

    // Copy gives the same text as the download.
    await docs.button('Copy the documentation').click();
    await expect(docs.dock.getByRole('status').first()).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());

    const markdown = await docs.download('Download Markdown');
    expect(markdown.name).toBe('legacy-shop.md');
    const text = markdown.bytes.toString('utf8');
    expect(text).toMatch(/^# legacy-shop\n/);
    expect(text).toContain('```mermaid\nflowchart LR\n');
    expect(text).toContain('#### Container tls (sidecar)');
    expect(text).toBe(copied);

    const svg = await docs.download('Download SVG');
    expect(svg.name).toBe('legacy-shop.svg');
    const svgText = svg.bytes.toString('utf8');
    const picture = await docs.inspectSvg(svgText);
    expect(picture.parserError).toBeNull();
    expect(picture.width).toBeGreaterThan(0);
    expect(picture.height).toBeGreaterThan(0);
    for (const name of ['tls', 'app', 'shop', 'orders-db']) expect(svgText).toContain(`>${name}</text>`);
    await screenshotSvg(page, svgText, '/tmp/docs-downloaded-svg.png');

    const png = await docs.download('Download PNG');
    expect(png.name).toBe('legacy-shop.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // Twice the SVG's size (the IHDR chunk holds width and height, big-endian, from byte 16).
    expect(png.bytes.readUInt32BE(16)).toBe(picture.width * 2);
    expect(png.bytes.readUInt32BE(20)).toBe(picture.height * 2);

    // A selected container shows the LABEL lines that carry its documentation into its image.
    await expect(docs.labels).toContainText('Select a container');
    await new CanvasPage(page).container('tls').click();
    const labels = docs.labels.getByRole('region', { name: 'Image labels of container tls' });
    await expect(labels.getByRole('figure', { name: 'Dockerfile LABEL lines' })).toContainText(
      'LABEL org.opencontainers.image.title="tls"',
    );
    await expect(labels).toContainText('org.opencontainers.image.version');
    await page.screenshot({ path: '/tmp/docs-tab.png' });
    await labels.getByRole('button', { name: 'Copy the LABEL lines of tls' }).click();
    await expect(labels.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^LABEL org\.opencontainers\.image\.title="tls" \\\n/,
    );
  });

  test('the docs follow the design, and hostile names stay text in every export', async ({ app, page }) => {
    await app.open('/?test-hooks');
    const docs = new DocsPage(page);
    await docs.open();
    const template = findTemplate('microservices')!.design();
    const hostile = renamed(template, '<b>&"shop`</b>');
    await docs.replaceDesign(hostile);

    await expect(docs.document.getByRole('heading', { level: 2 }).first()).toHaveText('<b>&"shop`</b>');
    await expect(docs.document.locator('b')).toHaveCount(0);
    for (const pod of template.pods)
      await expect(
        docs.document.getByRole('heading', { name: `Pod ${pod.name}`, exact: true }),
      ).toBeVisible();

    const markdown = (await docs.download('Download Markdown')).bytes.toString('utf8');
    expect(markdown).toMatch(/^# &lt;b&gt;&amp;"shop\\`&lt;\/b&gt;\n/);

    const svg = await docs.download('Download SVG');
    expect(svg.name).toBe('b-shop-b.svg');
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toContain('<title id="pw-title">&lt;b&gt;&amp;&quot;shop`&lt;/b&gt;</title>');
    const picture = await docs.inspectSvg(svgText);
    expect(picture).toMatchObject({ parserError: null });
    expect(picture.width).toBeGreaterThan(0);
    for (const container of template.pods.flatMap((p) => p.containers))
      expect(svgText).toContain(`>${container.name}</text>`);
  });
});

function renamed(design: Design, name: string): Design {
  return { ...design, name };
}

/** Shows an SVG in a blank page and photographs it, to look at what a person downloads. */
async function screenshotSvg(page: Page, svg: string, path: string): Promise<void> {
  const viewer = await page.context().newPage();
  await viewer.setContent(
    `<body style="margin:0"><img alt="picture" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
  );
  await viewer.getByRole('img', { name: 'picture' }).screenshot({ path });
  await viewer.close();
}
