import { expect, test } from './fixtures';

test.describe('the app shell', () => {
  test('loads with its title and main regions, without errors or off-origin requests', async ({
    app,
    page,
  }) => {
    await app.open();

    await expect(page).toHaveTitle(/Podwright/);
    await expect(app.toolbar).toBeVisible();
    await expect(app.canvas).toBeVisible();
    await expect(app.palette).toBeVisible();
    await expect(app.inspector).toBeVisible();
  });
});
