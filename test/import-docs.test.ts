/**
 * Every note code the import can give is explained in docs/import.md (STYLE: issues carry a code and
 * point to a docs page).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SOURCE = join(ROOT, 'src', 'core', 'import');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function codes(): Set<string> {
  const found = new Set<string>();
  for (const file of sources(SOURCE)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\.(?:error|warn|info|add)\(\s*'([a-z0-9-]+)'/g)) found.add(m[1]!);
    if (file.endsWith('guard.ts')) for (const m of text.matchAll(/code: '([a-z0-9-]+)'/g)) found.add(m[1]!);
    // Chosen at run time in load.ts: `bomb ? 'alias-bomb' : 'yaml-unreadable'`.
    for (const m of text.matchAll(/bomb \? '([a-z0-9-]+)' : '([a-z0-9-]+)'/g)) {
      found.add(m[1]!);
      found.add(m[2]!);
    }
  }
  return found;
}

describe('docs/import.md', () => {
  it('explains every note code', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'import.md'), 'utf8');
    const all = codes();
    expect(all.size).toBeGreaterThan(60);
    expect([...all].filter((code) => !docs.includes(`\`${code}\``))).toEqual([]);
  });
});
