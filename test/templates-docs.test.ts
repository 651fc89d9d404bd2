/**
 * docs/templates.md carries the pattern library's catalog between two markers; this test renders it
 * from TEMPLATES so the page cannot drift from the code. `UPDATE_GOLDEN=1` rewrites the section.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { expect, it } from 'vitest';
import { PATTERN_ACTIONS } from '../src/core/patterns';
import { PATTERN_FAMILIES, TEMPLATES } from '../src/core/templates';
import { REPO_ROOT } from './export-fixtures';

const PAGE = join(REPO_ROOT, 'docs', 'templates.md');
const START = '<!-- catalog:start (generated from src/core/templates; UPDATE_GOLDEN=1 rewrites it) -->';
const END = '<!-- catalog:end -->';
const FAMILY: Record<string, string> = {
  sidecar: 'Sidecar',
  ambassador: 'Ambassador',
  adapter: 'Adapter',
  microservices: 'Microservices',
  serving: 'Serving patterns',
};

function catalog(): string {
  const lines: string[] = [];
  for (const family of PATTERN_FAMILIES) {
    lines.push(`### ${FAMILY[family]}`, '');
    for (const t of TEMPLATES.filter((x) => x.family === family)) {
      const d = t.design();
      const containers = d.pods.reduce((n, p) => n + p.containers.length, 0);
      lines.push(
        `#### ${t.title} (\`${t.id}\`)`,
        '',
        t.summary,
        '',
        `- **The pattern:** ${t.explanation.pattern}`,
        `- **When to use it:** ${t.explanation.whenToUse}`,
        `- **Trade-offs:** ${t.explanation.tradeOffs}`,
        `- **Source:** ${t.explanation.source}`,
        `- **In the design:** ${[
          count(d.pods.length, 'pod'),
          count(containers, 'container'),
          count(d.services.length, 'service'),
          count(d.externals.length, 'external system'),
          count(d.connections.length, 'connection'),
        ].join(', ')}.`,
        '',
      );
    }
  }
  lines.push(
    '### Apply a pattern to your own design',
    '',
    '| Action | Applies to | What it does |',
    '| --- | --- | --- |',
  );
  for (const a of PATTERN_ACTIONS)
    lines.push(
      `| ${a.title} | ${a.appliesTo === 'container' ? 'an app container' : 'a connection of an app'} | ${a.pattern} |`,
    );
  return lines.join('\n');
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

it('docs/templates.md lists every template as the code describes it', async () => {
  const page = readFileSync(PAGE, 'utf8');
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  expect(start, 'catalog markers').toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  // Formatted as the repository formats Markdown, so `prettier --check` agrees with the test.
  const raw = `${page.slice(0, start + START.length)}\n\n${catalog()}\n\n${page.slice(end)}`;
  const expected = await format(raw, { ...(await resolveConfig(PAGE)), filepath: PAGE });
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(PAGE, expected);
  else expect(page, 'docs/templates.md is stale: rewrite with UPDATE_GOLDEN=1').toBe(expected);
});
