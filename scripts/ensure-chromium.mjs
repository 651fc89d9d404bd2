#!/usr/bin/env node
// Makes sure a Chromium exists for the e2e tests before Playwright starts.
//
// Playwright cannot download its own browsers on the machines this project is built on, so this script
// never downloads one either. It looks in the same places as playwright.config.ts; when nothing is there
// and it runs as root on Debian, it installs Debian's `chromium` package; otherwise it says how to get one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SYSTEM_CHROMIUM_PATHS, isExecutable } from './system-chromium.mjs';

/** Playwright's own Chromium counts only when someone already installed it (for example on a laptop). */
async function playwrightManagedChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && isExecutable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

async function findChromium() {
  const fromEnv = process.env.PODWRIGHT_CHROMIUM;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    fail(`PODWRIGHT_CHROMIUM is set to ${fromEnv}, which is not an executable file.`);
  }
  return SYSTEM_CHROMIUM_PATHS.find(isExecutable) ?? (await playwrightManagedChromium());
}

function describe(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  const version = (result.stdout ?? '').split('\n')[0]?.trim();
  return version ? `${version} (${path})` : path;
}

function run(command, args) {
  console.log(`ensure-chromium: running: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(' ')} exited with status ${result.status}.`);
}

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  console.error(
    [
      'The end-to-end tests need a Chromium and never download one. Either:',
      '  - on Debian, as root:      apt-get update && apt-get install -y chromium',
      '  - on Ubuntu:               sudo apt-get install -y chromium-browser (or chromium)',
      '  - anywhere else:           install Chromium or Google Chrome and run the tests with',
      '                             PODWRIGHT_CHROMIUM=/path/to/the/browser/executable',
      '  - with internet access:    npx playwright install chromium',
    ].join('\n'),
  );
  process.exit(1);
}

const found = await findChromium();
if (found) {
  console.log(`ensure-chromium: using ${describe(found)}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/etc/debian_version')) {
  fail('no Chromium found (looked at PODWRIGHT_CHROMIUM, /usr/bin/chromium, /usr/bin/chromium-browser).');
}

console.log("ensure-chromium: no Chromium found; installing Debian's chromium package (about a minute).");
run('apt-get', ['update']);
run('apt-get', ['install', '-y', 'chromium']);

const installed = await findChromium();
if (!installed) fail('apt-get installed chromium, but no executable appeared at /usr/bin/chromium.');
console.log(`ensure-chromium: installed ${describe(installed)}`);
