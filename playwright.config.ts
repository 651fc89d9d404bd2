import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { systemChromium } from './scripts/system-chromium.mjs';

const onCi = Boolean(process.env.CI);
// Engineers working side by side run their own build on their own port: E2E_PORT=4201 E2E_DIST=dist-a.
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';
const baseURL = `http://127.0.0.1:${port}`;

// `vite preview` happily serves a missing dist/ as 404s, which would surface as a 60 s webServer timeout.
if (!existsSync(new URL(`${dist}/index.html`, import.meta.url))) {
  throw new Error(
    `${dist}/index.html is missing: the e2e tests run against the production build; run \`npm run build\` first.`,
  );
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: port === 4173 ? 'test-results' : `test-results-${port}`,
  fullyParallel: true,
  forbidOnly: onCi,
  retries: onCi ? 1 : 0,
  // The project's machines have two cores; the preview server and each browser need one.
  workers: Math.max(1, Math.min(2, availableParallelism())),
  reporter: 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          // The Chromium scripts/ensure-chromium.mjs found or installed: Playwright cannot download its
          // browsers on this project's machines. `undefined` falls back to a Playwright-managed browser where
          // someone installed one.
          executablePath: systemChromium(),
          // No --user-data-dir: Playwright refuses it and already gives every context a fresh profile.
          // The rest keep Chromium quiet and offline: no GPU in containers, no background calls home.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  // `npm run check` builds before the e2e step; `vite preview` serves that build like production would.
  webServer: {
    command:
      port === 4173 && dist === 'dist'
        ? 'npm run preview'
        : `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: baseURL,
    reuseExistingServer: !onCi,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
