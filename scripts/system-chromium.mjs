// Where this project looks for a Chromium, in order: PODWRIGHT_CHROMIUM, then Debian's and Ubuntu's
// packages. One list for ensure-chromium.mjs (which installs one when none is there), playwright.config.ts
// and the browser benchmarks, so the three never look in different places.
import { accessSync, constants } from 'node:fs';

export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable of PODWRIGHT_CHROMIUM and the system paths, or undefined. */
export function systemChromium() {
  return [process.env.PODWRIGHT_CHROMIUM, ...SYSTEM_CHROMIUM_PATHS].find(
    (path) => path !== undefined && path !== '' && isExecutable(path),
  );
}
