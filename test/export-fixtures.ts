/**
 * The golden fixture cases under test/fixtures/<case>/: a design and its expected manifests.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDesign } from '../src/core/model/parse';
import type { Design } from '../src/core/model/types';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES_DIR = join(REPO_ROOT, 'test', 'fixtures');
/** The team's read-only shared folder sits beside the checkout. */
export const SHARED_DIR = resolve(REPO_ROOT, '..', 'shared');

export interface FixtureCase {
  name: string;
  dir: string;
  design: Design;
}

/** Every fixture case, each design read through the real parser (fixtures must be valid designs). */
export function fixtureCases(): FixtureCase[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(FIXTURES_DIR, entry.name, 'design.podwright.json')),
    )
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = join(FIXTURES_DIR, name);
      const parsed = parseDesign(readFileSync(join(dir, 'design.podwright.json'), 'utf8'));
      if (!parsed.ok) {
        throw new Error(
          `${name}: ${parsed.errors.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ')}`,
        );
      }
      return { name, dir, design: parsed.design };
    });
}
