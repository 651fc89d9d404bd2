import { expect as baseExpect, test } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { ManifestPage } from './pages/manifest-page';
import { ProblemsPage } from './pages/problems-page';
import { ToolbarPage } from './pages/toolbar-page';

const expect = baseExpect.configure({ timeout: 15_000 });

test.describe('pattern checks', () => {
  test.describe.configure({ timeout: 120_000 });
  test.use({ viewport: { width: 1440, height: 900 } });

  test('an ambassador with nothing to broker is found, badged, explained and fixed in one undo step', async ({
    app,
    page,
  }) => {
    await app.open();
    const canvas = new CanvasPage(page);
    const problems = new ProblemsPage(page);
    await problems.open();
    // The sample shows the sidecar pattern done right: nothing to report.
    await expect(problems.empty).toBeVisible();

    await canvas.dragFromPalette('Ambassador', canvas.pod('shop'));
    const ambassador = canvas.container('ambassador');
    await expect(ambassador).toBeVisible();

    // The finding is listed, and the node carries a badge that lists it on hover.
    const findings = problems.findingsOf('ambassador-incomplete');
    await expect(findings.first()).toContainText('Ambassador "ambassador" in pod "shop"');
    const badge = ambassador.getByRole('img', { name: /problems?, worst: (error|warning)/ });
    await expect(badge).toBeVisible();
    await badge.hover();
    await expect(ambassador.getByRole('tooltip')).toContainText('ambassador');

    // Clicking the finding selects the node (the inspector shows it).
    await findings
      .first()
      .getByRole('button', { name: /Ambassador "ambassador"/ })
      .click();
    await expect(
      page.getByRole('complementary', { name: 'Inspector' }).getByRole('textbox', { name: 'Name' }).first(),
    ).toHaveValue('ambassador');

    // Why? The rule's page opens in the app.
    await findings.first().getByRole('button', { name: 'ambassador-incomplete', exact: true }).click();
    const rulePage = page.getByRole('dialog', { name: 'Rule ambassador-incomplete' });
    await expect(rulePage).toContainText(/ambassador/i);
    await rulePage.getByRole('button', { name: 'Close' }).click();

    // The quick fix routes the app's database traffic through the ambassador: the findings go
    // (one fix may settle both: the app then calls the ambassador, which calls the database).
    while ((await findings.count()) > 0) {
      const before = await findings.count();
      await findings
        .first()
        .getByRole('button', { name: /^Quick fix:/ })
        .click();
      await expect.poll(() => findings.count()).toBeLessThan(before);
    }
    // The badge stays for the new container's other findings (no description yet…), but not for this.
    await expect(badge).not.toHaveAttribute('title', /brokers nothing|is not called by app/);
    await expect(canvas.edgeLabel('postgres · 5432')).toBeVisible();

    // One undo brings the finding back.
    await new ToolbarPage(page).undo();
    await expect(findings).not.toHaveCount(0);
  });

  test('a rule switched off for the design stops reporting', async ({ app, page }) => {
    await app.open();
    const canvas = new CanvasPage(page);
    const problems = new ProblemsPage(page);
    await problems.open();
    await canvas.dragFromPalette('Ambassador', canvas.pod('shop'));
    await expect(problems.findingsOf('ambassador-incomplete').first()).toBeVisible();

    await problems.setSeverity('ambassador-incomplete', 'Off');
    await expect(problems.findingsOf('ambassador-incomplete')).toHaveCount(0);
  });

  test('the problems stand beside a manifest, and a click on one shows its lines in the editor', async ({
    app,
    page,
  }) => {
    await app.open();
    const canvas = new CanvasPage(page);
    const manifest = new ManifestPage(page);
    const problems = new ProblemsPage(page);
    await manifest.openTab('Kubernetes');
    await manifest.waitForEditor();

    const beside = page.getByRole('button', { name: 'Problems beside' });
    await beside.click();
    await expect(beside).toHaveAttribute('aria-pressed', 'true');
    const side = page.getByRole('region', { name: 'Problems beside the manifest' });
    await expect(side.getByText('No problems: every check passes.')).toBeVisible();
    await expect(manifest.lines).toBeVisible();

    await canvas.dragFromPalette('Ambassador', canvas.pod('shop'));
    const finding = problems.findingsOf('ambassador-incomplete').first();
    await expect(finding).toBeVisible();
    // Both stay in view: the list beside the editor, the Kubernetes tab still the one selected.
    await expect(manifest.tab('Kubernetes')).toHaveAttribute('aria-selected', 'true');
    await finding.getByRole('button', { name: /Ambassador "ambassador"/ }).click();
    await manifest.expectVisible('name: ambassador');
    await expect(manifest.highlighted.first()).toBeVisible();
    await expect(side).toBeVisible();
    await page.screenshot({ path: '/tmp/problems-beside.png' });

    // The choice is this browser's: it stays after a reload, and a second click puts the list away.
    await page.reload();
    await manifest.waitForEditor();
    await expect(page.getByRole('region', { name: 'Problems beside the manifest' })).toBeVisible();
    await page.getByRole('button', { name: 'Problems beside' }).click();
    await expect(page.getByRole('region', { name: 'Problems beside the manifest' })).toHaveCount(0);
  });
});
