/**
 * Every export note code the exporters can emit is documented in docs/conversion-matrix.md, so a
 * note shown in the panel or on the command line always has a page that explains it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './export-fixtures';

const EXPORT_DIR = join(REPO_ROOT, 'src', 'core', 'export');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const codes = [
  ...new Set(
    sourceFiles(EXPORT_DIR).flatMap((file) =>
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
