/**
 * Every note code the manifest exporters can emit is documented in docs/conversion-matrix.md, so a
 * note shown in the panel or on the command line always has a page that explains it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './export-fixtures';

const EXPORT_DIR = join(REPO_ROOT, 'src', 'core', 'export');
/** The manifest exporters: the shared files at the top, Kubernetes and Compose. */
const MANIFEST_DIRS = [EXPORT_DIR, join(EXPORT_DIR, 'k8s'), join(EXPORT_DIR, 'compose')];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(dir, entry.name));
}

const codes = [
  ...new Set(
    MANIFEST_DIRS.flatMap(sourceFiles).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/notes\.add\(\s*'([a-z0-9-]+)'/g)].map((m) => m[1]!),
    ),
  ),
].sort();

describe('export note codes', () => {
  it('are found in the sources', () => {
    expect(codes.length).toBeGreaterThan(20);
  });

  it.each(codes)('%s is documented', (code) => {
    expect(readFileSync(join(REPO_ROOT, 'docs', 'conversion-matrix.md'), 'utf8')).toContain(`\`${code}\``);
  });
});
