import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, getRule } from './registry';
import { runRuleSet } from './run';
import { casesFor } from './testing/load-cases';
import { RULE_CATEGORIES, type Rule } from './types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const ruleFiles = import.meta.glob<{ default: Rule }>(
  ['./*/*.ts', '!./*/*.cases.ts', '!./*/*.test.ts', '!./testing/*'],
  {
    eager: true,
  },
);
/** Files that share code between the rules of a folder rather than being rules. */
const SHARED = new Set(['shared', 'probes', 'shards', 'versions']);

describe('the rule registry', () => {
  it('registers every rule file, once', () => {
    const files = Object.entries(ruleFiles)
      .filter(([path]) => !SHARED.has(path.replace(/^.*\/([^/]+)\.ts$/, '$1')))
      .map(([, module]) => module.default);
    expect(new Set(RULES)).toEqual(new Set(files));
    expect(new Set(RULES.map((r) => r.meta.id)).size).toBe(RULES.length);
  });

  it('lists every rule in docs/rules/README.md', () => {
    const index = readFileSync(resolve(root, 'docs/rules/README.md'), 'utf8');
    expect(
      RULES.filter((r) => !index.includes(`[${r.meta.id}](${r.meta.id}.md)`)).map((r) => r.meta.id),
    ).toEqual([]);
  });

  it.each(Object.entries(ruleFiles).filter(([path]) => !SHARED.has(path.replace(/^.*\/([^/]+)\.ts$/, '$1'))))(
    '%s: id and category match the file',
    (path, module) => {
      const [, category, id] = /^\.\/([^/]+)\/([^/]+)\.ts$/.exec(path)!;
      expect(module.default.meta.id).toBe(id);
      expect(module.default.meta.category).toBe(category);
      expect(RULE_CATEGORIES).toContain(category);
    },
  );

  describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
    const { meta } = rule;

    it('has complete meta', () => {
      expect(meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(meta.description).toMatch(/^(Require|Disallow|Enforce) /);
      expect(meta.description).toMatch(/\.$/);
      expect(['error', 'warning', 'info']).toContain(meta.severity);
      expect(meta.why.length).toBeGreaterThan(40);
      expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
      expect(meta.docs).toBe(`docs/rules/${id}.md`);
      expect(getRule(id)).toBe(rule);
    });

    it('has a docs page that names it', () => {
      const page = resolve(root, meta.docs);
      expect(existsSync(page), `${meta.docs} is missing`).toBe(true);
      const text = readFileSync(page, 'utf8');
      expect(text).toContain(id);
      for (const heading of ['## What it checks', '## Why', '## Examples', '## Quick fix', '## Upstream']) {
        expect(text, `${meta.docs} lacks "${heading}"`).toContain(heading);
      }
    });

    it('has a table with valid and invalid cases', () => {
      const cases = casesFor(rule);
      expect(cases, `${meta.category}/${id}.cases.ts is missing`).toBeDefined();
      expect(cases!.valid.length).toBeGreaterThan(0);
      expect(cases!.invalid.length).toBeGreaterThan(0);
    });

    it('says every one of its messages in some flagged case', () => {
      const cases = casesFor(rule)!;
      const messages = cases.invalid.flatMap((c) =>
        runRuleSet([rule], c.design, c.options).map((d) => d.message),
      );
      const unused = Object.entries(meta.messages).filter(([, template]) => {
        const pattern = new RegExp(
          `^${template
            .split(/\{\w+\}/)
            .map(escapeRegExp)
            .join('[^]*')}$`,
        );
        return !messages.some((m) => pattern.test(m));
      });
      expect(unused.map(([messageId]) => messageId)).toEqual([]);
    });
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
